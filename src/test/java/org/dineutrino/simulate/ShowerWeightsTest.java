package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShowerWeightsTest {

    @Test
    void poisson_ratio_below_the_cap_is_the_ratio_of_the_probabilities() {
        // P(1; 1.2)/P(1; 0.6) = 2 e^-0.6; at the cap 3: P(N >= 3; 1.2)/P(N >= 3; 0.6) from 1 - P(0,1,2)
        assertEquals(2 * Math.exp(-0.6), ShowerWeights.poissonRatio(1, 3, 0.6, 1.2), 1e-14);
        double tailUp = 1 - Math.exp(-1.2) * (1 + 1.2 + 0.72);
        double tail = 1 - Math.exp(-0.6) * (1 + 0.6 + 0.18);
        assertEquals(tailUp / tail, ShowerWeights.poissonRatio(3, 3, 0.6, 1.2), 1e-12);
    }

    @Test
    void fsr_weights_have_mean_one_and_double_or_halve_the_mean_emission_count() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 400_000;
        double[] sumW = new double[2];
        double[] sumWn = new double[2];
        int[] counts = new int[2];
        for (int i = 0; i < n; i++) {
            counts[0] = GluonRadiation.sampleEmissions(rng, GluonRadiation.EMISSIONS_PER_B, 3);
            counts[1] = GluonRadiation.sampleEmissions(rng, GluonRadiation.EMISSIONS_PER_B, 3);
            for (int d = 0; d < 2; d++) {
                double w = ShowerWeights.fsr(counts, 2, 3, GluonRadiation.EMISSIONS_PER_B, d == 0);
                sumW[d] += w;
                sumWn[d] += w * (counts[0] + counts[1]);
            }
        }
        // the Up weight has a variance of ~1.3 per event: error of the mean 2e-3; 1e-2 is 5 sigma
        assertEquals(1.0, sumW[0] / n, 1e-2);
        assertEquals(1.0, sumW[1] / n, 1e-2);
        // capped counts: E[min(N, 3)] for two b quarks at lambda 1.2 and 0.3, from the Poisson sums
        assertEquals(2 * cappedMean(1.2), sumWn[0] / n, 0.02);
        assertEquals(2 * cappedMean(0.3), sumWn[1] / n, 0.01);
    }

    @Test
    void recoil_density_is_normalised_and_its_cumulative_is_its_integral() {
        Recoil model = Recoil.TTBAR;
        double integral = 0;
        double step = 0.05;
        for (double pt = step / 2; pt < 300; pt += step) {
            integral += ShowerWeights.density(model, pt) * step;
        }
        assertEquals(ShowerWeights.cumulative(model, 300), integral, 1e-5);
        assertEquals(1.0, ShowerWeights.cumulative(model, 1e9), 1e-9);
    }

    @Test
    void isr_weights_have_mean_one_and_stretch_the_recoil_by_fifteen_percent() {
        SplittableRandom rng = new SplittableRandom(9);
        int n = 300_000;
        double[] sumW = new double[2];
        double[] sumWPt = new double[2];
        double sumPt = 0;
        for (int i = 0; i < n; i++) {
            double pt = Recoil.TTBAR.samplePt(rng);
            int emissions = Recoil.TTBAR.sampleEmissions(rng);
            sumPt += pt;
            for (int d = 0; d < 2; d++) {
                double w = ShowerWeights.isr(Recoil.TTBAR, pt, emissions, d == 0);
                sumW[d] += w;
                sumWPt[d] += w * pt;
            }
        }
        // statistical error of the means ~ 1.5e-3 (Up) and 1e-3 (Down); tolerance 5 sigma
        assertEquals(1.0, sumW[0] / n, 8e-3);
        assertEquals(1.0, sumW[1] / n, 5e-3);
        // <pT> scales with k = 1.15 up to the 1 TeV truncation, which the power-law tail feels at the 1 % level
        double ratioUp = sumWPt[0] / sumW[0] / (sumPt / n);
        double ratioDown = sumWPt[1] / sumW[1] / (sumPt / n);
        assertEquals(1.15, ratioUp, 0.03);
        assertEquals(1 / 1.15, ratioDown, 0.03);
        assertTrue(ratioUp > 1 && ratioDown < 1);
    }

    /** E[min(N, 3)] for N ~ Poisson(lambda). */
    private static double cappedMean(double lambda) {
        double p0 = Math.exp(-lambda);
        double p1 = p0 * lambda;
        double p2 = p1 * lambda / 2;
        return p1 + 2 * p2 + 3 * (1 - p0 - p1 - p2);
    }
}
