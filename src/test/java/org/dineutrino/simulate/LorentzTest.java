package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LorentzTest {

    /** Double round-off over a handful of operations on O(100 GeV) numbers. */
    private static final double ROUND_OFF = 1e-9;

    @Test
    void boosting_a_particle_at_rest_gives_gamma_m_beta_and_gamma_m() {
        double[] p = {0, 0, 0, 10.0};
        Lorentz.boost(p, 0, 0, 0.6, 0);
        // gamma = 1.25 for beta = 0.6: p = 1.25 * 10 * 0.6, E = 1.25 * 10
        assertEquals(0.0, p[0], ROUND_OFF);
        assertEquals(7.5, p[1], ROUND_OFF);
        assertEquals(12.5, p[3], ROUND_OFF);
    }

    @Test
    void boosting_into_a_rest_frame_and_back_returns_the_vector() {
        double[] frame = {30, -40, 120, 220};
        double[] p = {12, 7, -3, 20};
        Lorentz.boostToRestFrameOf(p, 0, frame, 0);
        Lorentz.boostFromRestFrameOf(p, 0, frame, 0);
        assertEquals(12, p[0], ROUND_OFF);
        assertEquals(7, p[1], ROUND_OFF);
        assertEquals(-3, p[2], ROUND_OFF);
        assertEquals(20, p[3], ROUND_OFF);
    }

    @Test
    void a_boost_keeps_the_invariant_mass() {
        double[] p = {12, 7, -3, 20};
        double before = Lorentz.mass(p, 0);
        Lorentz.boost(p, 0, 0.3, -0.5, 0.7);
        assertEquals(before, Lorentz.mass(p, 0), ROUND_OFF);
    }

    @Test
    void top_to_w_b_momentum_matches_the_hand_value() {
        // sqrt((172.5^2 - 85.2^2)(172.5^2 - 75.6^2)) / 345 = 67.4094 GeV, evaluated by hand
        assertEquals(67.4094, Lorentz.twoBodyMomentum(172.5, 80.4, 4.8), 1e-4);
        assertEquals(0.0, Lorentz.twoBodyMomentum(80.0, 60.0, 30.0), 0.0);
    }

    @Test
    void delta_phi_wraps_across_pi() {
        assertEquals(6.0 - 2 * Math.PI, Lorentz.deltaPhi(3.0, -3.0), ROUND_OFF);
        assertEquals(0.5, Lorentz.deltaPhi(0.25, -0.25), ROUND_OFF);
    }

    @Test
    void back_to_back_massless_pair_has_twice_the_energy_as_mass() {
        double[] a = {45, 0, 0, 45};
        double[] b = {-45, 0, 0, 45};
        assertEquals(90.0, Lorentz.pairMass(a, 0, b, 0), ROUND_OFF);
    }

    @Test
    void pseudorapidity_of_a_vector_along_the_beam_is_clipped() {
        double[] p = {0, 0, 100, 100};
        assertEquals(20.0, Lorentz.eta(p, 0), 0.0);
        double[] q = {1, 0, Math.sinh(1.5), Math.cosh(1.5)};
        assertEquals(1.5, Lorentz.eta(q, 0), ROUND_OFF);
    }
}
