package org.dineutrino.simulate;

/**
 * The one-sided top-p_T weight of tt&#772;: the CMS data/NLO ratio of the top p_T spectrum,
 * SF(pT) = exp(0.0615 - 0.0005 pT/GeV) per top (CMS TOP PAG Run-2 dilepton fit), event weight
 * sqrt(SF(pT_t) SF(pT_tbar)) as CMS applies it, divided by its mean over the generated tt&#772; sample so
 * that it moves the shape and not the cross section.
 *
 * <p>Why this and not the inverse of our shape correction ({@link TtbarProduction}): the nominal
 * already follows the measured top p_T, and undoing the correction would go back to LO, up to 1.9x
 * too hard, an effect no analysis would quote. The CMS weight's slope is the size of the known
 * difference between the measured spectrum and NLO+shower predictions, the mismodelling that this
 * systematic stands for; applied to our nominal it softens the spectrum by that much.
 */
final class TopPtReweighting {

    /** CMS data/NLO fit exp(a + b pT): a = 0.0615, b = -0.0005 GeV^-1. */
    private static final double SF_OFFSET = 0.0615;
    private static final double SF_SLOPE = -0.0005;

    /**
     * Mean of sqrt(SF_t SF_tbar) over the 2.6 x 10^5 events with lab-frame tops among 4 x 10^6
     * generated tt&#772; events
     * (seed 20261203; statistical precision 6e-5);
     * recomputed by {@code TopPtReweightingTest}.
     */
    static final double SAMPLE_MEAN = 1.003689;

    private TopPtReweighting() {
    }

    /** The normalised weight for the lab-frame top and antitop p_T [GeV]. */
    static double weight(double topPt, double antitopPt) {
        return raw(topPt, antitopPt) / SAMPLE_MEAN;
    }

    /** sqrt(SF(pT_t) SF(pT_tbar)) before normalisation. */
    static double raw(double topPt, double antitopPt) {
        return Math.exp(SF_OFFSET + 0.5 * SF_SLOPE * (topPt + antitopPt));
    }
}
