package org.dineutrino.regress;

/**
 * How the network is trained.
 *
 * @param learningRate       Adam step size
 * @param batchSize          events per gradient step; the incomplete last batch of an epoch is left
 *                           out (other events each epoch, as the order is reshuffled)
 * @param maxEpochs          upper limit of passes over the training rows
 * @param patience           stop after this many epochs without a validation-loss improvement, and
 *                           restore the weights of the best epoch
 * @param minImprovement     relative decrease of the validation loss that counts as an improvement
 * @param trainFraction      fraction of the events used for training
 * @param validationFraction fraction used for early stopping; the rest is the test set
 * @param flattenMaxGeV      upper edge of the flattened gen p_T^miss range [GeV]
 * @param flattenBins        number of bins of the flattening histogram
 * @param flattenMaxWeight   cap on a flattening weight
 * @param seed               seeds the split, the batch order, the initial weights and dropout
 * @param singleThreaded     run TensorFlow on one thread, which makes training bit-reproducible
 */
public record TrainingSettings(double learningRate, int batchSize, int maxEpochs, int patience,
                               double minImprovement, double trainFraction, double validationFraction,
                               double flattenMaxGeV, int flattenBins, double flattenMaxWeight, long seed,
                               boolean singleThreaded) {

    public TrainingSettings {
        if (!(learningRate > 0) || batchSize < 2 || maxEpochs < 1 || patience < 1 || !(minImprovement >= 0)) {
            throw new IllegalArgumentException("need learningRate > 0, batchSize >= 2, maxEpochs >= 1, patience >= 1"
                    + " and minImprovement >= 0, got " + learningRate + ", " + batchSize + ", " + maxEpochs + ", "
                    + patience + ", " + minImprovement);
        }
        if (!(trainFraction > 0) || !(validationFraction > 0) || !(trainFraction + validationFraction < 1)) {
            throw new IllegalArgumentException("train and validation fractions must be > 0 with a sum < 1 "
                    + "(the rest is the test set), got " + trainFraction + " and " + validationFraction);
        }
        if (!(flattenMaxGeV > 0) || flattenBins < 1 || !(flattenMaxWeight >= 1)) {
            throw new IllegalArgumentException("flattening needs flattenMaxGeV > 0, flattenBins >= 1 and "
                    + "flattenMaxWeight >= 1, got " + flattenMaxGeV + " GeV, " + flattenBins + ", " + flattenMaxWeight);
        }
    }

    /**
     * Defaults: Adam 1e-3, batches of 256, at most 50 epochs with patience 5, 60/20/20 split,
     * flattening on 0-300 GeV in 15 bins (20 GeV each) with weights capped at 5, seed 1, two threads.
     */
    public static TrainingSettings defaults() {
        return new TrainingSettings(1e-3, 256, 50, 5, 1e-3, 0.6, 0.2, 300.0, 15, 5.0, 1L, false);
    }

    /** These settings with another seed. */
    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(learningRate, batchSize, maxEpochs, patience, minImprovement, trainFraction,
                validationFraction, flattenMaxGeV, flattenBins, flattenMaxWeight, newSeed, singleThreaded);
    }

    /** These settings with another epoch limit. */
    public TrainingSettings withMaxEpochs(int newMaxEpochs) {
        return new TrainingSettings(learningRate, batchSize, newMaxEpochs, patience, minImprovement, trainFraction,
                validationFraction, flattenMaxGeV, flattenBins, flattenMaxWeight, seed, singleThreaded);
    }

    /** These settings, single-threaded or not. */
    public TrainingSettings withSingleThreaded(boolean single) {
        return new TrainingSettings(learningRate, batchSize, maxEpochs, patience, minImprovement, trainFraction,
                validationFraction, flattenMaxGeV, flattenBins, flattenMaxWeight, seed, single);
    }
}
