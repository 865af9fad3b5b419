package org.dineutrino.regress;

import org.dineutrino.event.EventBatch;

/**
 * The jets of each event that pass the feature thresholds, leading first: row r owns
 * {@code jet[offsets[r] .. offsets[r+1])}, each an object index into the batch's jet columns,
 * with their four-momentum components [GeV] at the same positions (computed once, since every
 * feature group reads them).
 */
record SelectedJets(int[] offsets, int[] jet, double[] px, double[] py, double[] pz, double[] e) {

    /**
     * True for a jet with p_T &gt; jetPtMin and |eta| &lt; jetAbsEtaMax. A NaN p_T or eta passes,
     * so that the finiteness check names the jet feature instead of the jet vanishing.
     */
    static boolean passes(double pt, double eta, FeatureSettings s) {
        return !(pt <= s.jetPtMin()) && !(Math.abs(eta) >= s.jetAbsEtaMax());
    }

    static int count(int r, int[] offsets) {
        return offsets[r + 1] - offsets[r];
    }

    /** Selects and orders the jets of the given events. */
    static SelectedJets select(EventBatch batch, int[] events, FeatureSettings s) {
        int[] jetOffsets = batch.offsets("nJet");
        double[] pt = batch.doubles("jetPt");
        double[] eta = batch.doubles("jetEta");
        int[] offsets = countPassing(events, jetOffsets, pt, eta, s);
        int[] jet = new int[offsets[events.length]];
        for (int r = 0; r < events.length; r++) {
            int out = offsets[r];
            for (int j = jetOffsets[events[r]]; j < jetOffsets[events[r] + 1]; j++) {
                if (passes(pt[j], eta[j], s)) {
                    jet[out++] = j;
                }
            }
            sortByPtDescending(jet, offsets[r], out, pt);
        }
        return withMomenta(offsets, jet, batch);
    }

    private static SelectedJets withMomenta(int[] offsets, int[] jet, EventBatch batch) {
        double[] pt = batch.doubles("jetPt");
        double[] eta = batch.doubles("jetEta");
        double[] phi = batch.doubles("jetPhi");
        double[] mass = batch.doubles("jetMass");
        int n = jet.length;
        SelectedJets s = new SelectedJets(offsets, jet, new double[n], new double[n], new double[n], new double[n]);
        for (int k = 0; k < n; k++) {
            int j = jet[k];
            s.px[k] = FourMomenta.px(pt[j], phi[j]);
            s.py[k] = FourMomenta.py(pt[j], phi[j]);
            s.pz[k] = FourMomenta.pz(pt[j], eta[j]);
            s.e[k] = FourMomenta.energy(pt[j], eta[j], mass[j]);
        }
        return s;
    }

    private static int[] countPassing(int[] events, int[] jetOffsets, double[] pt, double[] eta, FeatureSettings s) {
        int[] offsets = new int[events.length + 1];
        for (int r = 0; r < events.length; r++) {
            int n = 0;
            for (int j = jetOffsets[events[r]]; j < jetOffsets[events[r] + 1]; j++) {
                n += passes(pt[j], eta[j], s) ? 1 : 0;
            }
            offsets[r + 1] = offsets[r] + n;
        }
        return offsets;
    }

    /** Insertion sort of jet[from, to) by pt, descending: events hold a handful of jets. */
    private static void sortByPtDescending(int[] jet, int from, int to, double[] pt) {
        for (int i = from + 1; i < to; i++) {
            int key = jet[i];
            int k = i - 1;
            while (k >= from && pt[jet[k]] < pt[key]) {
                jet[k + 1] = jet[k];
                k--;
            }
            jet[k + 1] = key;
        }
    }
}
