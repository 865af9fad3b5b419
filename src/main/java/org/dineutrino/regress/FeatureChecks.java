package org.dineutrino.regress;

import java.util.ArrayList;
import java.util.List;

/** Checks on features before they reach TensorFlow, with messages that name the feature and the event. */
public final class FeatureChecks {

    private FeatureChecks() {
    }

    /**
     * Fails on the first non-finite value (NaN or +-infinity) of the matrix.
     *
     * @param context where the matrix comes from, for the message ("training sample 'ttbar-2018'")
     * @throws InputDataException naming the feature, its value, the row and event index, the batch
     *                            columns it is computed from, and how many values are affected in all
     */
    public static void requireFinite(FeatureMatrix m, String context) {
        int nF = m.nFeatures();
        double[] x = m.values();
        int first = -1;
        int nBad = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                nBad++;
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            int row = first / nF;
            String feature = m.names().get(first % nF);
            throw new InputDataException("feature '" + feature + "' is " + x[first] + " in event "
                    + m.events()[row] + " (row " + row + " of " + context + "; " + nBad
                    + " non-finite feature value(s) in all): the network cannot use non-finite inputs."
                    + " The feature is computed from " + sourceColumns(feature)
                    + "; fix those columns for that event or leave the event out of the selection");
        }
    }

    /** The batch columns a feature is computed from, for messages. */
    static String sourceColumns(String feature) {
        if (feature.startsWith("puppiMet")) {
            return "puppiMet, puppiMetPhi";
        } else if (feature.startsWith("met")) {
            return "met, metPhi";
        } else if (feature.startsWith("lep") || feature.equals("mLL")) {
            return "the tight muons and electrons (pt, eta, phi)";
        } else if (feature.equals("mht") || feature.equals("mLLJets")) {
            return "the jets (jetPt, jetEta, jetPhi, jetMass) and the tight leptons";
        } else if (feature.equals("nPV")) {
            return "nPV";
        }
        return "the jets (jetPt, jetEta, jetPhi, jetMass, jetBtag)";
    }

    /**
     * One sentence saying how two feature lists differ: the names only in one of them, or the first
     * position where the order differs. Empty if they are equal.
     */
    public static String describeMismatch(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return "expected " + expected.size() + " features, got " + actual.size() + "; missing " + missing
                    + ", unexpected " + extra;
        }
        int k = 0;
        int common = Math.min(expected.size(), actual.size());
        while (k < common && expected.get(k).equals(actual.get(k))) {
            k++;
        }
        if (k == common) {
            return "expected " + expected.size() + " features, got " + actual.size() + " (repeated names)";
        }
        return "same features in a different order: position " + k + " is '" + actual.get(k) + "', expected '"
                + expected.get(k) + "'";
    }
}
