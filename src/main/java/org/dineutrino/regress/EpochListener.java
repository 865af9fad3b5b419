package org.dineutrino.regress;

/** Told after every training epoch, for a progress bar and a live loss chart. */
@FunctionalInterface
public interface EpochListener {

    /** A listener that ignores every epoch. */
    EpochListener NONE = (epoch, trainingLoss, validationLoss) -> {
    };

    /**
     * @param epoch          the epoch that just finished, 1-based (at most the maxEpochs setting)
     * @param trainingLoss   weighted mean loss over the epoch's batches, training mode, without L2
     * @param validationLoss weighted mean loss on the validation set, inference mode
     */
    void onEpoch(int epoch, double trainingLoss, double validationLoss);
}
