package org.dineutrino.regress;

/**
 * Which reconstructed objects enter the MET-regression features.
 *
 * <p>Leptons are always the leading two tight leptons (muonTight or electronTight == 1,
 * electrons and muons together, ordered by p_T). Jets are those with
 * p_T &gt; {@code jetPtMin} and |eta| &lt; {@code jetAbsEtaMax}; the leading {@code nJetSlots}
 * of them get their own four-momentum features (zero-padded), all of them enter the sums.
 *
 * @param jetPtMin      jet p_T threshold [GeV], exclusive
 * @param jetAbsEtaMax  jet |eta| acceptance, exclusive
 * @param bTagThreshold a jet with jetBtag &gt;= this counts as b tagged
 * @param nJetSlots     number of leading jets with individual features, at least 2 (m_jj)
 */
public record FeatureSettings(double jetPtMin, double jetAbsEtaMax, double bTagThreshold, int nJetSlots) {

    /** The analysis jet threshold, 30 GeV (DESIGN.md, selection). */
    public static final double DEFAULT_JET_PT_MIN = 30.0;

    /** The analysis jet acceptance, |eta| &lt; 2.4 (DESIGN.md, selection). */
    public static final double DEFAULT_JET_ABS_ETA_MAX = 2.4;

    /**
     * DeepJet loose working point, 0.0490 (CMS BTV POG recommendation for UL2018,
     * twiki BtagRecommendation106XUL18); DESIGN.md uses the loose working point.
     */
    public static final double DEFAULT_BTAG_THRESHOLD = 0.0490;

    /** Four leading jets: two b jets plus the typical ISR jets of a ttbar dilepton event. */
    public static final int DEFAULT_JET_SLOTS = 4;

    public FeatureSettings {
        if (!(jetPtMin >= 0) || !(jetAbsEtaMax > 0)) {
            throw new IllegalArgumentException("jet thresholds must be pT >= 0 GeV and |eta| > 0, got pT > "
                    + jetPtMin + " GeV, |eta| < " + jetAbsEtaMax);
        }
        if (!Double.isFinite(bTagThreshold)) {
            throw new IllegalArgumentException("bTagThreshold must be finite, got " + bTagThreshold);
        }
        if (nJetSlots < 2 || nJetSlots > 12) {
            throw new IllegalArgumentException("nJetSlots must be in [2, 12] (m_jj needs two), got " + nJetSlots);
        }
    }

    /** The defaults: jets p_T &gt; 30 GeV, |eta| &lt; 2.4, loose b tag, four jet slots. */
    public static FeatureSettings defaults() {
        return new FeatureSettings(DEFAULT_JET_PT_MIN, DEFAULT_JET_ABS_ETA_MAX, DEFAULT_BTAG_THRESHOLD,
                DEFAULT_JET_SLOTS);
    }
}
