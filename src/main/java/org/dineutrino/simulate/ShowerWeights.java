package org.dineutrino.simulate;

/**
 * Exact reweighting of our shower stand-ins to a varied strength (the ISR and FSR weights).
 *
 * <p>FSR off b quarks ({@link GluonRadiation}): per b quark m = min(N, max) gluons with N ~ Poisson(lambda).
 * With lambda' = 2 lambda (Up) or lambda/2 (Down), the analogue of CMS's alpha_s^FSR x 2 and x 1/2
 * (lambda is proportional to alpha_s at this order), the weight is P'(m)/P(m): (lambda'/lambda)^m
 * e^-(lambda' - lambda) below the cap and the ratio of the Poisson tails P(N &gt;= max) at the cap;
 * the event weight is the product over the b quarks. Its mean is exactly 1.
 *
 * <p>ISR ({@link Recoil}), ours: the recoil p_T spectrum f is stretched, f_k(p_T) = f(p_T/k)/k with
 * k = 1.15 (Up) or 1/1.15 (Down), each truncated at {@link Recoil#MAX_PT} and normalised as the
 * generator does; the extra emissions n = min(N, max) are reweighted as the FSR gluons with
 * lambda' = 2 lambda or lambda/2. The weight is the product f_k(p_T)/f(p_T) P'(n)/P(n), mean 1. The
 * size is our choice: a 15 % harder (softer) p_T(tt&#772;) and twice (half) the extra-jet rate is of
 * the order of what CMS's alpha_s^ISR x 2 (x 1/2) Pythia variations do to p_T(tt&#772;) and N_jets.
 */
final class ShowerWeights {

    /** Emission-rate factor of the Up variation (Down: its inverse), ISR and FSR alike. */
    static final double RATE_FACTOR = 2.0;
    /** Stretch of the ISR recoil p_T spectrum in the Up variation (Down: its inverse); ours. */
    static final double RECOIL_STRETCH = 1.15;
    /** Terms of the Poisson tail sum beyond the cap: the rest is below 1e-30 for means under 2. */
    private static final int TAIL_TERMS = 40;

    private ShowerWeights() {
    }

    /**
     * P(m; newMean)/P(m; mean) for a count m = min(N, max) of N ~ Poisson(mean); at m = max the ratio
     * of the tails P(N &gt;= max).
     */
    static double poissonRatio(int m, int max, double mean, double newMean) {
        if (m < max) {
            return Math.pow(newMean / mean, m) * Math.exp(mean - newMean);
        }
        return poissonTail(max, newMean) / poissonTail(max, mean);
    }

    private static double poissonTail(int from, double mean) {
        double p = Math.exp(-mean);
        for (int k = 1; k <= from; k++) {
            p *= mean / k;
        }
        double sum = 0;
        for (int k = from; k < from + TAIL_TERMS; k++) {
            sum += p;
            p *= mean / (k + 1);
        }
        return sum;
    }

    /**
     * f_k(pt)/f(pt) of the class javadoc for the recoil model, both truncated at {@link Recoil#MAX_PT}.
     */
    static double recoilRatio(Recoil model, double pt, double k) {
        double nominal = density(model, pt) / cumulative(model, Recoil.MAX_PT);
        double stretched = density(model, pt / k) / k / cumulative(model, Recoil.MAX_PT / k);
        return stretched / nominal;
    }

    /**
     * The untruncated recoil density [1/GeV]: c Gamma(2, b) + (1 - c) 6 p0^2 pt/(pt + p0)^4, c the soft
     * fraction, b the soft scale, p0 the hard scale (the sampling of {@link Recoil#samplePt}).
     */
    static double density(Recoil model, double pt) {
        double b = model.softScale();
        double p0 = model.hardScale();
        double gamma = pt / (b * b) * Math.exp(-pt / b);
        double power = 6 * p0 * p0 * pt / Math.pow(pt + p0, 4);
        return model.softFraction() * gamma + (1 - model.softFraction()) * power;
    }

    /** P(pT &lt; pt) of {@link #density}: 1 - e^(-pt/b)(1 + pt/b) and 1 - (3 w^2 - 2 w^3), w = p0/(pt + p0). */
    static double cumulative(Recoil model, double pt) {
        double t = pt / model.softScale();
        double w = model.hardScale() / (pt + model.hardScale());
        double gamma = 1 - Math.exp(-t) * (1 + t);
        double power = 1 - (3 * w * w - 2 * w * w * w);
        return model.softFraction() * gamma + (1 - model.softFraction()) * power;
    }

    /** ISR weight for a recoil pT and n extra emissions; up = true for the Up variation. */
    static double isr(Recoil model, double recoilPt, int emissions, boolean up) {
        double k = up ? RECOIL_STRETCH : 1.0 / RECOIL_STRETCH;
        double rate = up ? RATE_FACTOR : 1.0 / RATE_FACTOR;
        double mean = model.emissionMean();
        return recoilRatio(model, recoilPt, k)
                * poissonRatio(emissions, Recoil.MAX_EMISSIONS, mean, rate * mean);
    }

    /** FSR weight: product over the b quarks' gluon counts (each capped at maxGluons). */
    static double fsr(int[] gluonCounts, int nQuarks, int maxGluons, double mean, boolean up) {
        double rate = up ? RATE_FACTOR : 1.0 / RATE_FACTOR;
        double w = 1.0;
        for (int i = 0; i < nQuarks; i++) {
            w *= poissonRatio(gluonCounts[i], maxGluons, mean, rate * mean);
        }
        return w;
    }
}
