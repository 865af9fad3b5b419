package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetPerformanceTest {

    /** Double round-off on a handful of operations of order 100. */
    private static final double TOL = 1e-9;

    @Test
    void profile_gives_mean_and_sample_std_per_bin_and_nan_below_two_entries() {
        Profile p = MetPerformance.profile(new double[] {1, 1, 2, 5}, new double[] {1, 3, 10, 7},
                new double[] {0, 2, 4});

        assertArrayEquals(new double[] {2, Double.NaN}, p.mean(), TOL);
        assertArrayEquals(new double[] {Math.sqrt(2), Double.NaN}, p.std(), TOL);
    }

    @Test
    void phi_difference_wraps_across_pi() {
        double[] d = MetPerformance.phiDifference(new double[] {3.1, -3.1, 0.5}, new double[] {-3.1, 3.1, 0.2});

        assertArrayEquals(new double[] {6.2 - 2 * Math.PI, 2 * Math.PI - 6.2, 0.3}, d, TOL);
    }

    @Test
    void gain_is_the_relative_resolution_improvement_in_per_cent() {
        assertEquals(15.0, MetPerformance.gainPercent(20, 17), TOL);
        assertEquals(-10.0, MetPerformance.gainPercent(20, 22), TOL);
    }

    /**
     * Four events: gen |p_T^miss| 30, 50 (nPV 5) and 70, 90 (nPV 12); PUPPI is 0.9 gen rotated
     * by +0.1, -0.1, +0.1, -0.1 rad; PF is 0.8 gen; the network is gen itself.
     */
    private static MetComparison fourEvents() {
        double[] gen = {30, 50, 70, 90};
        double[] genPhi = {0.5, 1.0, -2.0, 3.0};
        double[] rot = {0.1, -0.1, 0.1, -0.1};
        double[] gx = new double[4];
        double[] gy = new double[4];
        double[] ux = new double[4];
        double[] uy = new double[4];
        double[] fx = new double[4];
        double[] fy = new double[4];
        for (int i = 0; i < 4; i++) {
            gx[i] = gen[i] * Math.cos(genPhi[i]);
            gy[i] = gen[i] * Math.sin(genPhi[i]);
            ux[i] = 0.9 * gen[i] * Math.cos(genPhi[i] + rot[i]);
            uy[i] = 0.9 * gen[i] * Math.sin(genPhi[i] + rot[i]);
            fx[i] = 0.8 * gx[i];
            fy[i] = 0.8 * gy[i];
        }
        return new MetComparison(new MetVector(gx, gy), new MetVector(fx, fy), new MetVector(ux, uy),
                new MetVector(gx.clone(), gy.clone()), new int[] {5, 5, 12, 12});
    }

    @Test
    void evaluation_of_a_constructed_comparison_matches_hand_computation() {
        PerformanceBinning bins = new PerformanceBinning(new double[] {0, 10, 20}, new double[] {20, 60, 100});

        PerformanceReport r = MetPerformance.evaluate(fourEvents(), bins);

        assertArrayEquals(new int[] {2, 2}, r.npvCounts());
        // PUPPI: gen - reco = 0.1 gen = {3, 5 | 7, 9}
        assertArrayEquals(new double[] {4, 8}, r.ptDifferenceVsNpv().get(MetAlgorithm.PUPPI).mean(), TOL);
        assertArrayEquals(new double[] {Math.sqrt(2), Math.sqrt(2)},
                r.ptDifferenceVsNpv().get(MetAlgorithm.PUPPI).std(), TOL);
        // PF: 0.2 gen = {6, 10 | 14, 18}
        assertArrayEquals(new double[] {8, 16}, r.ptDifferenceVsNpv().get(MetAlgorithm.PF).mean(), TOL);
        // phi: gen - reco = -rot = {-0.1, 0.1 | -0.1, 0.1}: mean 0, std sqrt(0.02)
        assertArrayEquals(new double[] {0, 0}, r.phiDifferenceVsNpv().get(MetAlgorithm.PUPPI).mean(), TOL);
        assertArrayEquals(new double[] {Math.sqrt(0.02), Math.sqrt(0.02)},
                r.phiDifferenceVsNpv().get(MetAlgorithm.PUPPI).std(), TOL);
        assertArrayEquals(new double[] {0.9, 0.9}, r.responseVsGenMet().get(MetAlgorithm.PUPPI).mean(), TOL);
        assertArrayEquals(new double[] {0.8, 0.8}, r.responseVsGenMet().get(MetAlgorithm.PF).mean(), TOL);
        assertArrayEquals(new double[] {1.0, 1.0}, r.responseVsGenMet().get(MetAlgorithm.NETWORK).mean(), TOL);
        // overall PUPPI std of {3, 5, 7, 9}: sqrt(20 / 3); the network is exact: gain 100 %
        assertEquals(Math.sqrt(20.0 / 3), r.ptResolution().get(MetAlgorithm.PUPPI), TOL);
        assertEquals(100.0, r.ptResolutionGainPercent(), TOL);
        assertEquals(100.0, r.phiResolutionGainPercent(), TOL);
        assertArrayEquals(new double[] {100, 100}, r.ptGainPercentPerNpvBin(), TOL);
    }

    @Test
    void events_outside_the_bin_edges_are_not_counted() {
        PerformanceBinning bins = new PerformanceBinning(new double[] {6, 10}, new double[] {40, 80});

        PerformanceReport r = MetPerformance.evaluate(fourEvents(), bins);

        assertArrayEquals(new int[] {0}, r.npvCounts());
        assertTrue(Double.isNaN(r.ptDifferenceVsNpv().get(MetAlgorithm.PF).std()[0]));
        assertArrayEquals(new int[] {2}, r.genMetCounts());
        assertEquals(4, r.nEvents());
    }

    @Test
    void corrected_met_is_puppi_minus_the_prediction() {
        MetVector c = MetVector.corrected(new double[] {10, -5}, new double[] {0, 2},
                new MetVector(new double[] {3, -1}, new double[] {-4, 2}));

        assertArrayEquals(new double[] {7, -4}, c.px(), TOL);
        assertArrayEquals(new double[] {4, 0}, c.py(), TOL);
        assertArrayEquals(new double[] {Math.sqrt(65), 4}, c.magnitude(), TOL);
        assertArrayEquals(new double[] {Math.atan2(4, 7), Math.PI}, c.phi(), TOL);
    }
}
