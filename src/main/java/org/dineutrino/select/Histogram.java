package org.dineutrino.select;

/** A weighted histogram over {@link Bins} (1D or flattened 2D): sums of weights and of squared weights per bin. */
public final class Histogram {

    private final Bins binning;
    private final double[] sumWeights;
    private final double[] sumWeights2;

    public Histogram(Bins binning) {
        this.binning = binning;
        this.sumWeights = new double[binning.nBins()];
        this.sumWeights2 = new double[binning.nBins()];
    }

    public void fill(double x, double w) {
        fill(x, Double.NaN, w);
    }

    /** Fills (x, y); one-axis bins ignore y. */
    public void fill(double x, double y, double w) {
        int b = binning.index(x, y);
        if (b >= 0) {
            sumWeights[b] += w;
            sumWeights2[b] += w * w;
        }
    }

    public Bins binning() {
        return binning;
    }

    public double[] sumWeights() {
        return sumWeights.clone();
    }

    public double[] sumWeights2() {
        return sumWeights2.clone();
    }

    /** Adds another histogram of the same binning, scaled by {@code scale} (sumw2 by scale^2). */
    public void add(Histogram other, double scale) {
        for (int b = 0; b < sumWeights.length; b++) {
            sumWeights[b] += scale * other.sumWeights[b];
            sumWeights2[b] += scale * scale * other.sumWeights2[b];
        }
    }
}
