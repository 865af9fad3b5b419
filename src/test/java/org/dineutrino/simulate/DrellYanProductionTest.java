package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrellYanProductionTest {

    private final DrellYanProduction production = new DrellYanProduction(10.0, 50.0);

    @Test
    void far_below_the_z_the_cross_section_is_qed_with_a_colour_average() {
        double s = 10.0 * 10.0;
        double alpha = PhysicsConstants.ALPHA_EM_MZ;
        // sigma(q qbar -> gamma* -> l l) = (1/3) Q_q^2 4 pi alpha^2/(3 s); Z terms are ~1e-3 at 10 GeV
        double up = 4 * Math.PI * alpha * alpha / (3 * s) * (4.0 / 9.0) / 3;
        assertEquals(up, production.partonic(0, s), up * 0.005);
    }

    @Test
    void at_the_pole_the_cross_section_is_the_breit_wigner_peak() {
        double m = PhysicsConstants.Z_MASS;
        double gf = PhysicsConstants.FERMI_CONSTANT;
        double sw2 = PhysicsConstants.SIN2_THETA_W;
        // Gamma(Z -> f fbar) = N_c G_F M^3 (v^2 + a^2)/(6 sqrt(2) pi), v = T3 - 2 Q sin^2, a = T3
        double width = gf * m * m * m / (6 * Math.sqrt(2) * Math.PI);
        double leptons = width * (Math.pow(-0.5 + 2 * sw2, 2) + 0.25);
        double downQuarks = 3 * width * (Math.pow(-0.5 + 2.0 / 3 * sw2, 2) + 0.25);
        // sigma_peak = (12 pi / (N_c^2 M^2)) Gamma_ll Gamma_qq / Gamma_Z^2; photon and interference add ~1 %
        double peak = 12 * Math.PI / (9 * m * m) * leptons * downQuarks / Math.pow(PhysicsConstants.Z_WIDTH, 2);
        assertEquals(peak, production.partonic(1, m * m), peak * 0.02);
    }

    @Test
    void enhancing_the_off_pole_rate_keeps_the_weighted_line_shape() {
        DrellYanProduction m50 = new DrellYanProduction(50.0, 3000.0);
        DrellYanProduction.Dilepton d = new DrellYanProduction.Dilepton();
        SplittableRandom rng = new SplittableRandom(8);
        int n = 100_000;
        int offUnbiased = 0;
        for (int i = 0; i < n; i++) {
            m50.sample(rng, d);
            offUnbiased += d.mass < 76 || d.mass > 106 ? 1 : 0;
        }
        double sumWeights = 0;
        double offWeighted = 0;
        int offBiased = 0;
        for (int i = 0; i < n; i++) {
            m50.sample(rng, d, 5.0);
            boolean off = d.mass < 76 || d.mass > 106;
            sumWeights += d.weight;
            offWeighted += off ? d.weight : 0.0;
            offBiased += off ? 1 : 0;
        }
        double f = (double) offUnbiased / n;
        double sigma = Math.sqrt(f * (1 - f) / n);
        // the pre-run share (1 % error), the unbiased and the weighted biased samples agree
        assertEquals(f, m50.offPoleFraction(), 0.02 * f + 4 * sigma);
        assertEquals(f, offWeighted / sumWeights, 4 * Math.sqrt(2) * sigma);
        // sampled 5x as often off the pole: 5f/(1 + 4f) of the events
        assertEquals(5 * f / (1 + 4 * f), (double) offBiased / n, 0.01);
        assertEquals(1.0, sumWeights / n, 0.01);
    }
}
