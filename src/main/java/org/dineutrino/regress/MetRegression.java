package org.dineutrino.regress;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Trains the MET-regression network (DESIGN.md, "MET regression"): a feed-forward network that
 * predicts x and y of PUPPI p_T^miss - gen p_T^miss from reconstructed features, so that
 * corrected p_T^miss = PUPPI - prediction.
 *
 * <p>Steps: check that every feature and target is finite; split the events (train / validation
 * / test) with the seed; standardise the features and scale the targets on the training rows;
 * weight events to flatten the gen p_T^miss spectrum; minimise the weighted robust loss with Adam
 * in shuffled batches; after each epoch report the losses, stop when the validation loss has not
 * improved for `patience` epochs and restore the best epoch's weights; evaluate on the test set.
 */
public final class MetRegression {

    private MetRegression() {
    }

    /**
     * Trains a model.
     *
     * @param data       features and MET vectors of the training sample's selected events (simulation
     *                   statistically independent of the samples the model will be applied to)
     * @param settings   features, network and training settings; the features of data must be those of
     *                   settings.features()
     * @param listener   told after each epoch (epoch, training loss, validation loss)
     * @param cancelled  checked before each epoch and every few batches; true stops training
     * @param provenance facts stored in the manifest (training sample name, checksum, ...)
     * @return the model with the best epoch's weights; the caller closes it
     * @throws InputDataException         if a feature or target is NaN or infinite (naming the feature and
     *                                    the event) or the sample is too small, before any training step
     * @throws TrainingCancelledException if cancelled returned true
     * @throws NumericalFailureException  if the training loss becomes non-finite
     */
    public static MetModel train(RegressionData data, RegressionSettings settings, EpochListener listener,
                                 BooleanSupplier cancelled, Map<String, String> provenance) {
        Trainer.checkInputs(data, settings);
        Trainer trainer = new Trainer(data, settings);
        try {
            return trainer.run(listener, cancelled, provenance);
        } catch (RuntimeException e) {
            trainer.closeQuietly(e);
            throw e;
        }
    }

    /** {@link #train(RegressionData, RegressionSettings, EpochListener, BooleanSupplier, Map)} without extras. */
    public static MetModel train(RegressionData data, RegressionSettings settings) {
        return train(data, settings, EpochListener.NONE, () -> false, Map.of());
    }
}
