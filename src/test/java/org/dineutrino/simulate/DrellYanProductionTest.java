package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
