package org.dineutrino.regress;

/**
 * Per-feature standardisation z = (x - mean) / std, fitted on the training rows and stored with
 * the model, so that inference applies exactly what training saw.
 *
 * @param means mean of each feature over the training rows
 * @param stds  standard deviation of each feature (population, 1/N); {@link #MIN_STD} replaces
 *              smaller values
 */
public record Standardisation(double[] means, double[] stds) {

    /**
     * Floor for a feature's standard deviation. A constant feature (a jet slot that is empty in
     * every training event) would divide by zero; with std = 1 it maps to 0 and stays 0.
     */
    public static final double MIN_STD = 1e-9;

    public Standardisation {
        if (means.length != stds.length) {
            throw new IllegalArgumentException("standardisation has " + means.length + " means but " + stds.length
                    + " standard deviations");
        }
    }

    /**
     * Means and standard deviations of each feature over the given rows (two-pass: mean, then the
     * centred second moment, which keeps round-off small for features with a large mean).
     */
    public static Standardisation fit(FeatureMatrix m, int[] rows) {
        if (rows.length == 0) {
            throw new InputDataException("cannot standardise features on an empty training set");
        }
        int nF = m.nFeatures();
        double[] x = m.values();
        double[] mean = new double[nF];
        for (int r : rows) {
            for (int f = 0; f < nF; f++) {
                mean[f] += x[r * nF + f];
            }
        }
        for (int f = 0; f < nF; f++) {
            mean[f] /= rows.length;
        }
        double[] var = new double[nF];
        for (int r : rows) {
            for (int f = 0; f < nF; f++) {
                double d = x[r * nF + f] - mean[f];
                var[f] += d * d;
            }
        }
        double[] std = new double[nF];
        for (int f = 0; f < nF; f++) {
            double s = Math.sqrt(var[f] / rows.length);
            std[f] = s < MIN_STD ? 1.0 : s;
        }
        return new Standardisation(mean, std);
    }

    public int nFeatures() {
        return means.length;
    }
}
