package org.dineutrino.simulate;

/**
 * The detector scale-factor weights: lepton identification and isolation, dilepton trigger and b
 * tagging. The simulation's detector is the truth, so every nominal scale factor is 1 and the
 * variations express how well a real analysis would know it (sizes below; functions ours).
 *
 * <p>Lepton SF: product over the two leading tight leptons of (1 +- delta), delta(pT, eta) =
 * delta_0 (1 + min(1, e^-(pT - 20 GeV)/10 GeV)), delta_0 = 0.4 % (muons, |eta| &lt; 1.2) or 0.6 %, and
 * 1.0 % (electrons, |eta| &lt; 1.479) or 1.5 %: the order of the per-lepton ID/isolation uncertainties
 * of the CMS Run-2 tt&#772; dilepton measurements (muons below 1 %, electrons 1-2 %, larger at low pT).
 *
 * <p>Trigger SF: 1 +- delta by the channel of the two leading tight leptons, ee 1.0 %, mu mu 0.5 %,
 * e mu 0.7 % (ours, the 0.5-1 % of CMS dilepton trigger scale factors); 1 without two tight leptons.
 *
 * <p>b tagging, loose working point, method "1a" of CMS BTV: over the jets with pT &gt; 30 GeV,
 * |eta| &lt; 2.4, weight = prod_tagged SF_i prod_untagged (1 - SF_i eps_i)/(1 - eps_i), eps_i the
 * efficiency of {@link BTagging} at the jet's pT, eta and flavour (the one its discriminant was drawn
 * with). Heavy flavour: SF = 1 +- 2 % for b and 1 +- 4 % for c jets, light jets at SF 1; light
 * flavour: SF = 1 +- 8 % for light jets, b and c at 1 (ours, the order of the DeepJet loose-WP
 * uncertainties). A tagged jet raises the Up weight, an untagged one lowers it; with all SF = 1 the
 * weight is exactly 1.
 */
final class ScaleFactorWeights {

    /** Lepton SF uncertainty delta_0 and its eta regions (class javadoc: CMS order of magnitude, ours). */
    private static final double MUON_DELTA_CENTRAL = 0.004;
    private static final double MUON_DELTA_FORWARD = 0.006;
    private static final double MUON_CENTRAL_ETA = 1.2;
    private static final double ELECTRON_DELTA_BARREL = 0.010;
    private static final double ELECTRON_DELTA_ENDCAP = 0.015;
    private static final double ELECTRON_BARREL_ETA = 1.479;
    /** Low-pT growth of delta: up to 2 delta_0 below 20 GeV, scale 10 GeV (ours). */
    private static final double LOW_PT_REFERENCE = 20.0;
    private static final double LOW_PT_SCALE = 10.0;

    /** Trigger SF uncertainty per channel (ours, the 0.5-1 % of CMS dilepton triggers). */
    private static final double TRIGGER_DELTA_EE = 0.010;
    private static final double TRIGGER_DELTA_MUMU = 0.005;
    private static final double TRIGGER_DELTA_EMU = 0.007;

    /** Jets the b-tag weight runs over: those the selection counts (DESIGN.md). */
    static final double BTAG_JET_PT = 30.0;
    static final double BTAG_JET_ETA = 2.4;
    /** b-tag SF uncertainties per flavour, loose WP (ours, the order of CMS DeepJet loose-WP uncertainties). */
    static final double BTAG_DELTA_B = 0.02;
    static final double BTAG_DELTA_C = 0.04;
    static final double BTAG_DELTA_LIGHT = 0.08;

    /** No lepton in {@link #leadingTight}. */
    private static final int NONE = Integer.MIN_VALUE;

    private ScaleFactorWeights() {
    }

    /** Relative lepton SF uncertainty delta(pT, eta) of the class javadoc; muon = false for electrons. */
    static double leptonDelta(boolean muon, double pt, double eta) {
        double absEta = Math.abs(eta);
        double base = muon
                ? (absEta < MUON_CENTRAL_ETA ? MUON_DELTA_CENTRAL : MUON_DELTA_FORWARD)
                : (absEta < ELECTRON_BARREL_ETA ? ELECTRON_DELTA_BARREL : ELECTRON_DELTA_ENDCAP);
        return base * (1 + Math.min(1.0, Math.exp(-(pt - LOW_PT_REFERENCE) / LOW_PT_SCALE)));
    }

    /**
     * The lepton SF weight, sign +1 (Up) or -1 (Down), over the two leading tight leptons of the record.
     */
    static double leptons(EventRecord ev, int sign) {
        double w = 1.0;
        for (int rank = 0; rank < 2; rank++) {
            int k = leadingTight(ev, rank);
            if (k == NONE) {
                break;
            }
            w *= 1 + sign * (k >= 0 ? leptonDelta(true, ev.muonPt[k], ev.muonEta[k])
                    : leptonDelta(false, ev.electronPt[-1 - k], ev.electronEta[-1 - k]));
        }
        return w;
    }

    /** The trigger SF weight, sign +1 (Up) or -1 (Down). */
    static double trigger(EventRecord ev, int sign) {
        int first = leadingTight(ev, 0);
        int second = leadingTight(ev, 1);
        if (second == NONE) {
            return 1.0;
        }
        int muons = (first >= 0 ? 1 : 0) + (second >= 0 ? 1 : 0);
        double delta = muons == 2 ? TRIGGER_DELTA_MUMU : muons == 0 ? TRIGGER_DELTA_EE : TRIGGER_DELTA_EMU;
        return 1 + sign * delta;
    }

    /**
     * The tight lepton of pT rank 0 (leading) or 1 (subleading): a muon index i as i, an electron
     * index i as -1 - i, or {@link #NONE}.
     */
    static int leadingTight(EventRecord ev, int rank) {
        int best = NONE;
        int second = NONE;
        double bestPt = -1;
        double secondPt = -1;
        for (int k = -ev.nElectrons; k < ev.nMuons; k++) {
            boolean muon = k >= 0;
            int i = muon ? k : -1 - k;
            if ((muon ? ev.muonTight[i] : ev.electronTight[i]) != 1) {
                continue;
            }
            double pt = muon ? ev.muonPt[i] : ev.electronPt[i];
            if (pt > bestPt) {
                second = best;
                secondPt = bestPt;
                best = k;
                bestPt = pt;
            } else if (pt > secondPt) {
                second = k;
                secondPt = pt;
            }
        }
        return rank == 0 ? best : second;
    }

    /**
     * The b-tag weight of method 1a with the SF of b, c and light jets given; jets of the record
     * (sorted by pT, any order works).
     */
    static double btag(EventRecord ev, double sfB, double sfC, double sfLight) {
        double w = 1.0;
        for (int j = 0; j < ev.nJets; j++) {
            if (ev.jetPt[j] <= BTAG_JET_PT || Math.abs(ev.jetEta[j]) >= BTAG_JET_ETA) {
                continue;
            }
            int flavour = ev.jetFlavour[j];
            double sf = flavour == 5 ? sfB : flavour == 4 ? sfC : sfLight;
            if (ev.jetBtag[j] > BTagging.LOOSE) {
                w *= sf;
            } else {
                double eff = BTagging.efficiency(ev.jetPt[j], ev.jetEta[j], flavour, 0);
                w *= (1 - sf * eff) / (1 - eff);
            }
        }
        return w;
    }
}
