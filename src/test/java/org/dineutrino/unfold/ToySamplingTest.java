package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The toys' Poisson sampler (Hörmann's PTRS above mean 10) against the Poisson distribution. */
class ToySamplingTest {

    private static final int SAMPLES = 200_000;

    /** A test that fails by chance once in 10⁴ runs per mean. */
    private static final double P_VALUE_FLOOR = 1e-4;

    @ParameterizedTest
    @ValueSource(doubles = {3.5, 10.0, 15.5, 120.0, 5000.0})
    void samples_follow_the_poisson_probabilities(double mean) {
        Well19937c rng = new Well19937c(11);
        PoissonDistribution exact = new PoissonDistribution(mean);
        int lo = (int) Math.max(0, Math.floor(mean - 5 * Math.sqrt(mean)));
        int hi = (int) Math.ceil(mean + 5 * Math.sqrt(mean));
        long[] counts = new long[hi - lo + 3];
        double sum = 0.0;
        double sum2 = 0.0;
        for (int i = 0; i < SAMPLES; i++) {
            double k = ResponseToys.poisson(rng, mean);
            assertEquals(Math.rint(k), k, 0.0, "integer sample");
            sum += k;
            sum2 += k * k;
            counts[k < lo ? 0 : k > hi ? counts.length - 1 : (int) k - lo + 1]++;
        }
        double sampleMean = sum / SAMPLES;
        double sampleVariance = sum2 / SAMPLES - sampleMean * sampleMean;
        assertEquals(mean, sampleMean, 5 * Math.sqrt(mean / SAMPLES), "mean");
        assertEquals(mean, sampleVariance, 5 * mean * Math.sqrt(2.0 / SAMPLES), "variance");
        assertTrue(
                chiSquarePValue(counts, exact, lo, hi) > P_VALUE_FLOOR,
                "Poisson shape for mean " + mean);
    }

    /**
     * Pearson χ² of the binned counts (tails pooled; classes with expectation below 5 merged away).
     */
    private static double chiSquarePValue(
            long[] counts, PoissonDistribution exact, int lo, int hi) {
        double chi2 = 0.0;
        int classes = 0;
        double pooledExpected =
                SAMPLES
                        * (exact.cumulativeProbability(lo - 1) +
                                1 -
                                exact.cumulativeProbability(hi));
        double pooledObserved = counts[0] + counts[counts.length - 1];
        for (int k = lo; k <= hi; k++) {
            double expected = SAMPLES * exact.probability(k);
            double observed = counts[k - lo + 1];
            if (expected < 5) {
                pooledExpected += expected;
                pooledObserved += observed;
                continue;
            }
            chi2 += (observed - expected) * (observed - expected) / expected;
            classes++;
        }
        if (pooledExpected >= 5) {
            chi2 +=
                    (pooledObserved - pooledExpected) *
                            (pooledObserved - pooledExpected) /
                            pooledExpected;
            classes++;
        }
        return 1 - new ChiSquaredDistribution(classes - 1).cumulativeProbability(chi2);
    }
}
