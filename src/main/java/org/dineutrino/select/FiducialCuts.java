package org.dineutrino.select;

/**
 * The particle-level fiducial phase space (DESIGN.md; CMS pseudo-top definition as the
 * fixed-order predictions of ../shared/data/theory use it): two opposite-charge prompt
 * dressed e/mu from W decays with p_T > 20 GeV, |eta| < 2.4, m_ll > 20 GeV; at least two
 * b jets with p_T > 30 GeV, |eta| < 2.4; same flavour also p_T^nunu > 40 GeV.
 */
public record FiducialCuts(double leptonPt, double leptonAbsEta, double mllMin, double bJetPt, double bJetAbsEta,
                           int minBJets, double ptNuNuMinSameFlavour) {

    public static FiducialCuts defaults() {
        return new FiducialCuts(20, 2.4, 20, 30, 2.4, 2, 40);
    }
}
