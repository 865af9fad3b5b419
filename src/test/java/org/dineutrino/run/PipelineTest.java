package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.dineutrino.store.Database;
import org.dineutrino.testing.ToySamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PipelineTest {

    /** Closure: round-off of a 9x18 least-squares solve on counts of order 1e6. */
    private static final double CLOSURE_RELATIVE = 1e-6;

    private static Database db;

    @BeforeAll
    static void samples() {
        db = Database.inMemory("pipeline-" + UUID.randomUUID());
        ToySamples.signal(db.samples(), "sig", 40_000, 1);
        ToySamples.signal(db.samples(), "sig-pd", 40_000, 2);
        ToySamples.background(db.samples(), "bkg", 10_000, 3);
        ToySamples.background(db.samples(), "bkg-pd", 10_000, 4);
        // the same events as "sig": injected once, they double the signal exactly
        ToySamples.signal(db.samples(), "sig-copy", 40_000, 1);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static RunResult run(String json) {
        return new Pipeline(db).execute(RunConfigJson.parse(json), Pipeline.Listener.SILENT);
    }

    private static String closure(String method) {
        return "{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig\", \"bkg\"],"
                + " \"fluctuate\": false, \"lumiInvFb\": 137.64, \"method\": \"" + method + "\"}";
    }

    private static void assertClosure(RunResult result) {
        for (RunResult.ObservableResult o : result.observables()) {
            for (int b = 0; b < o.sigmaPb().length; b++) {
                double truth = o.truthSigmaPb()[b];
                assertTrue(truth > 0, o.key() + " bin " + b + " has truth");
                assertEquals(truth, o.sigmaPb()[b], CLOSURE_RELATIVE * truth, o.key() + " bin " + b);
            }
        }
    }

    @Test
    void least_squares_on_the_response_samples_own_reconstruction_returns_its_truth() {
        assertClosure(run(closure("least-squares")));
    }

    @Test
    void bin_by_bin_on_the_response_samples_own_reconstruction_returns_its_truth() {
        assertClosure(run(closure("bin-by-bin")));
    }

    @Test
    void independent_pseudo_data_agrees_with_the_truth_within_its_uncertainty() {
        // 0.1 fb^-1: about 4000 selected data events against 40000 in the response, so that the data
        // statistics the covariance holds dominate the response's MC statistics
        RunResult r = run("{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig-pd\", \"bkg-pd\"],"
                + " \"pseudoDataSeed\": 5, \"lumiInvFb\": 0.1}");
        for (RunResult.ObservableResult o : r.observables()) {
            // chi^2 with ndf = 9 or 6: p < 1e-4 would mean a bias far outside the statistical uncertainty
            assertTrue(o.pValue() > 1e-4, o.key() + " chi2 = " + o.chi2() + " / " + o.ndf());
            for (double pull : o.pulls()) {
                assertTrue(Math.abs(pull) < 4.5, o.key() + " pull " + pull);
            }
        }
    }

    @Test
    void the_same_configuration_twice_gives_identical_numbers_and_records_its_provenance() {
        String json = "{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig-pd\", \"bkg-pd\"]}";
        RunResult a = run(json);
        RunResult b = run(json);
        for (int k = 0; k < a.observables().size(); k++) {
            assertArrayEquals(a.observables().get(k).sigmaPb(), b.observables().get(k).sigmaPb(), 0.0);
            assertArrayEquals(a.observables().get(k).covariancePb2()[0], b.observables().get(k).covariancePb2()[0],
                    0.0);
        }
        assertEquals(4, a.provenance().samples().size());
        assertTrue(a.provenance().samples().stream().allMatch(s -> s.checksum().length() == 64));
        assertTrue(a.provenance().configJson().contains("\"pseudoDataSeed\" : 1"));
    }

    @Test
    void the_cutflow_and_selected_yields_are_scaled_to_the_luminosity() {
        RunResult r = run(closure("least-squares"));
        RunResult.SampleCutflow sig = r.cutflows().get(0);
        // every kept event has weight 1; sumGenWeights = 20 per kept event: yield = sigma L 1000 / (N 20) per event
        double perEvent = 831.76 * 137.64 * 1000 / (40_000 * ToySamples.GENERATED_PER_KEPT);
        assertEquals(40_000 * perEvent, sig.yields()[0][3], 1e-6 * 40_000 * perEvent);
        long selected = sig.counts()[sig.counts().length - 1][3];
        assertEquals(selected * perEvent, r.selectedYields().get("sig"), 1e-6 * selected * perEvent);
    }

    @Test
    void the_composition_splits_the_signal_sample_by_its_decays_and_adds_up_to_the_selected_yields() {
        RunResult r = run(closure("least-squares"));
        assertEquals(3, r.composition().size());
        RunResult.CompositionRow prompt = r.composition().get(0);
        RunResult.CompositionRow other = r.composition().get(1);
        RunResult.CompositionRow tw = r.composition().get(2);
        int all = 3;
        int emu = 2;
        double signalSample = prompt.yields()[all] + other.yields()[all];
        assertEquals(r.selectedYields().get("sig"), signalSample, 1e-9 * signalSample);
        assertEquals(r.selectedYields().get("bkg"), tw.yields()[all], 1e-9 * tw.yields()[all]);
        assertEquals("single top tW", tw.part());
        // the toys are all e-mu, and 10 % of the signal events have a tau, independently of their kinematics
        assertEquals(0.0, prompt.yields()[0], 0.0);
        assertEquals(prompt.yields()[all], prompt.yields()[emu], 0.0);
        double otherShare = other.yields()[all] / (prompt.yields()[all] + other.yields()[all]);
        long selected = r.cutflows().get(0).counts()[r.cutflows().get(0).counts().length - 1][all];
        double sigma = Math.sqrt(0.1 * 0.9 / selected);
        assertEquals(0.1, otherShare, 5 * sigma, "tau share of the selected signal sample");
        assertEquals(1.0, prompt.fractions()[all] + other.fractions()[all] + tw.fractions()[all], 1e-12);
    }

    @Test
    void an_injected_copy_of_the_signal_doubles_the_unfolded_result_and_the_truth_it_is_compared_with() {
        RunResult plain = run(closure("least-squares"));
        RunResult injected = run("{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig\", \"bkg\"],"
                + " \"fluctuate\": false, \"lumiInvFb\": 137.64, \"systematics\": \"none\","
                + " \"injection\": {\"sample\": \"sig-copy\", \"scale\": 1}}");
        for (int k = 0; k < plain.observables().size(); k++) {
            RunResult.ObservableResult p = plain.observables().get(k);
            RunResult.ObservableResult i = injected.observables().get(k);
            for (int b = 0; b < p.sigmaPb().length; b++) {
                // the toys have no neutralinos: the BSM particle level equals the SM one
                assertEquals(2 * p.truthSigmaPb()[b], i.truthSigmaPb()[b], 1e-9 * p.truthSigmaPb()[b], p.key());
                assertEquals(i.truthSigmaPb()[b], i.sigmaPb()[b], CLOSURE_RELATIVE * i.truthSigmaPb()[b], p.key());
            }
        }
    }

    @Test
    void an_injection_is_refused_without_pseudo_data_and_when_its_sample_is_already_data() {
        InvalidConfigException real = assertThrows(InvalidConfigException.class, () -> run("{\"signal\": \"sig\","
                + " \"backgrounds\": [], \"data\": [\"sig\"], \"pseudoData\": false,"
                + " \"injection\": {\"sample\": \"sig-copy\"}}"));
        assertEquals("injection", real.field());
        InvalidConfigException twice = assertThrows(InvalidConfigException.class, () -> run("{\"signal\": \"sig\","
                + " \"backgrounds\": [], \"data\": [\"sig-copy\"], \"injection\": {\"sample\": \"sig-copy\"}}"));
        assertEquals("injection.sample", twice.field());
        InvalidConfigException scale = assertThrows(InvalidConfigException.class, () -> RunConfigJson.parse(
                "{\"signal\": \"sig\", \"backgrounds\": [], \"data\": [\"sig\"],"
                        + " \"injection\": {\"sample\": \"sig-copy\", \"scale\": 0}}"));
        assertEquals("injection.scale", scale.field());
        RunConfig c = RunConfigJson.parse("{\"signal\": \"sig\", \"backgrounds\": [], \"data\": [\"sig\"],"
                + " \"injection\": {\"sample\": \"sig-copy\", \"scale\": 10}}");
        assertEquals(c.injection(), RunConfigJson.parse(RunConfigJson.write(c)).injection());
    }
}
