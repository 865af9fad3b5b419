package org.dineutrino.select;

import java.util.Arrays;

/**
 * Bins of one observable: finite edges, and optionally an overflow bin above the last
 * edge. Values below the first edge, NaN, or above the last edge without overflow fall
 * in no bin.
 *
 * @param edges    strictly increasing bin edges (at least two)
 * @param overflow whether values at or above the last edge form one more bin
 */
public record Binning(double[] edges, boolean overflow) implements Bins {

    public Binning {
        if (edges == null || edges.length < 2) {
            throw new IllegalArgumentException("a binning needs at least two edges, got "
                    + (edges == null ? "none" : Arrays.toString(edges)));
        }
        for (int k = 1; k < edges.length; k++) {
            if (!(edges[k] > edges[k - 1])) {
                throw new IllegalArgumentException("bin edges must be strictly increasing: edge " + k + " ("
                        + edges[k] + ") is not above edge " + (k - 1) + " (" + edges[k - 1] + ") in "
                        + Arrays.toString(edges));
            }
        }
        edges = edges.clone();
    }

    @Override
    public int nBins() {
        return edges.length - 1 + (overflow ? 1 : 0);
    }

    @Override
    public int index(double x, double y) {
        return index(x);
    }

    @Override
    public java.util.List<Binning> axes() {
        return java.util.List.of(this);
    }

    @Override
    public String label(int b) {
        return isOverflow(b) ? "≥ " + format(edges[b]) + " (overflow)"
                : format(edges[b]) + " – " + format(edges[b + 1]);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    /** Bin of x, or -1. */
    public int index(double x) {
        if (!(x >= edges[0])) {
            return -1;
        }
        int last = edges.length - 1;
        if (x >= edges[last]) {
            return overflow ? last : -1;
        }
        int k = Arrays.binarySearch(edges, x);
        return k >= 0 ? k : -k - 2;
    }

    /** Lower edge of bin b. */
    public double low(int b) {
        return edges[b];
    }

    /** Upper edge of bin b; +infinity for the overflow bin. */
    public double high(int b) {
        return b + 1 < edges.length ? edges[b + 1] : Double.POSITIVE_INFINITY;
    }

    public boolean isOverflow(int b) {
        return overflow && b == edges.length - 1;
    }

    /**
     * Width used to turn a per-bin cross section into a density: the bin's width, and for
     * the overflow bin the width of the bin before it (DESIGN.md: plots divide the overflow
     * by the width of the bin before and label it as overflow).
     */
    @Override
    public double plotWidth(int b) {
        return isOverflow(b) ? edges[b] - edges[b - 1] : edges[b + 1] - edges[b];
    }

    /** Whether every edge of this binning is also an edge of the other (the other is as fine or finer). */
    public boolean refines(Binning coarser) {
        for (double e : coarser.edges) {
            if (Arrays.binarySearch(edges, e) < 0) {
                return false;
            }
        }
        return true;
    }
}
