package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;
import org.dineutrino.event.WDecay;
import org.dineutrino.sample.Process;
import org.junit.jupiter.api.Test;

class SimulationTest {

    @Test
    void processes_carry_the_design_cross_sections_keys_and_categories() {
        assertEquals(831.76, SimProcess.TTBAR.crossSectionPb(), 0.0);
        assertEquals(39.12, SimProcess.TW.crossSectionPb(), 1e-12);
        assertEquals(6077.22, SimProcess.DY_M50.crossSectionPb(), 0.0);
        assertEquals(18610.0, SimProcess.DY_M10_50.crossSectionPb(), 0.0);
        assertEquals(Process.SINGLE_TOP, SimProcess.TW.category());
        assertEquals(Process.DRELL_YAN, SimProcess.DY_M10_50.category());
        for (SimProcess p : SimProcess.values()) {
            assertEquals(p, SimProcess.parse(p.key()));
            assertEquals(p, SimProcess.parse(p.name().toLowerCase()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimProcess.parse("wjets"));
        assertTrue(e.getMessage().contains("dy_m10_50"), e.getMessage());
    }

    @Test
    void batches_hold_exactly_the_simulated_columns_in_order() {
        SimulatedSamples.Sample s = SimulatedSamples.simulate(SimProcess.TTBAR, 1000, 1L, 400, 2);
        assertEquals(List.of(400, 400, 200), s.batches().stream().map(EventBatch::nEvents).toList());
        for (EventBatch b : s.batches()) {
            assertEquals(Columns.SIMULATED, b.columns());
        }
    }

    @Test
    void the_same_seed_gives_the_same_events_on_any_number_of_threads() {
        SimulatedSamples.Sample one = SimulatedSamples.simulate(SimProcess.TTBAR, 3000, 42L, 500, 1);
        SimulatedSamples.Sample two = SimulatedSamples.simulate(SimProcess.TTBAR, 3000, 42L, 500, 2);
        assertEquals(one.summary(), two.summary());
        for (int k = 0; k < one.batches().size(); k++) {
            assertSameColumns(one.batches().get(k), two.batches().get(k));
        }
        SimulatedSamples.Sample other = SimulatedSamples.simulate(SimProcess.TTBAR, 3000, 43L, 500, 2);
        assertFalse(java.util.Arrays.equals(one.batches().get(0).doubles("met"),
                other.batches().get(0).doubles("met")));
    }

    private static void assertSameColumns(EventBatch a, EventBatch b) {
        for (ColumnSpec c : Columns.SIMULATED) {
            if (c.type() == ValueType.DOUBLE) {
                assertArrayEquals(a.doubles(c.name()), b.doubles(c.name()), 0.0, c.name());
            } else {
                assertArrayEquals(a.ints(c.name()), b.ints(c.name()), c.name());
            }
        }
    }

    @Test
    void every_generated_event_counts_in_the_sum_of_weights() {
        SimulationSummary s = SimulatedSamples.ttbar().summary();
        assertEquals(SimulatedSamples.TTBAR_KEPT, s.nKept());
        assertEquals((double) s.nGenerated(), s.sumGenWeights(), 0.0);
        assertEquals(Simulation.VERSION, s.generatorVersion());
        // kept = preselected: sigma_kept ~ 831.76 pb x 3.6 % ~ 30 pb, two independent seeds agree
        SimulationSummary other = SimulatedSamples.simulate(SimProcess.TTBAR, 20_000, 5L, 10_000, 2).summary();
        double f1 = s.keptFraction();
        double f2 = other.keptFraction();
        assertEquals(f1, f2, 4 * f1 * Math.sqrt(1.0 / 20_000));
        assertTrue(f1 > 0.03 && f1 < 0.045, "kept fraction " + f1);
    }

    @Test
    void progress_rises_to_one_after_each_batch() {
        List<Double> progress = new ArrayList<>();
        Simulation.simulate(SimProcess.DY_M50, 900, 3L, 200, b -> { }, progress::add, 2);
        assertEquals(List.of(0.2, 0.4, 0.6, 0.8, 1.0), progress);
    }

    @Test
    void no_kept_events_means_no_batches_and_nothing_generated() {
        List<EventBatch> batches = new ArrayList<>();
        SimulationSummary s = Simulation.simulate(SimProcess.TW, 0, 1L, 100, batches::add, null);
        assertTrue(batches.isEmpty());
        assertEquals(0, s.nGenerated());
        assertEquals(0.0, s.sumGenWeights(), 0.0);
    }

    @Test
    void interrupting_the_calling_thread_cancels_the_run_and_keeps_the_flag() {
        List<EventBatch> seen = new ArrayList<>();
        assertThrows(java.util.concurrent.CancellationException.class, () -> Simulation.simulate(SimProcess.DY_M50,
                5000, 1L, 500, b -> {
                    seen.add(b);
                    Thread.currentThread().interrupt();
                }, null, 2));
        assertTrue(Thread.interrupted(), "interrupt flag restored (and cleared here)");
        assertEquals(1, seen.size());
    }

    @Test
    void an_exception_in_the_sink_reaches_the_caller() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> Simulation.simulate(SimProcess.DY_M50, 1000, 1L, 500, b -> {
                throw new IllegalStateException("store full");
            }, null, 2));
        assertEquals("store full", e.getMessage());
    }

    @Test
    void invalid_arguments_are_refused() {
        assertThrows(IllegalArgumentException.class,
            () -> Simulation.simulate(SimProcess.TTBAR, -1, 1L, 10, b -> { }, null));
        assertThrows(IllegalArgumentException.class,
            () -> Simulation.simulate(SimProcess.TTBAR, 10, 1L, 0, b -> { }, null));
        assertThrows(NullPointerException.class, () -> Simulation.simulate(SimProcess.TTBAR, 10, 1L, 10, null, null));
    }

    @Test
    void reconstructed_objects_follow_the_stored_conventions() {
        for (EventBatch b : SimulatedSamples.ttbar().batches().subList(0, 2)) {
            int[] jo = b.offsets("nJet");
            double[] pt = b.doubles("jetPt");
            double[] eta = b.doubles("jetEta");
            double[] tag = b.doubles("jetBtag");
            for (int i = 0; i < b.nEvents(); i++) {
                assertEquals(1.0, b.doubles("genWeight")[i], 0.0);
                for (int j = jo[i]; j < jo[i + 1]; j++) {
                    assertTrue(pt[j] > 20 && Math.abs(eta[j]) < 4.7 && tag[j] >= 0 && tag[j] <= 1);
                    assertTrue(j == jo[i] || pt[j] <= pt[j - 1], "jets sorted by pT");
                }
            }
            assertLeptons(b, "muon");
            assertLeptons(b, "electron");
        }
    }

    private static void assertLeptons(EventBatch b, String kind) {
        double[] pt = b.doubles(kind + "Pt");
        double[] eta = b.doubles(kind + "Eta");
        int[] charge = b.ints(kind + "Charge");
        int[] tight = b.ints(kind + "Tight");
        for (int j = 0; j < pt.length; j++) {
            assertTrue(pt[j] > 10 && Math.abs(eta[j]) < 2.5, kind + " baseline");
            assertTrue(Math.abs(charge[j]) == 1 && (tight[j] == 0 || tight[j] == 1));
        }
    }

    @Test
    void kept_events_pass_the_reconstructed_or_the_fiducial_preselection() {
        EventBatch b = SimulatedSamples.ttbar().batches().get(0);
        for (int i = 0; i < b.nEvents(); i++) {
            assertTrue(passesReconstructed(b, i) || FiducialEvents.isFiducial(b, i), "event " + i);
        }
    }

    /** Two leptons (e or mu) above 15 GeV in |eta| &lt; 2.5 whose leading pair has m &gt; 10 GeV. */
    private static boolean passesReconstructed(EventBatch b, int i) {
        List<double[]> leptons = new ArrayList<>();
        for (String kind : new String[] {"muon", "electron"}) {
            int[] o = b.offsets("n" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
            for (int j = o[i]; j < o[i + 1]; j++) {
                double pt = b.doubles(kind + "Pt")[j];
                double eta = b.doubles(kind + "Eta")[j];
                if (pt > 15 && Math.abs(eta) < 2.5) {
                    leptons.add(new double[] {pt, eta, b.doubles(kind + "Phi")[j]});
                }
            }
        }
        if (leptons.size() < 2) {
            return false;
        }
        leptons.sort((x, y) -> Double.compare(y[0], x[0]));
        double[] a = leptons.get(0);
        double[] c = leptons.get(1);
        return 2 * a[0] * c[0] * (Math.cosh(a[1] - c[1]) - Math.cos(a[2] - c[2])) > 100;
    }

    @Test
    void decay_codes_describe_each_process() {
        EventBatch tt = SimulatedSamples.ttbar().batches().get(0);
        for (int i = 0; i < tt.nEvents(); i++) {
            assertTrue(WDecays.givesLightLepton(WDecay.of(tt.ints("genDecay1")[i])));
            assertTrue(WDecays.givesLightLepton(WDecay.of(tt.ints("genDecay2")[i])));
        }
        EventBatch dy = SimulatedSamples.simulate(SimProcess.DY_M50, 2000, 9L, 2000, 2).batches().get(0);
        for (int i = 0; i < dy.nEvents(); i++) {
            WDecay a = WDecay.of(dy.ints("genDecay1")[i]);
            WDecay c = WDecay.of(dy.ints("genDecay2")[i]);
            assertTrue(a == c && !a.involvesTau() || a.involvesTau() && c.involvesTau(), a + " " + c);
            assertEquals(0.0, dy.doubles("genTopPt")[i], 0.0);
            assertEquals(0.0, dy.doubles("genNuNuPt")[i], 0.0);
        }
        EventBatch tw = SimulatedSamples.simulate(SimProcess.TW, 2000, 9L, 2000, 2).batches().get(0);
        int tops = 0;
        for (int i = 0; i < tw.nEvents(); i++) {
            boolean top = tw.doubles("genTopPt")[i] > 0;
            assertTrue(top != tw.doubles("genAntitopPt")[i] > 0, "exactly one of top and antitop in tW");
            tops += top ? 1 : 0;
        }
        // t W- and tbar W+ are equally likely: binomial error 22 of 2000
        assertEquals(1000, tops, 100);
    }
}
