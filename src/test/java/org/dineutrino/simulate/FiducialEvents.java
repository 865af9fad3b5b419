package org.dineutrino.simulate;

import org.dineutrino.event.EventBatch;
import org.dineutrino.event.WDecay;

/**
 * The particle-level fiducial region of DESIGN.md evaluated from a batch's truth columns, written
 * independently of {@link Preselection} so that tests can check the simulation against it.
 */
final class FiducialEvents {

    private FiducialEvents() {
    }

    /** Whether event i of the batch is fiducial signal. */
    static boolean isFiducial(EventBatch b, int i) {
        int d1 = b.ints("genDecay1")[i];
        int d2 = b.ints("genDecay2")[i];
        if (!WDecay.of(d1).isPromptLightLepton() || !WDecay.of(d2).isPromptLightLepton()) {
            return false;
        }
        int[] lo = b.offsets("nGenLepton");
        if (lo[i + 1] - lo[i] != 2) {
            return false;
        }
        double[] pt = b.doubles("genLeptonPt");
        double[] eta = b.doubles("genLeptonEta");
        double[] phi = b.doubles("genLeptonPhi");
        int[] id = b.ints("genLeptonPdgId");
        int a = lo[i];
        int c = a + 1;
        if (pt[a] <= 20 || pt[c] <= 20 || Math.abs(eta[a]) >= 2.4 || Math.abs(eta[c]) >= 2.4 || id[a] * id[c] > 0) {
            return false;
        }
        double mll2 = 2 * pt[a] * pt[c] * (Math.cosh(eta[a] - eta[c]) - Math.cos(phi[a] - phi[c]));
        if (mll2 <= 20 * 20) {
            return false;
        }
        int[] jo = b.offsets("nGenJet");
        int bJets = 0;
        for (int j = jo[i]; j < jo[i + 1]; j++) {
            if (b.ints("genJetHadronFlavour")[j] == 5 && b.doubles("genJetPt")[j] > 30
                    && Math.abs(b.doubles("genJetEta")[j]) < 2.4) {
                bJets++;
            }
        }
        return bJets >= 2 && (d1 != d2 || b.doubles("genNuNuPt")[i] > 40);
    }

    /** |Delta phi| of the two gen leptons of event i (rad). */
    static double leptonDeltaPhi(EventBatch b, int i) {
        int a = b.offsets("nGenLepton")[i];
        double d = Math.abs(b.doubles("genLeptonPhi")[a] - b.doubles("genLeptonPhi")[a + 1]);
        return d > Math.PI ? 2 * Math.PI - d : d;
    }

    /** min over the two leptons of |Delta phi(p_T^nunu, l)| (rad). */
    static double minDeltaPhi(EventBatch b, int i) {
        int a = b.offsets("nGenLepton")[i];
        double nu = b.doubles("genNuNuPhi")[i];
        double min = Math.PI;
        for (int k = a; k < a + 2; k++) {
            double d = Math.abs(nu - b.doubles("genLeptonPhi")[k]);
            min = Math.min(min, d > Math.PI ? 2 * Math.PI - d : d);
        }
        return min;
    }

    /** Histogram normalised to unit area, divided by bin width. */
    static double[] density(double[] counts, double[] edges) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] out = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            out[k] = counts[k] / total / (edges[k + 1] - edges[k]);
        }
        return out;
    }

    /** Index of the bin holding x, or -1. */
    static int bin(double[] edges, double x) {
        for (int k = 0; k + 1 < edges.length; k++) {
            if (x >= edges[k] && x < edges[k + 1]) {
                return k;
            }
        }
        return -1;
    }
}
