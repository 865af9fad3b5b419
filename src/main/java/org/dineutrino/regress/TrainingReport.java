package org.dineutrino.regress;

/**
 * How a training went: loss curves, early stopping, split sizes and speed.
 *
 * @param trainingLoss            per epoch, weighted mean training-mode loss (without L2)
 * @param validationLoss          per epoch, weighted mean inference-mode loss on the validation set
 * @param bestEpoch               the 1-based epoch whose weights the model has
 * @param stopReason              why training ended
 * @param nTrain                  training events
 * @param nValidation             validation events
 * @param nTest                   test events
 * @param testLoss                weighted mean inference-mode loss on the test set
 * @param targetScaleGeV          the scale s of the targets: the network learns (puppi - gen) / s
 * @param trainingSeconds         wall time of the gradient steps, all epochs together [s]
 * @param trainingEventsPerSecond events through gradient steps per second
 */
public record TrainingReport(double[] trainingLoss, double[] validationLoss, int bestEpoch, StopReason stopReason,
                             int nTrain, int nValidation, int nTest, double testLoss, double targetScaleGeV,
                             double trainingSeconds, double trainingEventsPerSecond) {

    /** Why training ended. */
    public enum StopReason {
        /** The validation loss did not improve for `patience` epochs. */
        EARLY_STOPPING,
        /** maxEpochs epochs ran. */
        MAX_EPOCHS
    }

    public int epochsRun() {
        return trainingLoss.length;
    }
}
