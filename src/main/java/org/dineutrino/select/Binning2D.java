package org.dineutrino.select;

import java.util.List;

/**
 * Two-dimensional bins flattened into one vector: bin = ix + nx * iy, so that the first
 * axis (p_T^nunu) runs fastest.
 */
public record Binning2D(Binning x, Binning y) implements Bins {

    @Override
    public int nBins() {
        return x.nBins() * y.nBins();
    }

    @Override
    public int index(double vx, double vy) {
        int ix = x.index(vx);
        int iy = y.index(vy);
        return ix < 0 || iy < 0 ? -1 : ix + x.nBins() * iy;
    }

    @Override
    public List<Binning> axes() {
        return List.of(x, y);
    }

    @Override
    public double plotWidth(int b) {
        return x.plotWidth(b % x.nBins()) * y.plotWidth(b / x.nBins());
    }

    @Override
    public String label(int b) {
        return x.label(b % x.nBins()) + " × " + y.label(b / x.nBins());
    }
}
