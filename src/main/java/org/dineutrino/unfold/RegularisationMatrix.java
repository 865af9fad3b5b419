package org.dineutrino.unfold;

import java.util.ArrayList;
import java.util.List;

/**
 * The regularisation conditions L (one row per condition, nTruth columns, row-major) for a truth
 * binning, as TUnfoldDensity builds them: in 2D the conditions act along each axis inside each
 * slice of the other. With density factors w_t (1, or 1/bin area in bin-width density mode) a row
 * is
 *
 * <ul>
 *   <li>size: w_t at t;
 *   <li>derivative: −w_t at t, w_{t+1} at its next neighbour along the axis;
 *   <li>curvature: w_{t−1}, −2w_t, w_{t+1} at the previous bin, t and the next bin, the second
 *       difference of the density. (TUnfoldDensity without its 'b' option writes −w_t for the
 *       centre; TUnfold's own curvature and ours use −2.)
 * </ul>
 */
final class RegularisationMatrix {

    private RegularisationMatrix() {}

    /**
     * The conditions L.
     *
     * @return row-major, rows × binning.nBins(); rows = L.length / nBins
     */
    static double[] conditions(
            Binning binning,
            UnfoldSettings.Regularisation mode,
            UnfoldSettings.DensityMode density) {
        int n = binning.nBins();
        double[] factor = densityFactors(binning, density);
        List<double[]> rows = new ArrayList<>();
        if (mode == UnfoldSettings.Regularisation.SIZE) {
            for (int t = 0; t < n; t++) {
                rows.add(row(n, t, factor[t]));
            }
        } else {
            for (int axis = 0; axis < binning.axes().size(); axis++) {
                addAxisConditions(rows, binning, axis, mode, factor);
            }
        }
        double[] l = new double[rows.size() * n];
        for (int k = 0; k < rows.size(); k++) {
            System.arraycopy(rows.get(k), 0, l, k * n, n);
        }
        return l;
    }

    private static void addAxisConditions(
            List<double[]> rows,
            Binning binning,
            int axis,
            UnfoldSettings.Regularisation mode,
            double[] factor) {
        int n = binning.nBins();
        int nAxis = binning.axes().get(axis).nBins();
        for (int t = 0; t < n; t++) {
            int[] index = binning.indices(t);
            int k = index[axis];
            if (mode == UnfoldSettings.Regularisation.DERIVATIVE && k + 1 < nAxis) {
                int next = neighbour(binning, index, axis, k + 1);
                double[] row = row(n, t, -factor[t]);
                row[next] += factor[next];
                rows.add(row);
            } else if (mode == UnfoldSettings.Regularisation.CURVATURE && k > 0 && k + 1 < nAxis) {
                int previous = neighbour(binning, index, axis, k - 1);
                int next = neighbour(binning, index, axis, k + 1);
                double[] row = row(n, t, -2.0 * factor[t]);
                row[previous] += factor[previous];
                row[next] += factor[next];
                rows.add(row);
            }
        }
    }

    private static int neighbour(Binning binning, int[] index, int axis, int k) {
        int[] other = index.clone();
        other[axis] = k;
        return binning.flatIndex(other);
    }

    /** w_t: 1, or 1 / bin area (with the nominal width of an overflow bin). */
    static double[] densityFactors(Binning binning, UnfoldSettings.DensityMode density) {
        double[] factor = new double[binning.nBins()];
        for (int t = 0; t < factor.length; t++) {
            factor[t] =
                    density == UnfoldSettings.DensityMode.BIN_WIDTH ? 1.0 / binning.area(t) : 1.0;
        }
        return factor;
    }

    private static double[] row(int n, int t, double value) {
        double[] row = new double[n];
        row[t] = value;
        return row;
    }

    /** LᵀL, nTruth × nTruth. */
    static double[] gram(double[] l, int nTruth) {
        int rows = l.length / nTruth;
        return Flat.transposeMultiply(l, rows, nTruth, l, nTruth);
    }
}
