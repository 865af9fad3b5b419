package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecaysTest {

    private static final double ROUND_OFF = 1e-9;

    @Test
    void lepton_angles_reproduce_the_nnlo_helicity_fractions() {
        // moments of f(c): <c> = (F_R - F_L)/2, <c^2> = 2/5 - F_0/5 (derived from the density, sec. 3.2)
        SplittableRandom rng = new SplittableRandom(5);
        int n = 400_000;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double c = Decays.helicityCosTheta(rng);
            m1 += c;
            m2 += c * c;
        }
        m1 /= n;
        m2 /= n;
        // Czarnecki, Koerner, Piclum: F_0 = 0.687, F_L = 0.311, F_R = 0.0017 (normalised by their sum 0.9997);
        // statistical errors 0.003 (F_0) and 0.002 (F_R - F_L): 4 sigma
        assertEquals(0.687 / 0.9997, 2 - 5 * m2, 0.012);
        assertEquals((0.0017 - 0.311) / 0.9997, 2 * m1, 0.008);
    }

    @Test
    void tau_lepton_energy_fractions_have_the_noted_means() {
        // note sec. 3.4 (checks/tau_lep.py): <z> = 0.400 for P = -1 and 0.350 for P = 0
        SplittableRandom rng = new SplittableRandom(6);
        int n = 200_000;
        double w = 0;
        double z = 0;
        for (int i = 0; i < n; i++) {
            w += Decays.tauLeptonFraction(rng, -1.0);
            z += Decays.tauLeptonFraction(rng, 0.0);
        }
        // sigma(z) ~ 0.24: statistical error 5e-4, 5 sigma
        assertEquals(0.400, w / n, 0.0025);
        assertEquals(0.350, z / n, 0.0025);
    }

    @Test
    void a_top_decay_conserves_four_momentum_in_the_top_rest_frame() {
        SplittableRandom rng = new SplittableRandom(8);
        double[] out = new double[Decays.TOP_DECAY_SIZE];
        double[] scratch = new double[3];
        Decays.topDecay(rng, 172.5, PhysicsConstants.TAU_MASS, out, scratch);
        for (int k = 0; k < 4; k++) {
            assertEquals(k == 3 ? 172.5 : 0.0, out[Decays.W + k] + out[Decays.B + k], ROUND_OFF);
            assertEquals(out[Decays.W + k], out[Decays.LEPTON + k] + out[Decays.NEUTRINO + k], ROUND_OFF);
        }
        assertEquals(PhysicsConstants.TAU_MASS, Lorentz.mass(out, Decays.LEPTON), 1e-6);
        assertEquals(PhysicsConstants.B_MASS, Lorentz.mass(out, Decays.B), 1e-6);
    }

    @Test
    void one_plus_cos_squared_inversion_hits_the_quartiles() {
        // F(c) = 1/2 + (3/8)(c + c^3/3): F(0) = 1/2 and F(1) = 1
        assertEquals(0.0, DrellYanProduction.oneplusCos2(0.5), ROUND_OFF);
        assertEquals(1.0, DrellYanProduction.oneplusCos2(1.0), ROUND_OFF);
        assertEquals(-1.0, DrellYanProduction.oneplusCos2(0.0), ROUND_OFF);
    }
}
