package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DibosonProductionTest {

    private static final double MZ = PhysicsConstants.Z_MASS;

    @Test
    void equal_masses_give_the_textbook_zz_form_and_a_massless_boson_the_z_gamma_form() {
        double s = 400.0 * 400.0;
        double beta = Math.sqrt(1 - 4 * MZ * MZ / s);
        for (double z : new double[] {-0.95, -0.3, 0.0, 0.6, 0.99}) {
            double t = MZ * MZ - s / 2 * (1 - beta * z);
            double u = MZ * MZ - s / 2 * (1 + beta * z);
            double zz = t / u + u / t + 4 * MZ * MZ * s / (t * u) - Math.pow(MZ, 4) * (1 / (t * t) + 1 / (u * u));
            assertEquals(zz, DibosonProduction.angular(s, MZ, MZ, z), Math.abs(zz) * 1e-12);
            double t0 = -(s - MZ * MZ) * (1 - z) / 2;
            double u0 = -(s - MZ * MZ) * (1 + z) / 2;
            double zGamma = (t0 * t0 + u0 * u0 + 2 * s * MZ * MZ) / (t0 * u0);
            assertEquals(zGamma, DibosonProduction.angular(s, MZ, 0.0, z), Math.abs(zGamma) * 1e-12);
        }
    }

    @Test
    void zz_production_angle_follows_the_analytic_distribution() {
        DibosonProduction production = new DibosonProduction(DibosonProduction.Pair.ZZ, true);
        DibosonProduction.HardScatter h = new DibosonProduction.HardScatter();
        SplittableRandom rng = new SplittableRandom(11);
        int nBins = 8;
        double[] observed = new double[nBins];
        double[] expected = new double[nBins];
        int selected = 0;
        for (int i = 0; i < 150_000; i++) {
            production.sample(rng, h);
            double rootS = Math.sqrt(h.shat);
            if (rootS < 200 || rootS > 260) {
                continue;
            }
            selected++;
            observed[Math.min(nBins - 1, (int) (Math.abs(h.cosTheta) * nBins))]++;
            addBinProbabilities(h.shat, expected);
        }
        assertTrue(selected > 20_000, "events in the mass window: " + selected);
        for (int k = 0; k < nBins; k++) {
            // 4 standard deviations of a Poisson count
            assertEquals(expected[k], observed[k], 4 * Math.sqrt(expected[k]), "|cos theta| bin " + k);
        }
        assertTrue(observed[nBins - 1] > 1.5 * observed[0], "forward peak of the t/u-channel exchange");
    }

    /** Adds P(|z| in bin k | s) for the on-shell ZZ form, integrated by the midpoint rule (50 steps per bin). */
    private static void addBinProbabilities(double s, double[] expected) {
        int nBins = expected.length;
        int steps = 50;
        double beta = Math.sqrt(1 - 4 * MZ * MZ / s);
        double[] integral = new double[nBins];
        double total = 0;
        for (int k = 0; k < nBins; k++) {
            for (int j = 0; j < steps; j++) {
                double z = (k + (j + 0.5) / steps) / nBins;
                double t = MZ * MZ - s / 2 * (1 - beta * z);
                double u = MZ * MZ - s / 2 * (1 + beta * z);
                integral[k] += t / u + u / t + 4 * MZ * MZ * s / (t * u)
                        - Math.pow(MZ, 4) * (1 / (t * t) + 1 / (u * u));
            }
            total += integral[k];
        }
        for (int k = 0; k < nBins; k++) {
            expected[k] += integral[k] / total;
        }
    }
}
