package org.dineutrino.simulate;

/**
 * The pileup weights: the true mu distribution of each year reweighted to a minimum-bias cross section
 * 4.6 % higher (Up) or lower (Down) than nominal (CMS: 69.2 mb +- 4.6 %, the Run-2 pileup
 * recommendation; DESIGN.md "Systematics").
 *
 * <p>The number of interactions per crossing is proportional to the minimum-bias cross section, so the
 * varied profile is the nominal one stretched in mu: p'(mu) = p(mu/(1 + d))/(1 + d) with
 * d = +-0.046, p linearly interpolated between the integer mu of {@code pileup-run2.tsv}, then
 * normalised over the mu the nominal profile can produce. The weight of an event with the sampled mu is
 * p'(mu)/p(mu): its mean is 1 and it multiplies &lt;mu&gt; (hence &lt;nPU&gt;, nPU ~ Poisson(mu)) by
 * 1 + d, up to the few per mille the ends of the table cut off.
 */
final class PileupReweighting {

    /** Relative uncertainty of the minimum-bias cross section, 69.2 mb +- 4.6 % (CMS). */
    static final double MINIMUM_BIAS_UNCERTAINTY = 0.046;

    /** weights[direction][year][mu], direction 0 = Up, 1 = Down. */
    private static final double[][][] WEIGHTS = {
        {yearWeights(0, 1), yearWeights(1, 1), yearWeights(2, 1)},
        {yearWeights(0, -1), yearWeights(1, -1), yearWeights(2, -1)}};

    private PileupReweighting() {
    }

    /** The weight of an event of that period ({@link Pileup#PERIOD_LUMI_INV_FB} order) and true mu. */
    static double weight(int period, int mu, boolean up) {
        return WEIGHTS[up ? 0 : 1][Pileup.profileYear(period)][mu];
    }

    private static double[] yearWeights(int year, int sign) {
        double[] p = Pileup.profile(year);
        double stretch = 1 + sign * MINIMUM_BIAS_UNCERTAINTY;
        double[] shifted = new double[p.length];
        double sum = 0;
        for (int mu = 0; mu < p.length; mu++) {
            if (p[mu] > 0) {
                shifted[mu] = interpolate(p, mu / stretch) / stretch;
                sum += shifted[mu];
            }
        }
        double[] w = new double[p.length];
        for (int mu = 0; mu < p.length; mu++) {
            w[mu] = p[mu] > 0 ? shifted[mu] / sum / p[mu] : 1.0;
        }
        return w;
    }

    /** p at a non-integer mu, linear between neighbours, 0 beyond the table. */
    private static double interpolate(double[] p, double mu) {
        int i = (int) Math.floor(mu);
        if (i < 0 || i >= p.length - 1) {
            return i == p.length - 1 ? p[i] * (1 - (mu - i)) : 0.0;
        }
        double t = mu - i;
        return (1 - t) * p[i] + t * p[i + 1];
    }
}
