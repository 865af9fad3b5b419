package org.dineutrino.select;

import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;

/**
 * The reconstruction-level event selection and observables, column by column.
 *
 * <p>Leptons: tight muons and electrons with |eta| below the limit (electrons outside the
 * barrel-endcap gap); the two leading ones by p_T form the pair. Jets: p_T and |eta| above
 * thresholds and Delta R to both selected leptons above the limit. The p_T^miss used for
 * the same-flavour cut and the observables is the one passed in (PF, PUPPI or corrected),
 * so that the MET source is the caller's choice.
 */
public final class RecoSelection {

    private RecoSelection() {
    }

    /** The two selected leptons per event; pt1 = 0 where fewer than two exist. */
    public record LeptonPairs(double[] pt1, double[] eta1, double[] phi1, int[] charge1, boolean[] muon1,
                              double[] pt2, double[] eta2, double[] phi2, int[] charge2, boolean[] muon2,
                              int[] nVeto) {
    }

    /**
     * What the selection found per event.
     *
     * @param stepsPassed  number of consecutive {@link CutStep}s passed (7 = selected)
     * @param channel      {@link Channel} ordinal of the lepton pair, or {@link Channel#NONE}
     * @param ptNuNu       reconstructed p_T^nunu = the p_T^miss given [GeV]
     * @param minDeltaPhi  min |dphi(p_T^miss, lepton)| over the two leptons [rad]; NaN without a pair
     * @param mll          dilepton mass [GeV]; 0 without a pair
     * @param nJets        selected jets
     * @param nBJets       selected b-tagged jets
     */
    public record Result(int[] stepsPassed, int[] channel, double[] ptNuNu, double[] minDeltaPhi, double[] mll,
                         int[] nJets, int[] nBJets) {

        public boolean selected(int i) {
            return stepsPassed[i] == CutStep.COUNT;
        }
    }

    /** Columns the selection reads (besides the MET arrays the caller passes). */
    public static final java.util.List<String> COLUMNS = java.util.List.of(
            Columns.MUON_PT.name(), Columns.MUON_ETA.name(), Columns.MUON_PHI.name(), Columns.MUON_CHARGE.name(),
            Columns.MUON_TIGHT.name(), Columns.ELECTRON_PT.name(), Columns.ELECTRON_ETA.name(),
            Columns.ELECTRON_PHI.name(), Columns.ELECTRON_CHARGE.name(), Columns.ELECTRON_TIGHT.name(),
            Columns.JET_PT.name(), Columns.JET_ETA.name(), Columns.JET_PHI.name(), Columns.JET_BTAG.name());

    /**
     * Selects a batch.
     *
     * @param met    p_T^miss per event [GeV]
     * @param metPhi its azimuth [rad]
     */
    public static Result select(EventBatch batch, SelectionCuts cuts, double[] met, double[] metPhi) {
        LeptonPairs pairs = leptonPairs(batch, cuts);
        double[] mll = pairMass(pairs);
        int[][] jets = countJets(batch, cuts, pairs);
        double[] minDeltaPhi = minDeltaPhi(pairs, metPhi);
        int[] channel = channels(pairs);
        int[] steps = stepsPassed(cuts, pairs, mll, channel, met, jets[0], jets[1]);
        return new Result(steps, channel, met.clone(), minDeltaPhi, mll, jets[0], jets[1]);
    }

    /** Picks the two leading tight leptons in acceptance and counts those above the veto threshold. */
    public static LeptonPairs leptonPairs(EventBatch batch, SelectionCuts cuts) {
        int n = batch.nEvents();
        LeptonPairs p = new LeptonPairs(new double[n], new double[n], new double[n], new int[n], new boolean[n],
                new double[n], new double[n], new double[n], new int[n], new boolean[n], new int[n]);
        int[] muOff = batch.offsets(Columns.N_MUON.name());
        int[] elOff = batch.offsets(Columns.N_ELECTRON.name());
        double[] muPt = batch.doubles(Columns.MUON_PT.name());
        double[] muEta = batch.doubles(Columns.MUON_ETA.name());
        double[] muPhi = batch.doubles(Columns.MUON_PHI.name());
        int[] muQ = batch.ints(Columns.MUON_CHARGE.name());
        int[] muTight = batch.ints(Columns.MUON_TIGHT.name());
        double[] elPt = batch.doubles(Columns.ELECTRON_PT.name());
        double[] elEta = batch.doubles(Columns.ELECTRON_ETA.name());
        double[] elPhi = batch.doubles(Columns.ELECTRON_PHI.name());
        int[] elQ = batch.ints(Columns.ELECTRON_CHARGE.name());
        int[] elTight = batch.ints(Columns.ELECTRON_TIGHT.name());
        for (int i = 0; i < n; i++) {
            for (int k = muOff[i]; k < muOff[i + 1]; k++) {
                if (muTight[k] == 1 && Math.abs(muEta[k]) < cuts.leptonAbsEta()) {
                    offer(p, i, muPt[k], muEta[k], muPhi[k], muQ[k], true, cuts.vetoLeptonPt());
                }
            }
            for (int k = elOff[i]; k < elOff[i + 1]; k++) {
                double absEta = Math.abs(elEta[k]);
                boolean inGap = absEta > cuts.electronGapLow() && absEta < cuts.electronGapHigh();
                if (elTight[k] == 1 && absEta < cuts.leptonAbsEta() && !inGap) {
                    offer(p, i, elPt[k], elEta[k], elPhi[k], elQ[k], false, cuts.vetoLeptonPt());
                }
            }
        }
        return p;
    }

    /** Keeps the two highest-p_T leptons of event i in slots 1 and 2, and counts veto candidates. */
    private static void offer(LeptonPairs p, int i, double pt, double eta, double phi, int charge, boolean muon,
                              double vetoPt) {
        if (pt > vetoPt) {
            p.nVeto()[i]++;
        }
        if (pt > p.pt1()[i]) {
            p.pt2()[i] = p.pt1()[i];
            p.eta2()[i] = p.eta1()[i];
            p.phi2()[i] = p.phi1()[i];
            p.charge2()[i] = p.charge1()[i];
            p.muon2()[i] = p.muon1()[i];
            p.pt1()[i] = pt;
            p.eta1()[i] = eta;
            p.phi1()[i] = phi;
            p.charge1()[i] = charge;
            p.muon1()[i] = muon;
        } else if (pt > p.pt2()[i]) {
            p.pt2()[i] = pt;
            p.eta2()[i] = eta;
            p.phi2()[i] = phi;
            p.charge2()[i] = charge;
            p.muon2()[i] = muon;
        }
    }

    static double[] pairMass(LeptonPairs p) {
        int n = p.pt1().length;
        double[] mll = new double[n];
        for (int i = 0; i < n; i++) {
            if (p.pt2()[i] > 0) {
                mll[i] = Kinematics.masslessPairMass(p.pt1()[i], p.eta1()[i], p.phi1()[i], p.pt2()[i], p.eta2()[i],
                        p.phi2()[i]);
            }
        }
        return mll;
    }

    /** Selected jets and b-tagged jets per event: {nJets, nBJets}. */
    static int[][] countJets(EventBatch batch, SelectionCuts cuts, LeptonPairs p) {
        int n = batch.nEvents();
        int[] nJets = new int[n];
        int[] nBJets = new int[n];
        int[] off = batch.offsets(Columns.N_JET.name());
        double[] pt = batch.doubles(Columns.JET_PT.name());
        double[] eta = batch.doubles(Columns.JET_ETA.name());
        double[] phi = batch.doubles(Columns.JET_PHI.name());
        double[] btag = batch.doubles(Columns.JET_BTAG.name());
        for (int i = 0; i < n; i++) {
            for (int k = off[i]; k < off[i + 1]; k++) {
                if (pt[k] <= cuts.jetPt() || Math.abs(eta[k]) >= cuts.jetAbsEta()) {
                    continue;
                }
                if (p.pt1()[i] > 0 && Kinematics.deltaR(eta[k], phi[k], p.eta1()[i], p.phi1()[i])
                        <= cuts.jetLeptonDeltaR()) {
                    continue;
                }
                if (p.pt2()[i] > 0 && Kinematics.deltaR(eta[k], phi[k], p.eta2()[i], p.phi2()[i])
                        <= cuts.jetLeptonDeltaR()) {
                    continue;
                }
                nJets[i]++;
                if (btag[k] > cuts.bTagThreshold()) {
                    nBJets[i]++;
                }
            }
        }
        return new int[][] {nJets, nBJets};
    }

    static double[] minDeltaPhi(LeptonPairs p, double[] metPhi) {
        int n = p.pt1().length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = p.pt2()[i] > 0 ? Kinematics.minDeltaPhi(metPhi[i], p.phi1()[i], p.phi2()[i]) : Double.NaN;
        }
        return out;
    }

    static int[] channels(LeptonPairs p) {
        int n = p.pt1().length;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = p.pt2()[i] > 0 ? Channel.of(p.muon1()[i], p.muon2()[i]).ordinal() : Channel.NONE;
        }
        return out;
    }

    /** How many consecutive cut steps each event passes, in {@link CutStep} order. */
    static int[] stepsPassed(SelectionCuts c, LeptonPairs p, double[] mll, int[] channel, double[] met,
                             int[] nJets, int[] nBJets) {
        int n = mll.length;
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            boolean sameFlavour = Channel.isSameFlavour(channel[i]);
            boolean dilepton = p.pt2()[i] >= c.subleadingLeptonPt() && p.pt1()[i] >= c.leadingLeptonPt()
                    && p.charge1()[i] * p.charge2()[i] < 0;
            steps[i] = countPassed(dilepton,
                    p.nVeto()[i] <= 2,
                    mll[i] > c.mllMin(),
                    !sameFlavour || mll[i] <= c.zVetoLow() || mll[i] >= c.zVetoHigh(),
                    !sameFlavour || met[i] >= c.metMinSameFlavour(),
                    nJets[i] >= c.minJets(),
                    nBJets[i] >= c.minBJets());
        }
        return steps;
    }

    /** The number of leading true values, in CutStep order. */
    private static int countPassed(boolean dilepton, boolean veto, boolean mll, boolean zVeto, boolean met,
                                   boolean jets, boolean bJets) {
        if (!dilepton) {
            return 0;
        }
        if (!veto) {
            return 1;
        }
        if (!mll) {
            return 2;
        }
        if (!zVeto) {
            return 3;
        }
        if (!met) {
            return 4;
        }
        if (!jets) {
            return 5;
        }
        return bJets ? 7 : 6;
    }
}
