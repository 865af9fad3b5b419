package org.dineutrino.simulate;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Random variates the generator needs, drawn from a caller's {@link SplittableRandom} so that
 * every stream is reproducible from its seed. Pure static functions; none allocates.
 */
final class Sampling {

    private Sampling() {
    }

    /**
     * Writes an isotropic unit vector (cos theta uniform in [-1, 1], phi uniform) to out[o..o+2].
     */
    static void isotropic(SplittableRandom rng, double[] out, int o) {
        double c = 2.0 * rng.nextDouble() - 1.0;
        double s = Math.sqrt(Math.max(0.0, 1.0 - c * c));
        double phi = 2.0 * Math.PI * rng.nextDouble();
        out[o] = s * Math.cos(phi);
        out[o + 1] = s * Math.sin(phi);
        out[o + 2] = c;
    }

    /**
     * A value in [0, max) with density proportional to exp(-slope v): the importance sampling of
     * v = ln(s-hat/s-hat_0) that the heavy-pair productions share.
     */
    static double truncatedExponential(SplittableRandom rng, double slope, double max) {
        double norm = 1.0 - Math.exp(-slope * max);
        return -Math.log(1.0 - norm * rng.nextDouble()) / slope;
    }

    /** 1 / the density of {@link #truncatedExponential} at v: the Jacobian of a point drawn from it. */
    static double truncatedExponentialJacobian(double slope, double max, double v) {
        return (1.0 - Math.exp(-slope * max)) / (slope * Math.exp(-slope * v));
    }

    /**
     * Mass from a relativistic Breit-Wigner in m^2, dP/dm^2 ~ 1/((m^2 - M^2)^2 + M^2 Gamma^2),
     * restricted to [mLow, mHigh], sampled exactly by m^2 = M^2 + M Gamma tan(phi) with phi uniform
     * between the arctangents of the window (SIMULATION-PHYSICS.md sec. 3.1).
     */
    static double breitWigner(SplittableRandom rng, double m0, double width, double mLow, double mHigh) {
        double mg = m0 * width;
        double lo = Math.atan((mLow * mLow - m0 * m0) / mg);
        double hi = Math.atan((mHigh * mHigh - m0 * m0) / mg);
        double phi = lo + (hi - lo) * rng.nextDouble();
        return Math.sqrt(m0 * m0 + mg * Math.tan(phi));
    }

    /**
     * Poisson variate by sequential inversion of the cumulative distribution; cost grows as the
     * mean, which stays below ~100 here (pileup), so e^-mean never underflows.
     */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double u = rng.nextDouble();
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && p > 0) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /**
     * Envelope for hit-or-miss unweighting: margin times the largest of {@code points} weights
     * drawn from a stream with a fixed seed, so that every run of the generator uses the same
     * envelope. Called once per process at class initialisation.
     */
    static double envelope(long seed, int points, double margin, ToDoubleFunction<SplittableRandom> weight) {
        SplittableRandom rng = new SplittableRandom(seed);
        double max = 0;
        for (int i = 0; i < points; i++) {
            max = Math.max(max, weight.applyAsDouble(rng));
        }
        return max * margin;
    }

    /** Index i with probability weights[i] / sum(weights), by a linear scan of the cumulative sums. */
    static int choose(SplittableRandom rng, double[] cumulative) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Running sums of the weights: the form {@link #choose} takes. */
    static double[] cumulative(double... weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weight " + i + " is negative: " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
