package org.dineutrino.regress;

/** Thrown by training when its cancellation check returned true; no model is produced. */
public final class TrainingCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The last epoch that completed before the cancellation was seen (0 if none). */
    private final int completedEpochs;

    public TrainingCancelledException(int completedEpochs) {
        super("MET-regression training cancelled after " + completedEpochs + " completed epoch(s)");
        this.completedEpochs = completedEpochs;
    }

    public int completedEpochs() {
        return completedEpochs;
    }
}
