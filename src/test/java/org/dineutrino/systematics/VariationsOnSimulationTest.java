package org.dineutrino.systematics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.EventBatch;
import org.dineutrino.select.RecoSelection;
import org.dineutrino.select.SelectionCuts;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.simulate.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Up and down of the monotonic object shifts bracket the nominal on simulated tt&#772; (30k kept events,
 * about 9.7k selected with the default cuts and PUPPI p_T^miss). Up and down are applied to the same
 * events, so their differences carry no statistical noise of their own: a JES shift of 1-3 % moves the
 * yield by about 2 % (some 190 events), far from zero.
 */
class VariationsOnSimulationTest {

    private static final double JET_PT = 30.0;
    private static final double JET_ABS_ETA = 2.4;
    private static EventBatch nominal;

    @BeforeAll
    static void simulate() {
        List<EventBatch> batches = new ArrayList<>();
        Simulation.simulate(SimProcess.TTBAR, 30_000, 606L, 30_000, batches::add, p -> { }, 2);
        nominal = batches.get(0);
    }

    private static int selected(EventBatch b) {
        RecoSelection.Result r = RecoSelection.select(b, SelectionCuts.defaults(), b.doubles("puppiMet"),
                b.doubles("puppiMetPhi"));
        int n = 0;
        for (int i = 0; i < b.nEvents(); i++) {
            n += r.selected(i) ? 1 : 0;
        }
        return n;
    }

    private static double meanCentralJetPt(EventBatch b) {
        double[] pt = b.doubles("jetPt");
        double[] eta = b.doubles("jetEta");
        double sum = 0;
        int n = 0;
        for (int k = 0; k < pt.length; k++) {
            if (pt[k] > JET_PT && Math.abs(eta[k]) < JET_ABS_ETA) {
                sum += pt[k];
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void jes_up_and_down_bracket_the_nominal_yield_and_mean_jet_pt() {
        EventBatch up = VariedBatch.apply(nominal, Variation.JES_UP);
        EventBatch down = VariedBatch.apply(nominal, Variation.JES_DOWN);
        assertTrue(selected(down) < selected(nominal) && selected(nominal) < selected(up),
                selected(down) + " / " + selected(nominal) + " / " + selected(up));
        double mean = meanCentralJetPt(nominal);
        assertTrue(meanCentralJetPt(down) < mean && mean < meanCentralJetPt(up));
        // a 1-3 % scale moves the mean pT of jets above 30 GeV by 0.3-2 %
        assertEquals(1.0, meanCentralJetPt(up) / mean, 0.02);
        assertTrue(meanCentralJetPt(up) / mean > 1.003);
    }

    @Test
    void jer_up_and_down_bracket_the_nominal_yield_and_mean_jet_pt() {
        EventBatch up = VariedBatch.apply(nominal, Variation.JER_UP);
        EventBatch down = VariedBatch.apply(nominal, Variation.JER_DOWN);
        int n = selected(nominal);
        assertNotEquals(selected(up), selected(down));
        assertTrue(Math.min(selected(up), selected(down)) <= n && n <= Math.max(selected(up), selected(down)));
        // a wider resolution lifts more jets across the 30 GeV threshold of a falling spectrum
        double mean = meanCentralJetPt(nominal);
        assertTrue(meanCentralJetPt(down) < mean && mean < meanCentralJetPt(up));
    }

    @Test
    void lepton_scale_up_and_down_bracket_the_nominal_yield_and_leave_jets_alone() {
        EventBatch up = VariedBatch.apply(nominal, Variation.LEPTON_SCALE_UP);
        EventBatch down = VariedBatch.apply(nominal, Variation.LEPTON_SCALE_DOWN);
        assertTrue(selected(down) < selected(nominal) && selected(nominal) < selected(up),
                selected(down) + " / " + selected(nominal) + " / " + selected(up));
        assertArrayEquals(nominal.doubles("jetPt"), up.doubles("jetPt"), 0.0);
        assertArrayEquals(nominal.doubles("jetPt"), down.doubles("jetPt"), 0.0);
    }

    @Test
    void the_unclustered_shift_moves_the_met_by_a_tenth_of_its_unclustered_part_on_average() {
        EventBatch up = VariedBatch.apply(nominal, Variation.UNCLUSTERED_UP);
        double[] px = nominal.doubles("puppiMetUnclPx");
        double[] py = nominal.doubles("puppiMetUnclPy");
        double sumShift = 0;
        double sumUncl = 0;
        for (int i = 0; i < nominal.nEvents(); i++) {
            double dx = up.doubles("puppiMet")[i] * Math.cos(up.doubles("puppiMetPhi")[i])
                    - nominal.doubles("puppiMet")[i] * Math.cos(nominal.doubles("puppiMetPhi")[i]);
            double dy = up.doubles("puppiMet")[i] * Math.sin(up.doubles("puppiMetPhi")[i])
                    - nominal.doubles("puppiMet")[i] * Math.sin(nominal.doubles("puppiMetPhi")[i]);
            sumShift += Math.hypot(dx, dy);
            sumUncl += Math.hypot(px[i], py[i]);
        }
        assertEquals(VariedBatch.UNCLUSTERED_FRACTION, sumShift / sumUncl, 1e-9);
        assertArrayEquals(nominal.doubles("muonPt"), up.doubles("muonPt"), 0.0);
    }
}
