package org.dineutrino.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Run-2 pileup: the data-taking period of an event, its number of in-time pileup interactions
 * and of reconstructed primary vertices, and the pileup energy density rho.
 *
 * <p>The period is drawn with probability proportional to its luminosity, 2016 pre-VFP 19.52,
 * 2016 post-VFP 16.81, 2017 41.48, 2018 59.83 fb^-1 (DESIGN.md; CMS LUM-17-003, LUM-17-004,
 * LUM-18-002). The mean number of interactions mu comes from that year's CMS MC profile
 * ({@code physics/pileup-run2.tsv}, cms-sw/cmssw SimGeneral/MixingModule mix_201X_cfi.py; both 2016
 * periods use the 2016 profile; the table gives integer mu), and the in-time count is
 * nPU ~ Poisson(mu). Reconstructed vertices: the hard-scatter vertex plus each pileup vertex
 * found with probability 0.70, nPV = 1 + Binomial(nPU, 0.70) (the N_vtx ~ 0.7 N_PU of CMS
 * JME-13-003 / JME-17-001; note sec. 7.5). rho = 0.55 nPU + 1 GeV with a 1.5 GeV Gaussian spread is
 * our approximation of "rho ~ 20 GeV at mu ~ 35" (note sec. 7.1).
 */
final class Pileup {

    /** Luminosity per period [fb^-1]: 2016 pre-VFP, 2016 post-VFP, 2017, 2018 (DESIGN.md). */
    static final double[] PERIOD_LUMI_INV_FB = {19.52, 16.81, 41.48, 59.83};
    /** Profile column (0 = 2016, 1 = 2017, 2 = 2018) of each period. */
    private static final int[] PERIOD_PROFILE = {0, 0, 1, 2};

    /** Probability that a pileup vertex is reconstructed (note sec. 7.4-7.5). */
    static final double VERTEX_EFFICIENCY = 0.70;

    /** rho = RHO_PER_PU nPU + RHO_OFFSET [GeV], spread RHO_SPREAD: our approximation (class javadoc). */
    static final double RHO_PER_PU = 0.55;
    static final double RHO_OFFSET = 1.0;
    static final double RHO_SPREAD = 1.5;

    private static final double[] PERIOD_CUMULATIVE = Sampling.cumulative(PERIOD_LUMI_INV_FB);
    /** Cumulative profile per year, normalised (the cmssw tables do not sum to exactly 1). */
    private static final double[][] PROFILE_CUMULATIVE = loadProfiles(TsvResource.rows("pileup-run2.tsv"));

    private Pileup() {
    }

    private static double[][] loadProfiles(List<String[]> rows) {
        double[][] cumulative = new double[3][rows.size()];
        for (int year = 0; year < 3; year++) {
            double sum = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (Integer.parseInt(rows.get(i)[0].trim()) != i) {
                    throw new IllegalStateException("pileup-run2.tsv: row " + i + " has n = " + rows.get(i)[0]);
                }
                sum += TsvResource.number(rows.get(i), 1 + year, 0.0);
                cumulative[year][i] = sum;
            }
            for (int i = 0; i < rows.size(); i++) {
                cumulative[year][i] /= sum;
            }
        }
        return cumulative;
    }

    /** Period index 0..3 ({@link #PERIOD_LUMI_INV_FB} order), by luminosity. */
    static int samplePeriod(SplittableRandom rng) {
        return Sampling.choose(rng, PERIOD_CUMULATIVE);
    }

    /** Mean number of interactions mu of one bunch crossing in that period. */
    static double sampleMu(SplittableRandom rng, int period) {
        return Sampling.choose(rng, PROFILE_CUMULATIVE[PERIOD_PROFILE[period]]);
    }

    /** nPV = 1 + Binomial(nPU, {@link #VERTEX_EFFICIENCY}). */
    static int sampleVertices(SplittableRandom rng, int nPU) {
        int n = 1;
        for (int i = 0; i < nPU; i++) {
            if (rng.nextDouble() < VERTEX_EFFICIENCY) {
                n++;
            }
        }
        return n;
    }

    /** Pileup energy density rho [GeV] for nPU interactions, clipped at 0. */
    static double sampleRho(SplittableRandom rng, int nPU) {
        return Math.max(0.0, RHO_PER_PU * nPU + RHO_OFFSET + RHO_SPREAD * rng.nextGaussian());
    }

    /** The profile (0 = 2016, 1 = 2017, 2 = 2018) a period ({@link #PERIOD_LUMI_INV_FB} order) uses. */
    static int profileYear(int period) {
        return PERIOD_PROFILE[period];
    }

    /** A year's normalised profile: the probability of each integer mu = 0, 1, ... (a new array). */
    static double[] profile(int year) {
        double[] c = PROFILE_CUMULATIVE[year];
        double[] p = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            p[i] = c[i] - (i > 0 ? c[i - 1] : 0.0);
        }
        return p;
    }

    /** The normalised mean mu of a year's profile (0 = 2016, 1 = 2017, 2 = 2018). */
    static double profileMean(int year) {
        double[] c = PROFILE_CUMULATIVE[year];
        double mean = 0;
        double previous = 0;
        for (int i = 0; i < c.length; i++) {
            mean += i * (c[i] - previous);
            previous = c[i];
        }
        return mean;
    }
}
