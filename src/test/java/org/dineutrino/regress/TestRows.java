package org.dineutrino.regress;

/** Test helpers that pick rows out of regression inputs. */
final class TestRows {

    private TestRows() {
    }

    /** The given rows of a feature matrix, in that order. */
    static FeatureMatrix subset(FeatureMatrix m, int[] rows) {
        int nF = m.nFeatures();
        double[] values = new double[rows.length * nF];
        int[] events = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(m.values(), rows[k] * nF, values, k * nF, nF);
            events[k] = m.events()[rows[k]];
        }
        return new FeatureMatrix(m.names(), events, values);
    }

    /** Small, fast settings for tests that need a trained model but not a good one. */
    static RegressionSettings tiny(long seed, int maxEpochs) {
        NetworkSettings net = new NetworkSettings(java.util.List.of(16, 16), true, 0.9, 0.1, 0.1, 1e-5,
                LossFunction.LOG_COSH, 1.0);
        TrainingSettings ts = new TrainingSettings(3e-3, 128, maxEpochs, 3, 1e-3, 0.6, 0.2, 300, 15, 5, seed, true);
        return new RegressionSettings(FeatureSettings.defaults(), net, ts);
    }
}
