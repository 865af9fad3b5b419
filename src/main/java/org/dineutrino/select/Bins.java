package org.dineutrino.select;

import java.util.List;

/**
 * The bins of an observable, one axis ({@link Binning}) or two ({@link Binning2D}, flattened
 * with the first axis running fastest, as DESIGN.md's 2D distributions do).
 */
public interface Bins {

    int nBins();

    /** Bin of the value (x, y), or -1; one-axis bins ignore y. */
    int index(double x, double y);

    /** The axes, first (fastest) first. */
    List<Binning> axes();

    /**
     * Width (or area) that turns a per-bin cross section into a density; an overflow bin
     * counts with the width of the bin before it (DESIGN.md).
     */
    double plotWidth(int b);

    /** The bin's range as people read it, e.g. "40 – 68" or "≥ 410 (overflow) × 0 – 0.56". */
    String label(int b);
}
