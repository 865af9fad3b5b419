package org.dineutrino.select;

/** A weighted 1D histogram over a {@link Binning}: sum of weights and of squared weights per bin. */
public final class Histogram {

    private final Binning binning;
    private final double[] sumWeights;
    private final double[] sumWeights2;

    public Histogram(Binning binning) {
        this.binning = binning;
        this.sumWeights = new double[binning.nBins()];
        this.sumWeights2 = new double[binning.nBins()];
    }

    public void fill(double x, double w) {
        int b = binning.index(x);
        if (b >= 0) {
            sumWeights[b] += w;
            sumWeights2[b] += w * w;
        }
    }

    public Binning binning() {
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
