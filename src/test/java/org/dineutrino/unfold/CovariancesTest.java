package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Symmetric PSD checks, pseudo-inverses of semi-definite sums and global correlations. */
class CovariancesTest {

    private static final double ROUND_OFF = 1e-12;

    @Test
    void sum_of_two_shift_outer_products_has_rank_two_and_a_pseudo_inverse() {
        // δ₁ = (1, 1, 0), δ₂ = (0, 1, 1): V = δ₁δ₁ᵀ + δ₂δ₂ᵀ is 3 × 3 of rank 2
        double[] v = {1, 1, 0, 1, 2, 1, 0, 1, 1};
        Covariances.Spectrum spectrum = Covariances.requirePsd(v, 3, "test covariance");
        Covariances.PseudoInverse p = Covariances.pseudoInverse(spectrum, 3);
        assertEquals(2, p.rank());
        // Moore–Penrose: V V⁺ V = V
        double[] vpv = Flat.multiply(Flat.multiply(v, 3, 3, p.inverse(), 3), 3, 3, v, 3);
        for (int i = 0; i < 9; i++) {
            assertEquals(v[i], vpv[i], ROUND_OFF, "entry " + i);
        }
    }

    @Test
    void negative_eigenvalue_beyond_round_off_is_refused() {
        double[] v = {1, 2, 2, 1};
        assertThrows(
                InputDataException.class, () -> Covariances.requirePsd(v, 2, "test covariance"));
    }

    @Test
    void round_off_negative_eigenvalue_of_a_rank_one_matrix_is_accepted() {
        double a = 1.0 / 3.0;
        double[] v = {a * a, a * 0.7, a * 0.7, 0.7 * 0.7};
        Covariances.requirePsd(v, 2, "rank-one covariance");
    }

    @Test
    void global_correlation_of_two_bins_is_the_absolute_correlation() {
        // for 2 × 2, 1 − 1/(V₁₁ (V⁻¹)₁₁) = ρ²: ρ = −0.6
        double[] v = {4, -0.6 * 2 * 3, -0.6 * 2 * 3, 9};
        double[] rho = Covariances.globalCorrelations(v, 2, Covariances.pseudoInverse(v, 2, "v"));
        assertEquals(0.6, rho[0], ROUND_OFF);
        assertEquals(0.6, rho[1], ROUND_OFF);
    }

    @Test
    void uncorrelated_and_zero_variance_bins_have_zero_global_correlation() {
        double[] v = {4, 0, 0, 0};
        double[] rho = Covariances.globalCorrelations(v, 2, Covariances.pseudoInverse(v, 2, "v"));
        assertEquals(0.0, rho[0], ROUND_OFF);
        assertEquals(0.0, rho[1], 0.0);
    }
}
