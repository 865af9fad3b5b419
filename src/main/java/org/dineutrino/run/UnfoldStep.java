package org.dineutrino.run;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The run's bridge to the unfolding: signal fraction, background subtraction and the
 * method, with the covariance of the input statistics.
 */
final class UnfoldStep {

    /** Relative eigenvalue floor below which the normal matrix counts as singular. */
    private static final double SINGULAR_RELATIVE_EIGENVALUE = 1e-12;

    private UnfoldStep() {
    }

    /**
     * @param migrations     [reco][truth] weighted fiducial signal counts
     * @param missed         [truth] fiducial signal not reconstructed in a reco bin
     * @param fakes          [reco] selected signal-sample events outside the fiducial region
     * @param data           [reco] observed (pseudo-)data
     * @param dataVariance   [reco] its variance
     * @param background     [reco] summed backgrounds
     * @param backgroundVariance [reco] their statistical variance
     */
    record Input(double[][] migrations, double[] missed, double[] fakes, double[] data, double[] dataVariance,
                 double[] background, double[] backgroundVariance) {
    }

    /** Unfolded truth-bin counts and their covariance, plus bin quality figures. */
    record Output(double[] unfolded, double[][] covariance, double[] efficiency) {
    }

    static Output unfold(UnfoldingMethod method, Input in) {
        return method == UnfoldingMethod.BIN_BY_BIN ? binByBin(in) : leastSquares(in);
    }

    /** y_i = (d_i - b_i) S_i / (S_i + F_i), with variance f_i^2 (var d_i + var b_i). */
    private static double[][] signalInput(Input in) {
        int nReco = in.data().length;
        double[] y = new double[nReco];
        double[] vy = new double[nReco];
        for (int r = 0; r < nReco; r++) {
            double s = 0;
            for (double m : in.migrations()[r]) {
                s += m;
            }
            double f = s + in.fakes()[r] > 0 ? s / (s + in.fakes()[r]) : 0;
            y[r] = (in.data()[r] - in.background()[r]) * f;
            vy[r] = f * f * (in.dataVariance()[r] + in.backgroundVariance()[r]);
        }
        return new double[][] {y, vy};
    }

    static double[] efficiency(Input in) {
        int nTruth = in.missed().length;
        double[] eff = new double[nTruth];
        for (int t = 0; t < nTruth; t++) {
            double reco = 0;
            for (double[] row : in.migrations()) {
                reco += row[t];
            }
            double all = reco + in.missed()[t];
            eff[t] = all > 0 ? reco / all : 0;
        }
        return eff;
    }

    /** A[r][t] = migrations[r][t] / (sum_r migrations[r][t] + missed[t]). */
    private static RealMatrix response(Input in) {
        int nReco = in.migrations().length;
        int nTruth = in.missed().length;
        double[][] a = new double[nReco][nTruth];
        for (int t = 0; t < nTruth; t++) {
            double n = in.missed()[t];
            for (int r = 0; r < nReco; r++) {
                n += in.migrations()[r][t];
            }
            if (!(n > 0)) {
                throw new IllegalArgumentException("truth bin " + t + " of the response is empty: no fiducial signal"
                        + " event falls in it; merge it with a neighbour or use a larger signal sample");
            }
            for (int r = 0; r < nReco; r++) {
                a[r][t] = in.migrations()[r][t] / n;
            }
        }
        return new Array2DRowRealMatrix(a, false);
    }

    /** x = (A^T V^-1 A)^-1 A^T V^-1 y, cov x = (A^T V^-1 A)^-1 (generalised least squares, tau = 0). */
    private static Output leastSquares(Input in) {
        RealMatrix a = response(in);
        if (a.getRowDimension() < a.getColumnDimension()) {
            throw new IllegalArgumentException("least squares needs at least as many reco bins as truth bins, got "
                    + a.getRowDimension() + " reco and " + a.getColumnDimension() + " truth bins");
        }
        double[][] yv = signalInput(in);
        RealVector y = new ArrayRealVector(yv[0]);
        RealVector weights = new ArrayRealVector(yv[0].length);
        for (int r = 0; r < yv[1].length; r++) {
            weights.setEntry(r, 1.0 / Math.max(yv[1][r], 1.0));
        }
        RealMatrix atw = a.transpose().copy();
        for (int r = 0; r < atw.getColumnDimension(); r++) {
            for (int t = 0; t < atw.getRowDimension(); t++) {
                atw.multiplyEntry(t, r, weights.getEntry(r));
            }
        }
        RealMatrix normal = atw.multiply(a);
        RealMatrix cov = invertSymmetric(normal);
        RealVector x = cov.operate(atw.operate(y));
        return new Output(x.toArray(), cov.getData(), efficiency(in));
    }

    private static RealMatrix invertSymmetric(RealMatrix m) {
        EigenDecomposition eig = new EigenDecomposition(m);
        double[] values = eig.getRealEigenvalues();
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        for (double v : values) {
            if (v <= SINGULAR_RELATIVE_EIGENVALUE * max) {
                throw new IllegalArgumentException("the response matrix is singular (eigenvalue " + v + " of A^T V^-1 A"
                        + " against largest " + max + "): some truth bins cannot be told apart; use coarser bins");
            }
        }
        return eig.getSolver().getInverse();
    }

    /**
     * x_t = y_t * T_t / R_t with T_t the fiducial truth and R_t the reconstructed signal in
     * bin t; reco and truth bins must be the same.
     */
    private static Output binByBin(Input in) {
        int n = in.missed().length;
        if (in.data().length != n) {
            throw new IllegalArgumentException("bin-by-bin needs the same bins at both levels, got " + in.data().length
                    + " reco and " + n + " truth bins");
        }
        double[][] yv = signalInput(in);
        double[] x = new double[n];
        double[][] cov = new double[n][n];
        for (int t = 0; t < n; t++) {
            double truth = in.missed()[t];
            for (double[] row : in.migrations()) {
                truth += row[t];
            }
            double reco = 0;
            for (double m : in.migrations()[t]) {
                reco += m;
            }
            if (!(reco > 0)) {
                throw new IllegalArgumentException("bin-by-bin: reco bin " + t + " has no signal; correction factor"
                        + " undefined");
            }
            double c = truth / reco;
            x[t] = c * yv[0][t];
            cov[t][t] = c * c * yv[1][t];
        }
        return new Output(x, cov, efficiency(in));
    }
}
