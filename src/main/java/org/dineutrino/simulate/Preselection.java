package org.dineutrino.simulate;

import org.dineutrino.event.WDecay;

/**
 * The loose generation preselection that decides which simulated events are kept (DESIGN.md
 * "Storage"): at reconstruction level two leptons (e or mu, any charge, tight or not) with
 * pT &gt; 15 GeV, |eta| &lt; 2.5 and m_ll &gt; 10 GeV for the two leading ones, OR the particle-level
 * fiducial region of DESIGN.md "Selection and observables".
 */
final class Preselection {

    static final double LEPTON_PT = 15.0;
    static final double LEPTON_ETA = 2.5;
    static final double MIN_MLL = 10.0;

    /** Fiducial region (DESIGN.md): dressed leptons, b jets and p_T^nunu thresholds. */
    static final double FIDUCIAL_LEPTON_PT = 20.0;
    static final double FIDUCIAL_LEPTON_ETA = 2.4;
    static final double FIDUCIAL_MLL = 20.0;
    static final double FIDUCIAL_BJET_PT = 30.0;
    static final double FIDUCIAL_BJET_ETA = 2.4;
    static final double FIDUCIAL_SAME_FLAVOUR_PTNUNU = 40.0;

    /**
     * Gen-level lepton pT below which no reconstructed lepton can pass {@link #LEPTON_PT}
     * (at most 4 % resolution: 11 GeV x (1 + 6 sigma) &lt; 15 GeV) and |eta| above which none is in
     * acceptance: used to drop events before reconstruction, which cannot change the outcome.
     */
    static final double EARLY_LEPTON_PT = 11.0;
    static final double EARLY_LEPTON_ETA = 2.5;

    private Preselection() {
    }

    /** Whether the event passes the reconstruction-level or the particle-level branch. */
    static boolean passes(EventRecord ev) {
        return passesReconstructed(ev) || isFiducial(ev);
    }

    /** Whether two prompt leptons could still pass either branch (a necessary condition). */
    static boolean canPass(EventRecord ev) {
        int n = 0;
        for (int i = 0; i < ev.nLeptons; i++) {
            double pt = Math.max(Lorentz.pt(ev.dressed, 4 * i), Lorentz.pt(ev.lepton, 4 * i));
            if (pt > EARLY_LEPTON_PT && Math.abs(Lorentz.eta(ev.lepton, 4 * i)) < EARLY_LEPTON_ETA) {
                n++;
            }
        }
        return n >= 2;
    }

    /** Two reconstructed leptons above 15 GeV in |eta| &lt; 2.5 whose (two leading) pair mass exceeds 10 GeV. */
    static boolean passesReconstructed(EventRecord ev) {
        double pt1 = 0;
        double eta1 = 0;
        double phi1 = 0;
        double pt2 = 0;
        double eta2 = 0;
        double phi2 = 0;
        for (int k = 0; k < ev.nMuons + ev.nElectrons; k++) {
            boolean muon = k < ev.nMuons;
            int i = muon ? k : k - ev.nMuons;
            double pt = muon ? ev.muonPt[i] : ev.electronPt[i];
            double eta = muon ? ev.muonEta[i] : ev.electronEta[i];
            double phi = muon ? ev.muonPhi[i] : ev.electronPhi[i];
            if (pt <= LEPTON_PT || Math.abs(eta) >= LEPTON_ETA) {
                continue;
            }
            if (pt > pt1) {
                pt2 = pt1;
                eta2 = eta1;
                phi2 = phi1;
                pt1 = pt;
                eta1 = eta;
                phi1 = phi;
            } else if (pt > pt2) {
                pt2 = pt;
                eta2 = eta;
                phi2 = phi;
            }
        }
        return pt2 > 0 && masslessPairMass(pt1, eta1, phi1, pt2, eta2, phi2) > MIN_MLL;
    }

    /** m^2 = 2 pT1 pT2 (cosh(eta1 - eta2) - cos(phi1 - phi2)) for massless leptons. */
    static double masslessPairMass(double pt1, double eta1, double phi1, double pt2, double eta2, double phi2) {
        return Math.sqrt(Math.max(0.0, 2 * pt1 * pt2 * (Math.cosh(eta1 - eta2) - Math.cos(phi1 - phi2))));
    }

    /**
     * Particle-level fiducial region: e or mu directly from both Ws (no tau), the two dressed
     * leptons opposite-charged with pT &gt; 20 GeV, |eta| &lt; 2.4 and m_ll &gt; 20 GeV, at least two
     * particle-level b jets with pT &gt; 30 GeV, |eta| &lt; 2.4, and p_T^nunu &gt; 40 GeV for ee and mumu
     * (for T2tt: with or without the neutralinos in p_T^nunu, so that both definitions keep their events).
     */
    static boolean isFiducial(EventRecord ev) {
        if (!ev.twoWs || !WDecay.of(ev.decay1).isPromptLightLepton() || !WDecay.of(ev.decay2).isPromptLightLepton()
                || ev.nLeptons != 2) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            if (Lorentz.pt(ev.dressed, 4 * i) <= FIDUCIAL_LEPTON_PT
                    || Math.abs(Lorentz.eta(ev.dressed, 4 * i)) >= FIDUCIAL_LEPTON_ETA) {
                return false;
            }
        }
        if (ev.leptonPdgId[0] * ev.leptonPdgId[1] > 0
                || Lorentz.pairMass(ev.dressed, 0, ev.dressed, 4) <= FIDUCIAL_MLL) {
            return false;
        }
        int bJets = 0;
        for (int j = 0; j < ev.nGenJets; j++) {
            if (ev.genJetFlavour[j] == 5 && Lorentz.pt(ev.genJet, 4 * j) > FIDUCIAL_BJET_PT
                    && Math.abs(Lorentz.eta(ev.genJet, 4 * j)) < FIDUCIAL_BJET_ETA) {
                bJets++;
            }
        }
        boolean sameFlavour = ev.decay1 == ev.decay2;
        // T2tt: fiducial in the SM definition or in the BSM one, whose p_T^nunu adds the neutralinos
        double ptNuNu = Math.max(Math.hypot(ev.promptNuPx, ev.promptNuPy),
                Math.hypot(ev.promptNuPx + ev.neutralinoPx, ev.promptNuPy + ev.neutralinoPy));
        return bJets >= 2 && (!sameFlavour || ptNuNu > FIDUCIAL_SAME_FLAVOUR_PTNUNU);
    }
}
