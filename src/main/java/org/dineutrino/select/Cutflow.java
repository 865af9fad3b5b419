package org.dineutrino.select;

/**
 * Weighted and raw event counts after each cut step, per channel. Row 0 counts every
 * event read (the sample's kept events; no channel yet, so only the total column);
 * row s + 1 counts the events that pass {@link CutStep} s and all before it.
 */
public final class Cutflow {

    /** Columns: the three channels, then all channels together. */
    public static final int N_COLUMNS = Channel.values().length + 1;
    public static final int TOTAL = Channel.values().length;

    private final int nRows = CutStep.COUNT + 1;
    private final double[] sumWeights = new double[nRows * N_COLUMNS];
    private final double[] sumWeights2 = new double[nRows * N_COLUMNS];
    private final long[] counts = new long[nRows * N_COLUMNS];

    /** Adds a selected batch: weights[i] is the event's luminosity-scaled weight. */
    public void fill(RecoSelection.Result selection, double[] weights) {
        fill(selection, weights, null);
    }

    /**
     * Adds the events of a batch for which {@code include[i]} is true (every event when it is null):
     * how a sample is split into parts, such as tt&#772; signal and tt&#772; other.
     */
    public void fill(RecoSelection.Result selection, double[] weights, boolean[] include) {
        int[] steps = selection.stepsPassed();
        int[] channel = selection.channel();
        for (int i = 0; i < steps.length; i++) {
            if (include != null && !include[i]) {
                continue;
            }
            add(0, TOTAL, weights[i]);
            for (int s = 1; s <= steps[i]; s++) {
                add(s, channel[i], weights[i]);
                add(s, TOTAL, weights[i]);
            }
        }
    }

    private void add(int row, int column, double w) {
        int k = row * N_COLUMNS + column;
        sumWeights[k] += w;
        sumWeights2[k] += w * w;
        counts[k]++;
    }

    public int nRows() {
        return nRows;
    }

    public double sumWeights(int row, int column) {
        return sumWeights[row * N_COLUMNS + column];
    }

    public double sumWeights2(int row, int column) {
        return sumWeights2[row * N_COLUMNS + column];
    }

    public long count(int row, int column) {
        return counts[row * N_COLUMNS + column];
    }
}
