package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** References: SIMULATION-PHYSICS.md sec. 5.3-5.4 (checks/bfrag_semilep.py). */
class HeavyFlavourDecaysTest {

    @Test
    void peterson_with_the_effective_epsilon_gives_the_measured_mean_fraction() {
        // SLD 0.709, OPAL 0.719, ALEPH 0.716: the note's target <x_B> ~ 0.71; sampling error 2e-4
        SplittableRandom rng = new SplittableRandom(9);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += HeavyFlavourDecays.petersonFraction(rng);
        }
        assertEquals(0.71, sum / n, 0.01);
    }

    @Test
    void semileptonic_b_decays_give_the_noted_neutrino_energy() {
        // V-A B -> X_c l nu, m_X = 2.0 GeV: <E_nu*> = 1.27 GeV and <E_l*> = 1.41 GeV in the B rest frame
        SplittableRandom rng = new SplittableRandom(10);
        double[] scratch = new double[HeavyFlavourDecays.SCRATCH_SIZE];
        int n = 200_000;
        double nu = 0;
        double lepton = 0;
        for (int i = 0; i < n; i++) {
            HeavyFlavourDecays.semileptonic(rng, 5.279, 2.0, 0.0, scratch);
            nu += scratch[12 + 3];
            lepton += scratch[8 + 3];
        }
        // the note gives three digits; sampling error 1e-3 GeV
        assertEquals(1.27, nu / n, 0.01);
        assertEquals(1.41, lepton / n, 0.01);
    }

    @Test
    void a_b_quark_yields_the_noted_number_of_neutrinos() {
        // 2 x 0.1069 + 0.0241 + 2 x (0.0802 + 0.016) = 0.430 semileptonic decays per b (note sec. 5.4)
        SplittableRandom rng = new SplittableRandom(11);
        double[] quark = {30, 40, 100, Math.sqrt(30 * 30 + 40 * 40 + 100 * 100 + 4.8 * 4.8)};
        double[] nu = new double[8];
        double[] scratch = new double[HeavyFlavourDecays.SCRATCH_SIZE];
        long count = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            count += HeavyFlavourDecays.decayBQuark(rng, quark, 0, nu, 0, scratch);
        }
        // binomial error 1.1e-3: 5 sigma
        assertEquals(0.430, (double) count / n, 0.006);
    }

    @Test
    void a_c_quark_gives_a_neutrino_in_its_semileptonic_share_and_no_more_energy_than_it_has() {
        // D -> K l nu, l = e, mu: 2 x 0.0962 = 0.1924 per c quark (PDG charm admixture, note sec. 5.4)
        SplittableRandom rng = new SplittableRandom(12);
        double[] quark = {0, 30, 40, Math.sqrt(30 * 30 + 40 * 40 + 1.5 * 1.5)};
        double[] nu = new double[4];
        double[] scratch = new double[HeavyFlavourDecays.SCRATCH_SIZE];
        long count = 0;
        double maxFraction = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            int k = HeavyFlavourDecays.decayCQuark(rng, quark, 0, nu, 0, scratch);
            count += k;
            maxFraction = k == 1 ? Math.max(maxFraction, nu[3] / quark[3]) : maxFraction;
        }
        // binomial error 8.8e-4: 5 sigma
        assertEquals(0.1924, (double) count / n, 0.0045);
        // the neutrino carries part of the D, which carries part of the quark
        assertEquals(0.5, maxFraction, 0.5);
    }
}
