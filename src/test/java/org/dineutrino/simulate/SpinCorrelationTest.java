package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Limits from SIMULATION-PHYSICS.md sec. 4.1-4.3 (checks/spin_lo.py). */
class SpinCorrelationTest {

    private static final double ROUND_OFF = 1e-12;

    @Test
    void gluon_fusion_at_threshold_is_a_spin_singlet() {
        double[] c = new double[4];
        SpinCorrelation.coefficients(true, 1e-6, 0.3, c);
        assertEquals(1.0, c[SpinCorrelation.KK], 1e-9);
        assertEquals(1.0, c[SpinCorrelation.RR], 1e-9);
        assertEquals(1.0, c[SpinCorrelation.NN], 1e-9);
        // D = -(C_kk + C_rr + C_nn)/3 = -1: the leptons fly parallel
        assertEquals(-1.0, -(c[0] + c[1] + c[2]) / 3, 1e-9);
    }

    @Test
    void quark_annihilation_is_a_triplet_with_d_one_third_everywhere() {
        double[] c = new double[4];
        for (double beta : new double[] {0.1, 0.5, 0.9}) {
            for (double z : new double[] {-0.9, 0.0, 0.4}) {
                SpinCorrelation.coefficients(false, beta, z, c);
                assertEquals(1.0 / 3.0, -(c[0] + c[1] + c[2]) / 3, ROUND_OFF);
            }
        }
    }

    @Test
    void gluon_fusion_at_high_energy_gives_opposite_helicities() {
        double[] c = new double[4];
        SpinCorrelation.coefficients(true, 0.999999, 0.0, c);
        // corrections are of order 1 - beta^2 = 2e-6
        assertEquals(-1.0, c[SpinCorrelation.KK], 1e-4);
    }

    @Test
    void the_weight_stays_between_zero_and_two() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] c = new double[4];
        double[] k = new double[3];
        double[] lp = new double[3];
        double[] lm = new double[3];
        for (int i = 0; i < 200_000; i++) {
            SpinCorrelation.coefficients(rng.nextBoolean(), rng.nextDouble(), 2 * rng.nextDouble() - 1, c);
            Sampling.isotropic(rng, k, 0);
            Sampling.isotropic(rng, lp, 0);
            Sampling.isotropic(rng, lm, 0);
            double w = SpinCorrelation.weight(c, k[0], k[1], k[2], lp, 0, lm, 0);
            assertTrue(w >= -ROUND_OFF && w <= SpinCorrelation.MAX_WEIGHT + ROUND_OFF, "weight " + w);
        }
    }

    @Test
    void the_weight_averages_to_one_over_lepton_directions() {
        // the correlated density is normalised: integrating 1 - C_ij c1_i c2_j over both solid
        // angles leaves 1, so the accept-reject keeps the decay rate (acceptance 1/2)
        SplittableRandom rng = new SplittableRandom(19);
        double[] c = new double[4];
        SpinCorrelation.coefficients(true, 0.4, 0.6, c);
        double[] lp = new double[3];
        double[] lm = new double[3];
        double sum = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            Sampling.isotropic(rng, lp, 0);
            Sampling.isotropic(rng, lm, 0);
            sum += SpinCorrelation.weight(c, 0.6, 0.0, 0.8, lp, 0, lm, 0);
        }
        // spread of W below 0.6: statistical error 1e-3
        assertEquals(1.0, sum / n, 0.005);
    }

    @Test
    void singlet_weight_is_one_plus_cos_phi() {
        double[] c = {1, 1, 1, 0};
        double[] lp = {0.6, 0.0, 0.8};
        double[] lm = {0.0, 0.6, 0.8};
        // cos phi = l+ . l- = 0.64 for any top direction
        assertEquals(1.64, SpinCorrelation.weight(c, 0.0, 0.6, 0.8, lp, 0, lm, 0), ROUND_OFF);
        assertEquals(1.64, SpinCorrelation.weight(c, -0.8, 0.0, -0.6, lp, 0, lm, 0), ROUND_OFF);
    }
}
