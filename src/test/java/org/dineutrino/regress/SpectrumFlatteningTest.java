package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpectrumFlatteningTest {

    /** Double round-off on sums of a few terms of order 1. */
    private static final double TOL = 1e-12;

    @Test
    void weights_are_inverse_bin_populations_normalised_to_mean_one() {
        // bins of 50 GeV on [0, 100): three rows in bin 0, one in bin 1 (150 GeV goes to the last bin)
        double[] genMet = {10, 20, 30, 150};
        double[] w = SpectrumFlattening.weights(genMet, new int[] {0, 1, 2, 3}, 100, 2, 10);

        // raw (4/2)/3 = 2/3 and (4/2)/1 = 2; mean (3 * 2/3 + 2) / 4 = 1 -> unchanged
        assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3, 2.0}, w, TOL);
    }

    @Test
    void the_cap_limits_a_sparse_bin_before_normalisation() {
        double[] genMet = {1, 2, 3, 4, 5, 6, 7, 80};
        double[] w = SpectrumFlattening.weights(genMet, new int[] {0, 1, 2, 3, 4, 5, 6, 7}, 100, 2, 2);

        // raw 4/7 (x7) and 4/1 capped at 2; mean (4 + 2) / 8 = 0.75
        double low = (4.0 / 7) / 0.75;
        assertArrayEquals(new double[] {low, low, low, low, low, low, low, 2 / 0.75}, w, TOL);
    }

    @Test
    void only_the_given_rows_fill_the_histogram() {
        double[] genMet = {10, 60, 70, 999};
        double[] w = SpectrumFlattening.weights(genMet, new int[] {0, 1, 2}, 100, 2, 10);

        double mean = (1.5 + 0.75 + 0.75) / 3;
        assertArrayEquals(new double[] {1.5 / mean, 0.75 / mean, 0.75 / mean}, w, TOL);
        assertEquals(1.0, (w[0] + w[1] + w[2]) / 3, TOL);
    }
}
