package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.dineutrino.event.EventBatch;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.select.RecoSelection;
import org.dineutrino.select.SelectionCuts;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.simulate.Simulation;
import org.dineutrino.simulate.SimulationSummary;
import org.dineutrino.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run's selected yield of a stored sample against sigma x L x efficiency, the
 * efficiency counted directly on an independent sample of the same process (another
 * seed, never stored, no weights: selected events over generated ones).
 */
class SelectedYieldTest {

    private static final double LUMI_INV_FB = 137.64;
    /** Agreement within this many combined binomial standard deviations. */
    private static final double N_SIGMA = 3.5;

    private static Database db;

    @BeforeAll
    static void samples() {
        db = Database.inMemory("yield-" + UUID.randomUUID());
        SimulatedSamples.create(db.samples(), "ttbar", SimProcess.TTBAR, 30_000, 11, SampleRole.TEMPLATE, f -> { });
        SimulatedSamples.create(db.samples(), "tw", SimProcess.TW, 20_000, 12, SampleRole.TEMPLATE, f -> { });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static double runYield(String sample) {
        String json = "{\"data\": [\"" + sample + "\"], \"unfold\": false, \"lumiInvFb\": " + LUMI_INV_FB + "}";
        RunResult r = new Pipeline(db).execute(RunConfigJson.parse(json), Pipeline.Listener.SILENT);
        return r.selectedYields().get(sample);
    }

    /** {selected, generated} counted on a fresh sample: PUPPI p_T^miss, default cuts. */
    private static long[] directCount(SimProcess process, long kept, long seed) {
        long[] selected = {0};
        SimulationSummary s = Simulation.simulate(process, kept, seed, 10_000, (EventBatch b) -> {
            RecoSelection.Result r = RecoSelection.select(b, SelectionCuts.defaults(), b.doubles("puppiMet"),
                    b.doubles("puppiMetPhi"));
            for (int i = 0; i < b.nEvents(); i++) {
                selected[0] += r.selected(i) ? 1 : 0;
            }
        }, f -> { });
        return new long[] {selected[0], s.nGenerated()};
    }

    private static void assertYield(String sample, SimProcess process, long kept, long seed) {
        double yield = runYield(sample);
        long[] count = directCount(process, kept, seed);
        double efficiency = (double) count[0] / count[1];
        double expected = process.crossSectionPb() * LUMI_INV_FB * 1000 * efficiency;
        // binomial error of each efficiency; the stored sample's has about the same size
        double relError = Math.sqrt((1 - efficiency) / count[0]);
        double sigma = expected * relError * Math.sqrt(2);
        assertTrue(count[0] > 1000, "enough selected events for a 3 % test: " + count[0]);
        assertEquals(expected, yield, N_SIGMA * sigma, sample + ": efficiency " + efficiency);
    }

    @Test
    void the_ttbar_yield_is_cross_section_times_luminosity_times_an_independently_counted_efficiency() {
        assertYield("ttbar", SimProcess.TTBAR, 30_000, 21);
    }

    @Test
    void the_tw_yield_is_cross_section_times_luminosity_times_an_independently_counted_efficiency() {
        assertYield("tw", SimProcess.TW, 20_000, 22);
    }
}
