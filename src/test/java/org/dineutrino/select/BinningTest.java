package org.dineutrino.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinningTest {

    private final Binning ptNuNu = Observable.PT_NUNU.defaultTruth();

    @Test
    void values_on_an_edge_belong_to_the_bin_above() {
        assertEquals(0, ptNuNu.index(0));
        assertEquals(1, ptNuNu.index(40));
        assertEquals(0, ptNuNu.index(39.999));
    }

    @Test
    void values_above_the_last_edge_go_to_the_overflow_bin() {
        assertEquals(9, ptNuNu.nBins());
        assertEquals(8, ptNuNu.index(410));
        assertEquals(8, ptNuNu.index(5000));
        assertTrue(ptNuNu.isOverflow(8));
        assertEquals(410 - 332, ptNuNu.plotWidth(8), 0, "overflow plotted with the width of the bin before");
    }

    @Test
    void nan_and_negative_values_fall_in_no_bin() {
        assertEquals(-1, ptNuNu.index(Double.NaN));
        assertEquals(-1, ptNuNu.index(-1));
    }

    @Test
    void without_overflow_the_last_edge_is_outside() {
        Binning dphi = Observable.MIN_DELTA_PHI.defaultTruth();
        assertEquals(6, dphi.nBins());
        assertEquals(5, dphi.index(3.0));
        assertEquals(-1, dphi.index(Math.PI));
    }

    @Test
    void unsorted_edges_are_refused_naming_the_edge() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Binning(new double[] {0, 40, 30}, false));
        assertTrue(e.getMessage().contains("edge 2"), e.getMessage());
    }

    @Test
    void default_reco_bins_refine_the_truth_bins() {
        for (Observable o : Observable.values()) {
            assertTrue(o.defaultReco().refines(o.defaultTruth()), o.key());
            assertTrue(o.defaultReco().nBins() >= 2 * o.defaultTruth().nBins() - 1, o.key());
        }
    }

    @Test
    void purity_and_stability_of_a_hand_made_migration_matrix() {
        Binning truth = new Binning(new double[] {0, 2, 4}, false);
        Binning reco = new Binning(new double[] {0, 1, 2, 3, 4}, false);
        double[][] m = {{4, 0}, {2, 1}, {1, 3}, {0, 5}};
        double[][] ps = BinQuality.purityStability(m, truth, reco);
        // truth bin 0: reco bins 0,1 hold 4 + 2 of it, and 0 + 1 of bin 1 -> purity 6/7; it has 7 in total -> 6/7
        assertEquals(6.0 / 7, ps[0][0], 1e-15);
        assertEquals(6.0 / 7, ps[1][0], 1e-15);
        // truth bin 1: reco bins 2,3 hold 3 + 5 of it and 1 of bin 0 -> 8/9; total 9 -> 8/9
        assertEquals(8.0 / 9, ps[0][1], 1e-15);
        assertEquals(8.0 / 9, ps[1][1], 1e-15);
    }
}
