package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Biased generation of Drell-Yan events: the phase space the tt&#772; selection keeps (a hard recoil,
 * hence several jets, and heavy-flavour jets) is sampled more often than nature does, and each event
 * carries the weight w = p_true / p_biased of its biased choices, so that weighted distributions and
 * sums of weights are unbiased (E_biased[w f] = E_true[f]).
 *
 * <p>Five independent choices are biased (our construction):
 * <ul>
 * <li>the lepton flavour: tau pairs (whose e mu final states pass without Z veto and p_T^miss cut)
 *     are drawn with probability {@code tauShare} instead of 1/3, e and mu pairs share the rest;</li>
 * <li>m_ll outside the Z pole window (which the same-flavour selection vetoes) is drawn
 *     {@code offPoleFactor} times as often ({@link DrellYanProduction#sample(SplittableRandom,
 *     DrellYanProduction.Dilepton, double)});</li>
 * <li>the recoil pT is drawn from the defensive mixture q(pT) = (1 - h) p(pT) + h p_hard(pT) of the
 *     true spectrum p and a harder one; its weight p/q never exceeds 1/(1 - h);</li>
 * <li>the number of extra ISR emissions (which make the second jet) is drawn from the mixture
 *     (1 - e) Poisson(lambda) + e Poisson({@code hardEmissionMean}); its weight stays below 1/(1 - e);</li>
 * <li>each ISR parton is b or c with the probabilities {@code bFraction}, {@code cFraction} instead of the
 *     true ones; the weight is the product over partons of p_true(flavour)/p_biased(flavour).</li>
 * </ul>
 * Choices not made (an event skipped from its decay channel before kinematics) keep weight 1, which
 * is their expectation, so every generated event can enter the sum of weights.
 *
 * @param tauShare       probability of a tau pair (1/3 = unbiased)
 * @param offPoleFactor  enhancement of the off-pole mass rate (1 = unbiased)
 * @param hardShare      h, the share of recoils drawn from the hard spectrum (0 = unbiased)
 * @param hardRecoil     the model whose pT spectrum is the hard component (only its pT is used)
 * @param emissionShare  e, the share of emission counts drawn at the enhanced mean (0 = unbiased)
 * @param hardEmissionMean the enhanced mean number of extra emissions
 * @param bFraction      biased probability that an ISR parton is a b quark
 * @param cFraction      biased probability that an ISR parton is a c quark
 */
record DrellYanBias(double tauShare, double offPoleFactor, double hardShare, Recoil hardRecoil, double emissionShare,
                    double hardEmissionMean, double bFraction, double cFraction) {

    /** Share of tau pairs in nature: lepton universality, ee : mumu : tautau = 1 : 1 : 1. */
    static final double TRUE_TAU_SHARE = 1.0 / 3.0;

    /**
     * Hard component of the biased recoil: the power law pT/(pT + p0)^4 with p0 = 40 GeV (ours), which
     * puts 61 % of the draws above 30 GeV, where the selection's two jets come from.
     */
    private static final Recoil HARD = new Recoil(0.0, 1.0, 40.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0);

    /**
     * The default bias of the Drell-Yan samples (ours): tau pairs half of the events, off-pole masses
     * 5x as often, half of the recoils from the hard spectrum and half of the emission counts at mean
     * 2.5 (each weight below 2), b and c partons about 2x and 1.1x as often as in nature.
     */
    static final DrellYanBias DEFAULT = new DrellYanBias(0.5, 5.0, 0.5, HARD, 0.5, 2.5, 0.12, 0.10);

    /** No bias: every weight is 1 (for the closure of the weights and tuning studies). */
    static final DrellYanBias NONE = new DrellYanBias(TRUE_TAU_SHARE, 1.0, 0.0, HARD, 0.0, 0.0, Double.NaN,
            Double.NaN);

    /** Checks the shares are probabilities and the factor enhances. */
    DrellYanBias {
        if (!(tauShare > 0 && tauShare < 1)) {
            throw new IllegalArgumentException("tauShare must be in (0, 1), got " + tauShare);
        }
        if (!(offPoleFactor >= 1) || Double.isInfinite(offPoleFactor)) {
            throw new IllegalArgumentException("offPoleFactor must be finite and >= 1, got " + offPoleFactor);
        }
        if (!(hardShare >= 0 && hardShare < 1) || !(emissionShare >= 0 && emissionShare < 1)) {
            throw new IllegalArgumentException("hardShare and emissionShare must be in [0, 1), got " + hardShare
                    + ", " + emissionShare);
        }
    }

    /**
     * Draws the lepton flavour: 0 = ee, 1 = mumu, 2 = tautau, and sets {@code weight[0]} to
     * p_true/p_biased of the choice.
     */
    int sampleLeptonFlavour(SplittableRandom rng, double[] weight) {
        if (rng.nextDouble() < tauShare) {
            weight[0] = TRUE_TAU_SHARE / tauShare;
            return 2;
        }
        weight[0] = (1 - TRUE_TAU_SHARE) / (1 - tauShare);
        return rng.nextBoolean() ? 0 : 1;
    }

    /** Whether the flavours are biased (NaN fractions mean: use the true ones). */
    boolean biasesFlavours() {
        return !Double.isNaN(bFraction);
    }

    /** The ISR model with the biased flavour fractions, or the true model when not biased. */
    Recoil sampledFlavours(Recoil truth) {
        return biasesFlavours() ? truth.withFlavourFractions(bFraction, cFraction) : truth;
    }

    /** Draws the recoil pT [GeV] from q(pT). */
    double samplePt(SplittableRandom rng, Recoil truth) {
        return rng.nextDouble() < hardShare ? hardRecoil.samplePt(rng) : truth.samplePt(rng);
    }

    /** p(pT)/q(pT): the weight of a recoil drawn by {@link #samplePt}. */
    double ptWeight(Recoil truth, double pt) {
        if (hardShare == 0) {
            return 1.0;
        }
        double p = truth.ptDensity(pt);
        return p / ((1 - hardShare) * p + hardShare * hardRecoil.ptDensity(pt));
    }

    /** Draws the number of extra emissions from the mixture. */
    int sampleEmissions(SplittableRandom rng, Recoil truth) {
        double mean = rng.nextDouble() < emissionShare ? hardEmissionMean : truth.emissionMean();
        return Recoil.sampleEmissions(rng, mean);
    }

    /** p(n)/q(n): the weight of an emission count drawn by {@link #sampleEmissions}. */
    double emissionWeight(Recoil truth, int n) {
        if (emissionShare == 0) {
            return 1.0;
        }
        double p = truth.emissionProbability(n);
        return p / ((1 - emissionShare) * p + emissionShare * Recoil.emissionProbability(n, hardEmissionMean));
    }

    /** p_true/p_biased of the flavours of n ISR partons. */
    double flavourWeight(Recoil truth, Recoil sampled, int[] flavour, int n) {
        double w = 1.0;
        for (int i = 0; i < n; i++) {
            w *= truth.flavourProbability(flavour[i]) / sampled.flavourProbability(flavour[i]);
        }
        return w;
    }
}
