package org.dineutrino.select;

import java.util.List;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.WDecay;

/**
 * The particle-level fiducial selection and the true observables (DESIGN.md, "Selection
 * and observables"). Events with a tau in either W decay are not signal, whatever their
 * dressed leptons.
 */
public final class FiducialSelection {

    private FiducialSelection() {
    }

    /**
     * @param fiducial    inside the fiducial phase space (the unfolding's signal)
     * @param channel     {@link Channel} ordinal of the dressed-lepton pair, or {@link Channel#NONE}
     * @param ptNuNu      p_T^nunu of the prompt neutrinos (plus neutralinos if asked) [GeV]
     * @param minDeltaPhi min |dphi(p_T^nunu, dressed lepton)| [rad]; NaN without a pair
     */
    public record Result(boolean[] fiducial, int[] channel, double[] ptNuNu, double[] minDeltaPhi) {
    }

    public static final List<String> COLUMNS = List.of(
            Columns.GEN_LEPTON_PT.name(), Columns.GEN_LEPTON_ETA.name(), Columns.GEN_LEPTON_PHI.name(),
            Columns.GEN_LEPTON_PDG_ID.name(), Columns.GEN_LEPTON_FROM_TAU.name(),
            Columns.GEN_JET_PT.name(), Columns.GEN_JET_ETA.name(), Columns.GEN_JET_HADRON_FLAVOUR.name(),
            Columns.GEN_NUNU_PT.name(), Columns.GEN_NUNU_PHI.name(), Columns.GEN_CHICHI_PT.name(),
            Columns.GEN_CHICHI_PHI.name(), Columns.GEN_DECAY_1.name(), Columns.GEN_DECAY_2.name());

    /**
     * @param withNeutralinos the BSM definition: p_T^nunu includes the neutralinos
     */
    public static Result select(EventBatch batch, FiducialCuts cuts, boolean withNeutralinos) {
        int n = batch.nEvents();
        double[][] invisible = invisible(batch, withNeutralinos);
        double[] nuPt = invisible[0];
        double[] nuPhi = invisible[1];
        int[][] pair = leptonPair(batch, cuts);
        int[] nB = countBJets(batch, cuts);
        boolean[] fiducial = new boolean[n];
        int[] channel = new int[n];
        double[] minDeltaPhi = new double[n];
        fillFiducial(batch, cuts, pair, nB, nuPt, nuPhi, fiducial, channel, minDeltaPhi);
        return new Result(fiducial, channel, nuPt, minDeltaPhi);
    }

    private static void fillFiducial(EventBatch batch, FiducialCuts cuts, int[][] pair, int[] nB, double[] nuPt,
                                     double[] nuPhi, boolean[] fiducial, int[] channel, double[] minDeltaPhi) {
        double[] pt = batch.doubles(Columns.GEN_LEPTON_PT.name());
        double[] eta = batch.doubles(Columns.GEN_LEPTON_ETA.name());
        double[] phi = batch.doubles(Columns.GEN_LEPTON_PHI.name());
        int[] pdg = batch.ints(Columns.GEN_LEPTON_PDG_ID.name());
        int[] decay1 = batch.ints(Columns.GEN_DECAY_1.name());
        int[] decay2 = batch.ints(Columns.GEN_DECAY_2.name());
        for (int i = 0; i < fiducial.length; i++) {
            int a = pair[0][i];
            int b = pair[1][i];
            if (a < 0 || b < 0) {
                channel[i] = Channel.NONE;
                minDeltaPhi[i] = Double.NaN;
                continue;
            }
            Channel ch = Channel.of(Math.abs(pdg[a]) == 13, Math.abs(pdg[b]) == 13);
            channel[i] = ch.ordinal();
            minDeltaPhi[i] = Kinematics.minDeltaPhi(nuPhi[i], phi[a], phi[b]);
            boolean promptW = WDecay.of(decay1[i]).isPromptLightLepton() && WDecay.of(decay2[i]).isPromptLightLepton();
            boolean opposite = Integer.signum(pdg[a]) != Integer.signum(pdg[b]);
            double mll = Kinematics.masslessPairMass(pt[a], eta[a], phi[a], pt[b], eta[b], phi[b]);
            fiducial[i] = promptW && opposite && mll > cuts.mllMin() && nB[i] >= cuts.minBJets()
                    && (!ch.sameFlavour() || nuPt[i] > cuts.ptNuNuMinSameFlavour());
        }
    }

    /** Indices of the two leading prompt dressed leptons in acceptance, or -1. */
    private static int[][] leptonPair(EventBatch batch, FiducialCuts cuts) {
        int n = batch.nEvents();
        int[] first = new int[n];
        int[] second = new int[n];
        int[] off = batch.offsets(Columns.N_GEN_LEPTON.name());
        double[] pt = batch.doubles(Columns.GEN_LEPTON_PT.name());
        double[] eta = batch.doubles(Columns.GEN_LEPTON_ETA.name());
        int[] fromTau = batch.ints(Columns.GEN_LEPTON_FROM_TAU.name());
        for (int i = 0; i < n; i++) {
            int a = -1;
            int b = -1;
            for (int k = off[i]; k < off[i + 1]; k++) {
                if (fromTau[k] == 1 || pt[k] <= cuts.leptonPt() || Math.abs(eta[k]) >= cuts.leptonAbsEta()) {
                    continue;
                }
                if (a < 0 || pt[k] > pt[a]) {
                    b = a;
                    a = k;
                } else if (b < 0 || pt[k] > pt[b]) {
                    b = k;
                }
            }
            first[i] = a;
            second[i] = b;
        }
        return new int[][] {first, second};
    }

    private static int[] countBJets(EventBatch batch, FiducialCuts cuts) {
        int n = batch.nEvents();
        int[] nB = new int[n];
        int[] off = batch.offsets(Columns.N_GEN_JET.name());
        double[] pt = batch.doubles(Columns.GEN_JET_PT.name());
        double[] eta = batch.doubles(Columns.GEN_JET_ETA.name());
        int[] flavour = batch.ints(Columns.GEN_JET_HADRON_FLAVOUR.name());
        for (int i = 0; i < n; i++) {
            for (int k = off[i]; k < off[i + 1]; k++) {
                if (flavour[k] == 5 && pt[k] > cuts.bJetPt() && Math.abs(eta[k]) < cuts.bJetAbsEta()) {
                    nB[i]++;
                }
            }
        }
        return nB;
    }

    /**
     * {pT, phi} of the invisible system: the prompt neutrinos, plus the neutralinos in the BSM
     * definition (vector sum).
     */
    private static double[][] invisible(EventBatch batch, boolean withNeutralinos) {
        double[] nuPt = batch.doubles(Columns.GEN_NUNU_PT.name());
        double[] nuPhi = batch.doubles(Columns.GEN_NUNU_PHI.name());
        if (!withNeutralinos) {
            return new double[][] {nuPt.clone(), nuPhi.clone()};
        }
        double[] chiPt = batch.doubles(Columns.GEN_CHICHI_PT.name());
        double[] chiPhi = batch.doubles(Columns.GEN_CHICHI_PHI.name());
        double[] pt = new double[nuPt.length];
        double[] phi = new double[nuPt.length];
        for (int i = 0; i < pt.length; i++) {
            double px = nuPt[i] * Math.cos(nuPhi[i]) + chiPt[i] * Math.cos(chiPhi[i]);
            double py = nuPt[i] * Math.sin(nuPhi[i]) + chiPt[i] * Math.sin(chiPhi[i]);
            pt[i] = Math.hypot(px, py);
            phi[i] = Math.atan2(py, px);
        }
        return new double[][] {pt, phi};
    }
}
