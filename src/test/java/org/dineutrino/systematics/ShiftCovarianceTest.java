package org.dineutrino.systematics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShiftCovarianceTest {

    /** Products and sums of small integers and halves: exact in double. */
    private static final double EXACT = 0.0;

    @Test
    void an_up_down_pair_gives_the_mean_of_the_two_outer_products() {
        double[][] v = ShiftCovariance.upDown(new double[] {2, -1}, new double[] {-4, 3});
        // (u u^T + d d^T)/2 = ([[4, -2], [-2, 1]] + [[16, -12], [-12, 9]]) / 2
        assertArrayEquals(new double[] {10, -7}, v[0], EXACT);
        assertArrayEquals(new double[] {-7, 5}, v[1], EXACT);
    }

    @Test
    void a_symmetric_pair_counts_as_one_sided() {
        double[] d = {1.5, -0.5, 2};
        double[][] pair = ShiftCovariance.upDown(d, new double[] {-1.5, 0.5, -2});
        double[][] one = ShiftCovariance.oneSided(d);
        for (int a = 0; a < d.length; a++) {
            assertArrayEquals(one[a], pair[a], EXACT);
        }
        assertEquals(2.25, one[0][0], EXACT);
        assertEquals(-1.0, one[1][2], EXACT);
    }

    @Test
    void a_hessian_set_sums_its_members() {
        double[][] v = ShiftCovariance.hessian(List.of(new double[] {1, 2}, new double[] {3, -1}));
        // [[1, 2], [2, 4]] + [[9, -3], [-3, 1]]
        assertArrayEquals(new double[] {10, -1}, v[0], EXACT);
        assertArrayEquals(new double[] {-1, 5}, v[1], EXACT);
    }

    @Test
    void an_envelope_takes_the_largest_shift_of_each_bin_with_its_sign() {
        double[] e = ShiftCovariance.envelope(List.of(new double[] {1, -3, 0.5}, new double[] {-2, 2, 0.25},
                new double[] {0, 1, -0.75}));
        assertArrayEquals(new double[] {-2, -3, -0.75}, e, EXACT);
    }

    @Test
    void the_me_scale_source_is_the_envelope_of_its_six_members() {
        Map<Variation, double[]> shifts = new LinkedHashMap<>();
        shifts.put(Variation.MU_R_UP, new double[] {1, 0});
        shifts.put(Variation.MU_R_DOWN, new double[] {-1, 0});
        shifts.put(Variation.MU_F_UP, new double[] {0, 2});
        shifts.put(Variation.MU_F_DOWN, new double[] {0, -1});
        shifts.put(Variation.MU_R_MU_F_UP, new double[] {3, 1});
        shifts.put(Variation.MU_R_MU_F_DOWN, new double[] {-2, -1});
        SourceUncertainty s = ShiftCovariance.forSource(shifts);
        assertArrayEquals(new double[] {3, 2}, s.up(), EXACT);
        assertNull(s.down());
        assertArrayEquals(new double[] {9, 6}, s.covariance()[0], EXACT);
        assertEquals(SystematicGroup.ME_PS_MODELLING, s.group());
    }

    @Test
    void a_pair_with_one_side_evaluated_is_its_outer_product_and_pdf_members_give_sqrt_of_the_sum() {
        SourceUncertainty jes = ShiftCovariance.forSource(Map.of(Variation.JES_DOWN, new double[] {-2, 1}));
        assertNull(jes.up());
        assertArrayEquals(new double[] {4, -2}, jes.covariance()[0], EXACT);
        Map<Variation, double[]> pdf = new LinkedHashMap<>();
        pdf.put(Variation.PDF_1, new double[] {3, 0});
        pdf.put(Variation.PDF_2, new double[] {4, 1});
        SourceUncertainty s = ShiftCovariance.forSource(pdf);
        assertArrayEquals(new double[] {5, 1}, s.up(), EXACT);
        assertArrayEquals(new double[] {-5, -1}, s.down(), EXACT);
    }

    @Test
    void shifts_of_two_sources_are_refused() {
        Map<Variation, double[]> mixed = new LinkedHashMap<>();
        mixed.put(Variation.JES_UP, new double[] {1});
        mixed.put(Variation.JER_UP, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> ShiftCovariance.forSource(mixed));
    }
}
