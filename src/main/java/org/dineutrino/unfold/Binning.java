package org.dineutrino.unfold;

import java.util.Arrays;
import java.util.List;

/**
 * The bins of one level (truth or reco) of an unfolding problem: one axis for a 1D distribution,
 * two for a 2D one. A multi-dimensional distribution is a flattened vector with the first axis
 * running fastest: flat index = i_0 + n_0·i_1 (p_T^νν first, then min Δφ, as DESIGN.md's 2D
 * binning).
 *
 * <p>An overflow bin is the last bin of an axis with {@link Axis#overflow()} set; its upper edge is
 * a finite nominal value that only bin-width density mode uses.
 *
 * @param axes the axes, first (fastest) axis first; at least one
 */
public record Binning(List<Axis> axes) {

    /**
     * One axis: its bin edges in the observable's unit (GeV for p_T^νν, rad for min Δφ).
     *
     * @param name the observable, e.g. {@code ptNuNu}
     * @param edges strictly increasing finite edges, length nBins + 1 ≥ 2
     * @param overflow whether the last bin is an overflow bin with a nominal upper edge
     */
    public record Axis(String name, double[] edges, boolean overflow) {

        /** Checks the edges: at least two, finite, strictly increasing. */
        public Axis {
            if (edges == null || edges.length < 2) {
                throw new InputDataException(
                        "axis " +
                                name +
                                ": needs at least 2 edges, got " +
                                (edges == null ? "none" : edges.length));
            }
            edges = edges.clone();
            for (int k = 0; k < edges.length; k++) {
                if (!Double.isFinite(edges[k]) || (k > 0 && edges[k] <= edges[k - 1])) {
                    throw new InputDataException(
                            "axis " +
                                    name +
                                    ": edges must be finite and " +
                                    "strictly increasing, got " +
                                    Arrays.toString(edges) +
                                    " (at edge " +
                                    k +
                                    "); give an overflow bin a finite nominal upper edge");
                }
            }
        }

        /** Number of bins of this axis. */
        public int nBins() {
            return edges.length - 1;
        }

        /** Width of bin k, upper minus lower edge (the nominal width for an overflow bin). */
        public double width(int k) {
            return edges[k + 1] - edges[k];
        }

        /** Centre of bin k. */
        public double centre(int k) {
            return 0.5 * (edges[k] + edges[k + 1]);
        }

        @Override
        public double[] edges() {
            return edges.clone();
        }
    }

    /** Copies the axis list; at least one axis. */
    public Binning {
        if (axes == null || axes.isEmpty()) {
            throw new InputDataException("binning needs at least one axis, got none");
        }
        axes = List.copyOf(axes);
    }

    /** A 1D binning of one axis. */
    public static Binning of(String name, double[] edges, boolean overflow) {
        return new Binning(List.of(new Axis(name, edges, overflow)));
    }

    /** A binning of nBins unit-width bins on [0, nBins]: the default when none is given. */
    public static Binning unitBins(int nBins) {
        double[] edges = new double[nBins + 1];
        for (int k = 0; k <= nBins; k++) {
            edges[k] = k;
        }
        return of("bin", edges, false);
    }

    /** Total number of bins, the product of the axes' bin counts. */
    public int nBins() {
        int n = 1;
        for (Axis axis : axes) {
            n *= axis.nBins();
        }
        return n;
    }

    /** Number of bins per axis, first axis first. */
    public int[] shape() {
        int[] shape = new int[axes.size()];
        for (int a = 0; a < shape.length; a++) {
            shape[a] = axes.get(a).nBins();
        }
        return shape;
    }

    /** Per-axis bin indices of a flat index (first axis fastest). */
    public int[] indices(int flatIndex) {
        int[] index = new int[axes.size()];
        int rest = flatIndex;
        for (int a = 0; a < index.length; a++) {
            int n = axes.get(a).nBins();
            index[a] = rest % n;
            rest /= n;
        }
        return index;
    }

    /** Flat index of per-axis bin indices (first axis fastest). */
    public int flatIndex(int[] index) {
        int flat = 0;
        int stride = 1;
        for (int a = 0; a < index.length; a++) {
            flat += index[a] * stride;
            stride *= axes.get(a).nBins();
        }
        return flat;
    }

    /** Bin area: the product of the widths along every axis (nominal width for overflow). */
    public double area(int flatIndex) {
        int[] index = indices(flatIndex);
        double area = 1.0;
        for (int a = 0; a < index.length; a++) {
            area *= axes.get(a).width(index[a]);
        }
        return area;
    }
}
