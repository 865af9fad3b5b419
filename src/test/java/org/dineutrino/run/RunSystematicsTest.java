package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dineutrino.store.Database;
import org.dineutrino.testing.ToySamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Systematic variations through the whole run on toy samples whose variation columns are constant
 * factors, so that each shift can be worked out by hand.
 */
class RunSystematicsTest {

    /** Round-off of the unfolding on counts of order 1e5 to 1e6, relative to the cross section. */
    private static final double ROUND_OFF = 1e-9;
    /**
     * Least squares weights the reco bins by the data and background variance, and the varied background's
     * MC variance is 1.21 times the nominal one: the fit is linear in the background only up to that
     * reweighting, which moves the shift by less than 1e-4 of the bin's cross section on these samples.
     */
    private static final double LEAST_SQUARES_REWEIGHTING = 1e-3;

    private static Database db;

    @BeforeAll
    static void samples() {
        db = Database.inMemory("systematics-" + UUID.randomUUID());
        ToySamples.signal(db.samples(), "sig", 20_000, 1);
        ToySamples.signal(db.samples(), "sig-pd", 20_000, 2);
        ToySamples.background(db.samples(), "bkg", 5_000, 3);
        ToySamples.background(db.samples(), "bkg-pd", 5_000, 4);
        // every event: trigger weight 1.1 on the background, lepton SF down (detector) 0.9 and ISR up (theory) 1.1
        // on the signal (0.9 rather than 1.1: the toys' efficiency is above 1/1.1 in places)
        ToySamples.background(db.samples(), "bkg-trigger", 39.12, 5_000, 3, ToySamples.constant("wTriggerUp", 1.1));
        ToySamples.signal(db.samples(), "sig-weighted", 20_000, 1,
                batch -> ToySamples.constant("wIsrUp", 1.1).apply(ToySamples.constant("wLeptonSfDown", 0.9)
                        .apply(batch)));
        // the nominal background's events again, with twice its cross section
        ToySamples.background(db.samples(), "bkg-again", 2 * 39.12, 5_000, 3, b -> b);
        ToySamples.signal(db.samples(), "sig-no-jes", 20_000, 1, ToySamples.without("jetJesUnc"));
        ToySamples.signal(db.samples(), "sig-tiny", 30, 6);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static RunResult run(String json) {
        return new Pipeline(db).execute(RunConfigJson.parse(json), Pipeline.Listener.SILENT);
    }

    private static String config(String signal, String backgrounds, String method, String systematics) {
        return "{\"signal\": \"" + signal + "\", \"backgrounds\": [" + backgrounds + "], \"data\": [\"sig-pd\","
                + " \"bkg-pd\"], \"fluctuate\": false, \"method\": \"" + method + "\", \"systematics\": "
                + systematics + "}";
    }

    private static RunResult.SourceShift source(RunResult.ObservableResult o, String name) {
        return o.systematics().sources().stream().filter(s -> s.source().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_background_weight_of_1p1_shifts_by_minus_a_tenth_of_the_unfolded_background() {
        for (String method : List.of("bin-by-bin", "least-squares")) {
            RunResult varied = run(config("sig", "\"bkg-trigger\"", method, "[\"trigger\"]"));
            RunResult unsubtracted = run(config("sig", "", method, "\"none\""));
            for (int k = 0; k < varied.observables().size(); k++) {
                RunResult.ObservableResult o = varied.observables().get(k);
                double[] noBkg = unsubtracted.observables().get(k).sigmaPb();
                double[] up = source(o, "trigger").upPb();
                for (int b = 0; b < up.length; b++) {
                    // linear unfolding: U(d - 1.1 B) - U(d - B) = -0.1 U(B) = -0.1 (U(d) - U(d - B))
                    double expected = -0.1 * (noBkg[b] - o.sigmaPb()[b]);
                    double tolerance = method.equals("bin-by-bin") ? ROUND_OFF * noBkg[b]
                            : LEAST_SQUARES_REWEIGHTING * o.sigmaPb()[b];
                    assertEquals(expected, up[b], tolerance, method + " " + o.key() + " bin " + b);
                }
            }
        }
    }

    @Test
    void a_detector_weight_of_0p9_on_the_response_divides_the_cross_section_by_0p9_and_a_theory_one_changes_nothing() {
        for (String method : List.of("bin-by-bin", "least-squares")) {
            RunResult r = run(config("sig-weighted", "\"bkg\"", method, "[\"lepton scale factors\", \"ISR\"]"));
            for (RunResult.ObservableResult o : r.observables()) {
                double[] detector = source(o, "lepton scale factors").downPb();
                double[] theory = source(o, "ISR").upPb();
                for (int b = 0; b < detector.length; b++) {
                    // efficiency x 0.9 at unchanged truth; a theory weight scales truth and reco alike
                    double sigma = o.sigmaPb()[b];
                    assertEquals(sigma * (1 / 0.9 - 1), detector[b], ROUND_OFF * sigma, method + " " + o.key());
                    assertEquals(0.0, theory[b], ROUND_OFF * sigma, method + " " + o.key());
                }
            }
        }
    }

    @Test
    void the_luminosity_shifts_every_absolute_bin_by_minus_delta_over_one_plus_delta_without_backgrounds() {
        RunResult r = run("{\"signal\": \"sig\", \"backgrounds\": [], \"data\": [\"sig-pd\"], \"fluctuate\": false,"
                + " \"systematics\": [\"luminosity\"]}");
        for (RunResult.ObservableResult o : r.observables()) {
            RunResult.SourceShift lumi = source(o, "luminosity");
            for (int b = 0; b < o.sigmaPb().length; b++) {
                double sigma = o.sigmaPb()[b];
                assertEquals(-0.016 / 1.016 * sigma, lumi.upPb()[b], ROUND_OFF * sigma);
                assertEquals(0.016 / 0.984 * sigma, lumi.downPb()[b], ROUND_OFF * sigma);
            }
            assertEquals("luminosity", o.systematics().groups().get(0).group());
        }
    }

    @Test
    void an_alternative_tw_sample_is_scaled_to_the_nominal_cross_section() {
        // the same events as the nominal tW template under twice its cross section: no shift at all
        RunResult r = run("{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig-pd\", \"bkg-pd\"],"
                + " \"fluctuate\": false, \"systematics\": [\"tW DR/DS scheme\"], \"alternatives\":"
                + " {\"twDs\": \"bkg-again\"}}");
        for (RunResult.ObservableResult o : r.observables()) {
            double[] shift = source(o, "tW DR/DS scheme").upPb();
            for (int b = 0; b < shift.length; b++) {
                assertEquals(0.0, shift[b], ROUND_OFF * o.sigmaPb()[b], o.key() + " bin " + b);
            }
        }
    }

    @Test
    void a_run_without_systematics_has_the_nominal_numbers_of_a_run_with_them_bit_for_bit() {
        RunResult none = run(config("sig", "\"bkg\"", "least-squares", "\"none\""));
        RunResult all = run(config("sig", "\"bkg\"", "least-squares", "\"all\""));
        for (int k = 0; k < none.observables().size(); k++) {
            RunResult.ObservableResult a = none.observables().get(k);
            RunResult.ObservableResult b = all.observables().get(k);
            assertNull(a.systematics());
            assertNotNull(b.systematics());
            assertArrayEquals(a.sigmaPb(), b.sigmaPb(), 0.0);
            assertArrayEquals(a.covariancePb2()[0], b.covariancePb2()[0], 0.0);
            assertEquals(a.chi2(), b.chi2(), 0.0);
            for (int bin = 0; bin < a.sigmaPb().length; bin++) {
                double stat2 = a.covariancePb2()[bin][bin] + a.covarianceMcPb2()[bin][bin];
                double total2 = b.systematics().covarianceTotalPb2()[bin][bin];
                double syst2 = b.systematics().covarianceSystPb2()[bin][bin];
                assertEquals(stat2 + syst2, total2, 1e-12 * total2, "total = stat + MC stat + syst");
            }
        }
        assertEquals(RunConfigJson.write(RunConfigJson.parse(config("sig", "\"bkg\"", "least-squares", "\"none\""))
                .withSystematics(SystematicsChoice.none())), none.provenance().configJson());
    }

    @Test
    void the_default_choice_is_none_with_a_note_when_a_template_lacks_a_variation_column() {
        List<String> notes = new ArrayList<>();
        Pipeline.Listener listener = new Pipeline.Listener() {
            @Override
            public void progress(double fraction, String step) {
            }

            @Override
            public void info(String message) {
                notes.add(message);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        String json = "{\"signal\": \"sig-no-jes\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig-pd\", \"bkg-pd\"]}";
        RunResult r = new Pipeline(db).execute(RunConfigJson.parse(json), listener);
        assertNull(r.observables().get(0).systematics());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("systematics: none") && n.contains("jetJesUnc")),
                notes.toString());
        assertTrue(r.provenance().configJson().contains("\"systematics\" : \"none\""));
    }

    @Test
    void an_alternative_sample_too_small_to_fill_every_truth_bin_is_left_out_and_the_rest_is_kept() {
        RunResult r = run("{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig-pd\", \"bkg-pd\"],"
                + " \"fluctuate\": false, \"systematics\": [\"ME-PS matching (hdamp)\", \"luminosity\"],"
                + " \"alternatives\": {\"hdampUp\": \"sig-tiny\", \"hdampDown\": \"sig\"}}");
        RunResult.ObservableResult pt = r.observables().get(0);
        // 30 events cannot reach the p_T^nunu overflow bin (mean 70 GeV, exponential: e^-410/70 ~ 0.3 %)
        assertTrue(pt.systematics().leftOut().stream().anyMatch(m -> m.startsWith("hdampUp of ptNuNu")),
                pt.systematics().leftOut().toString());
        RunResult.SourceShift hdamp = source(pt, "ME-PS matching (hdamp)");
        assertNull(hdamp.upPb());
        // the down sample is the nominal one: no shift
        assertEquals(0.0, hdamp.downPb()[0], ROUND_OFF * pt.sigmaPb()[0]);
    }
}
