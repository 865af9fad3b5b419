package org.dineutrino.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinningTest {

    private final Binning ptNuNu = (Binning) Observable.PT_NUNU.defaultTruth();

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
        Binning dphi = (Binning) Observable.MIN_DELTA_PHI.defaultTruth();
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
            for (int axis = 0; axis < o.defaultTruth().axes().size(); axis++) {
                assertTrue(o.defaultReco().axes().get(axis).refines(o.defaultTruth().axes().get(axis)), o.key());
            }
            assertTrue(o.defaultReco().nBins() >= 2 * o.defaultTruth().nBins() - 1, o.key());
        }
    }

    @Test
    void two_dimensional_bins_run_pt_nunu_fastest() {
        Binning2D bins = (Binning2D) Observable.PT_NUNU_MIN_DELTA_PHI.defaultTruth();
        assertEquals(12, bins.nBins(), "4 p_T^nunu bins (last overflow) x 3 min dphi bins");
        assertEquals(0, bins.index(10, 0.1));
        assertEquals(1, bins.index(80, 0.1));
        assertEquals(4, bins.index(10, 0.6));
        assertEquals(11, bins.index(900, 3.0));
        assertEquals(-1, bins.index(10, Math.PI));
        assertEquals(70 * 0.56, bins.plotWidth(0), 1e-12);
        assertEquals(75 * (Math.PI - 1.08), bins.plotWidth(11), 1e-12, "overflow with the width of the bin before");
    }
}
