package org.dineutrino.regress;

import java.util.Objects;

/**
 * Everything that defines a MET-regression model: its features, its network and its training.
 * Stored in the model's manifest.
 */
public record RegressionSettings(FeatureSettings features, NetworkSettings network, TrainingSettings training) {

    public RegressionSettings {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(training, "training");
    }

    /** The defaults of each part; they train in a few minutes on 2 cores on 100k events. */
    public static RegressionSettings defaults() {
        return new RegressionSettings(FeatureSettings.defaults(), NetworkSettings.defaults(),
                TrainingSettings.defaults());
    }
}
