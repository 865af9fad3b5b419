package org.dineutrino.unfold;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

/**
 * Random replicas of data and of a response's MC sample, for toy studies.
 *
 * <p>A weighted count v with error σ is thrown as a scaled Poisson number: k ~ Poisson(n) with n =
 * (v/σ)² effective events, value k·v/n, which keeps the mean v and the variance σ². Migrations-form
 * responses throw every migrations, missed and fakes entry that way. A normalised response throws,
 * per column, the effective counts A·N_C and (1 − Σ A)·N_C (multinomial case), or Gaussian entries
 * clipped at 0 (independent case).
 */
final class ResponseToys {

    /** Poisson sampling accuracy and iteration cap handed to Commons Math (its defaults). */
    private static final double POISSON_EPSILON = 1e-12;

    private static final int POISSON_MAX_ITERATIONS = 10_000_000;

    /** Smallest efficiency a Gaussian toy keeps, so that a thrown column stays usable. */
    private static final double MIN_TOY_EFFICIENCY = 1e-6;

    private ResponseToys() {}

    /**
     * Mean from which Hörmann's transformed rejection (PTRS) replaces Commons Math: PTRS is valid
     * for μ ≥ 10 (W. Hörmann, Insurance: Math. Econ. 12 (1993) 39, algorithm PTRS). Commons Math
     * 3.6.1 samples μ ≥ 40 with a log-factorial summed term by term, O(μ) per draw (20 µs at μ =
     * 500, measured), too slow for thousands of toys over hundreds of bins.
     */
    static final double PTRS_MIN_MEAN = 10.0;

    /** A Poisson number of mean μ (0 for μ ≤ 0). */
    static double poisson(RandomGenerator rng, double mean) {
        if (mean <= 0.0) {
            return 0.0;
        }
        if (mean >= PTRS_MIN_MEAN) {
            return transformedRejection(rng, mean);
        }
        return new PoissonDistribution(rng, mean, POISSON_EPSILON, POISSON_MAX_ITERATIONS).sample();
    }

    /**
     * Hörmann's PTRS: k = ⌊(2a/u_s + b) U + μ + 0.43⌋ from U uniform on (−½, ½), u_s = ½ − |U|,
     * accepted at once in the central region and otherwise by comparing log V + log(α⁻¹) −
     * log(a/u_s² + b) with −μ + k log μ − log k!; constants from the paper.
     */
    private static double transformedRejection(RandomGenerator rng, double mean) {
        double sqrtMean = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * sqrtMean;
        double a = -0.059 + 0.02483 * b;
        double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2.0);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2.0 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0.0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b);
            if (lhs <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }

    /** A scaled Poisson replica of v ± σ (v itself when σ or v is 0). */
    static double scaledPoisson(RandomGenerator rng, double value, double sigma) {
        if (sigma <= 0.0 || value <= 0.0) {
            return value;
        }
        double effective = (value / sigma) * (value / sigma);
        return poisson(rng, effective) * value / effective;
    }

    /** A replica of the response's MC sample and its fakes, validated as a new model. */
    static ResponseModel replica(
            Response origin, double[] fakes, double[] fakesErrors, RandomGenerator rng) {
        double[] toyFakes = new double[fakes.length];
        for (int r = 0; r < fakes.length; r++) {
            toyFakes[r] = scaledPoisson(rng, fakes[r], fakesErrors[r]);
        }
        Response toy =
                origin instanceof Response.Migrations m ?
                        migrations(m, rng) :
                        probabilities((Response.Probabilities) origin, rng);
        return ResponseModel.of(toy, toyFakes, fakesErrors);
    }

    private static Response migrations(Response.Migrations m, RandomGenerator rng) {
        int nReco = m.nReco();
        int nTruth = m.nTruth();
        double[][] b = new double[nReco][nTruth];
        for (int r = 0; r < nReco; r++) {
            for (int t = 0; t < nTruth; t++) {
                double value = m.migrations()[r][t];
                double sigma =
                        m.migrationErrors() == null ? Math.sqrt(value) : m.migrationErrors()[r][t];
                b[r][t] = scaledPoisson(rng, value, sigma);
            }
        }
        double[] missed = new double[nTruth];
        for (int t = 0; t < nTruth; t++) {
            double sigma =
                    m.missedErrors() == null ? Math.sqrt(m.missed()[t]) : m.missedErrors()[t];
            missed[t] = scaledPoisson(rng, m.missed()[t], sigma);
        }
        return new Response.Migrations(b, missed, m.migrationErrors(), m.missedErrors());
    }

    private static Response probabilities(Response.Probabilities p, RandomGenerator rng) {
        if (p.responseErrors() != null) {
            return gaussian(p, rng);
        }
        if (p.efficiencyErrors() != null) {
            return multinomial(p, rng);
        }
        return p;
    }

    private static Response gaussian(Response.Probabilities p, RandomGenerator rng) {
        int nReco = p.nReco();
        int nTruth = p.nTruth();
        double[][] response = new double[nReco][nTruth];
        for (int r = 0; r < nReco; r++) {
            for (int t = 0; t < nTruth; t++) {
                double value = p.response()[r][t] + p.responseErrors()[r][t] * rng.nextGaussian();
                response[r][t] = Math.max(0.0, value);
            }
        }
        double[] efficiency = p.efficiency().clone();
        if (p.efficiencyErrors() != null) {
            for (int t = 0; t < nTruth; t++) {
                double value = efficiency[t] + p.efficiencyErrors()[t] * rng.nextGaussian();
                efficiency[t] = Math.min(1.0, Math.max(MIN_TOY_EFFICIENCY, value));
            }
        }
        return new Response.Probabilities(
                response, efficiency, p.truth(), p.responseErrors(), p.efficiencyErrors());
    }

    private static Response multinomial(Response.Probabilities p, RandomGenerator rng) {
        int nReco = p.nReco();
        int nTruth = p.nTruth();
        double[][] response = new double[nReco][nTruth];
        double[] efficiency = p.efficiency().clone();
        for (int t = 0; t < nTruth; t++) {
            double sigma = p.efficiencyErrors()[t];
            if (sigma <= 0.0) {
                for (int r = 0; r < nReco; r++) {
                    response[r][t] = p.response()[r][t];
                }
                continue;
            }
            throwColumn(p, t, Math.pow(efficiency[t] / sigma, 2), response, efficiency, rng);
        }
        return new Response.Probabilities(
                response, efficiency, p.truth(), null, p.efficiencyErrors());
    }

    /**
     * Throws column t as N_C simulated events: counts c_r ~ Poisson(A[r][t] N_C) and lost ~
     * Poisson((1 − Σ A) N_C), A'[r] = c_r/n with n = Σc + lost; the efficiency scales with Σ A'/Σ A
     * so that R'ε' = A'.
     */
    private static void throwColumn(
            Response.Probabilities p,
            int t,
            double nSimulated,
            double[][] response,
            double[] efficiency,
            RandomGenerator rng) {
        int nReco = p.nReco();
        double[] counts = new double[nReco];
        double nominalSum = 0.0;
        double thrownSum = 0.0;
        for (int r = 0; r < nReco; r++) {
            double a = p.response()[r][t] * p.efficiency()[t];
            counts[r] = poisson(rng, a * nSimulated);
            nominalSum += a;
            thrownSum += counts[r];
        }
        double events = thrownSum + poisson(rng, Math.max(0.0, 1.0 - nominalSum) * nSimulated);
        double thrownEfficiency =
                events > 0.0 ? p.efficiency()[t] * (thrownSum / events) / nominalSum : 0.0;
        efficiency[t] = Math.min(1.0, Math.max(MIN_TOY_EFFICIENCY, thrownEfficiency));
        for (int r = 0; r < nReco; r++) {
            response[r][t] = events > 0.0 ? counts[r] / events / efficiency[t] : 0.0;
        }
    }
}
