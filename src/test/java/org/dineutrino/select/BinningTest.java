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
}
