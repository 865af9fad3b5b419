package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PileupReweightingTest {

    private static final int N = 400_000;

    @Test
    void pileup_weights_keep_the_normalisation_and_shift_the_mean_pileup_by_the_minimum_bias_uncertainty() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] sumW = new double[2];
        double[] sumWnPU = new double[2];
        double sumNPU = 0;
        for (int i = 0; i < N; i++) {
            int period = Pileup.samplePeriod(rng);
            int mu = (int) Pileup.sampleMu(rng, period);
            int nPU = Sampling.poisson(rng, mu);
            sumNPU += nPU;
            for (int d = 0; d < 2; d++) {
                double w = PileupReweighting.weight(period, mu, d == 0);
                sumW[d] += w;
                sumWnPU[d] += w * nPU;
            }
        }
        double nominal = sumNPU / N;
        // weights of 0.5-1.5 in the bulk: the mean has a statistical error ~ 5e-4; 3e-3 is 6 sigma
        assertEquals(1.0, sumW[0] / N, 3e-3);
        assertEquals(1.0, sumW[1] / N, 3e-3);
        // <nPU> = <mu> scales with sigma_minbias: 1 +- 0.046; the tolerance covers the statistics
        // (2e-3 relative) and the table ends, which cut off a few per mille of the stretched profile
        assertEquals(1.046, sumWnPU[0] / sumW[0] / nominal, 5e-3);
        assertEquals(0.954, sumWnPU[1] / sumW[1] / nominal, 5e-3);
    }

    @Test
    void the_weight_is_the_ratio_of_the_stretched_to_the_nominal_profile() {
        // in the bulk of the 2018 profile (mu = 35, its mean) p is smooth, so p(mu/1.046)/1.046/p(mu) is
        // close to 1/1.046 times the local slope correction; compare with the interpolated table directly
        double[] p = Pileup.profile(2);
        double stretch = 1.046;
        double at = 35 / stretch;
        int i = (int) at;
        double shifted = ((1 - (at - i)) * p[i] + (at - i) * p[i + 1]) / stretch;
        double norm = 0;
        for (int mu = 0; mu < p.length; mu++) {
            if (p[mu] > 0) {
                double a = mu / stretch;
                int j = (int) a;
                double t = a - j;
                norm += (j + 1 < p.length ? (1 - t) * p[j] + t * p[j + 1] : (1 - t) * p[j]) / stretch;
            }
        }
        assertEquals(shifted / norm / p[35], PileupReweighting.weight(3, 35, true), 1e-12);
    }
}
