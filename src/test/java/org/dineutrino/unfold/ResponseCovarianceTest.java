package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The response-statistics covariance against brute force: central finite differences of the
 * unfolded values with respect to every migrations, missed and fakes entry, weighted by its sumw2
 * variance. Independent of the analytic tangents (it only calls the unfolding).
 *
 * <p>The linearisation holds V_yy, the bias and the prior fixed (as TUnfoldSys and RooUnfoldBayes
 * do), so the cases are chosen where x does not depend on them: bias scale 0 for Tikhonov, a
 * uniform prior for the iterative method (the truth prior moves with the migrations), no fakes for
 * overdetermined least squares (with fakes V_yy would move with the signal fraction), square
 * inversion, bin-by-bin and iterative (which never weight by V_yy).
 */
class ResponseCovarianceTest {

    /**
     * Central differences with steps of 1e-5 of each entry: truncation ~1e-10, round-off ~1e-11.
     */
    private static final double FINITE_DIFFERENCE_TOLERANCE = 1e-6;

    private static final double[][] TALL = {
        {400, 60, 5}, {150, 200, 20}, {30, 260, 70}, {5, 90, 210}, {0, 15, 240}, {2, 1, 80}
    };
    private static final double[] TALL_MISSED = {1415, 1375, 875};
    private static final double[] TALL_DATA = {470, 380, 370, 300, 250, 85};
    private static final double[][] SQUARE = {{800, 120, 10}, {150, 700, 140}, {10, 130, 600}};
    private static final double[] SQUARE_MISSED = {540, 550, 750};
    private static final double[] SQUARE_DATA = {960, 1010, 760};
    private static final double[] FAKES_3 = {40, 30, 20};
    private static final double[] FAKES_6 = {20, 15, 12, 10, 8, 5};

    /** Weighted errors: sumw2 of events with weight 1.3 (σ = 1.3 √(B/1.3)), so not Poisson. */
    private static double[][] errors(double[][] b) {
        double[][] e = new double[b.length][b[0].length];
        for (int r = 0; r < b.length; r++) {
            for (int t = 0; t < b[0].length; t++) {
                e[r][t] = Math.sqrt(1.3 * b[r][t]);
            }
        }
        return e;
    }

    private static double[] errors(double[] v) {
        double[] e = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            e[i] = Math.sqrt(1.3 * v[i]);
        }
        return e;
    }

    private static UnfoldInput input(double[][] b, double[] missed, double[] data, double[] fakes) {
        Response r = new Response.Migrations(b, missed, errors(b), errors(missed));
        return new UnfoldInput(
                r, data, null, fakes, fakes == null ? null : errors(fakes), List.of(), null, null);
    }

    private static double[] unfold(
            double[][] b, double[] missed, double[] data, double[] fakes, UnfoldSettings s) {
        return Unfolder.unfold(input(b, missed, data, fakes), s).unfolded();
    }

    /** Σ over entries θ of (∂x/∂θ)(∂x/∂θ)ᵀ σ²_{θ}, by central differences. */
    private static double[][] bruteForce(
            double[][] b, double[] missed, double[] data, double[] fakes, UnfoldSettings s) {
        int n = b[0].length;
        double[][] v = new double[n][n];
        for (int r = 0; r < b.length; r++) {
            for (int t = 0; t < n; t++) {
                double[][] up = copy(b);
                double[][] down = copy(b);
                double h = 1e-5 * Math.max(b[r][t], 1.0);
                up[r][t] += h;
                down[r][t] = Math.max(0.0, down[r][t] - h);
                double step = up[r][t] - down[r][t];
                add(
                        v,
                        unfold(up, missed, data, fakes, s),
                        unfold(down, missed, data, fakes, s),
                        step,
                        1.3 * b[r][t]);
            }
        }
        for (int t = 0; t < n; t++) {
            double h = 1e-5 * missed[t];
            double[] up = missed.clone();
            double[] down = missed.clone();
            up[t] += h;
            down[t] -= h;
            add(
                    v,
                    unfold(b, up, data, fakes, s),
                    unfold(b, down, data, fakes, s),
                    2 * h,
                    1.3 * missed[t]);
        }
        for (int r = 0; fakes != null && r < fakes.length; r++) {
            double h = 1e-5 * fakes[r];
            double[] up = fakes.clone();
            double[] down = fakes.clone();
            up[r] += h;
            down[r] -= h;
            add(
                    v,
                    unfold(b, missed, data, up, s),
                    unfold(b, missed, data, down, s),
                    2 * h,
                    1.3 * fakes[r]);
        }
        return v;
    }

    private static void add(
            double[][] v, double[] up, double[] down, double step, double variance) {
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                v[i][j] += (up[i] - down[i]) / step * (up[j] - down[j]) / step * variance;
            }
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static void assertMatches(
            double[][] b, double[] missed, double[] data, double[] fakes, UnfoldSettings s) {
        RealMatrix analytic =
                Unfolder.unfold(input(b, missed, data, fakes), s).covarianceResponse();
        double[][] expected = bruteForce(b, missed, data, fakes, s);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                double scale = Math.sqrt(expected[i][i] * expected[j][j]);
                assertEquals(
                        expected[i][j],
                        analytic.getEntry(i, j),
                        FINITE_DIFFERENCE_TOLERANCE * scale,
                        s.method() + " V[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void least_squares_response_covariance_matches_finite_differences() {
        assertMatches(TALL, TALL_MISSED, TALL_DATA, null, UnfoldSettings.leastSquares());
    }

    @Test
    void least_squares_with_area_constraint_matches_finite_differences() {
        assertMatches(
                TALL,
                TALL_MISSED,
                TALL_DATA,
                null,
                UnfoldSettings.builder(UnfoldSettings.Method.LEAST_SQUARES)
                        .areaConstraint(true)
                        .build());
    }

    @Test
    void tikhonov_response_covariance_matches_finite_differences() {
        assertMatches(
                TALL,
                TALL_MISSED,
                TALL_DATA,
                null,
                UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                        .tau(0.005)
                        .biasScale(0.0)
                        .areaConstraint(true)
                        .build());
    }

    @Test
    void inversion_with_fakes_includes_the_signal_fraction_statistics() {
        assertMatches(SQUARE, SQUARE_MISSED, SQUARE_DATA, FAKES_3, UnfoldSettings.leastSquares());
    }

    @Test
    void bin_by_bin_with_fakes_matches_finite_differences() {
        assertMatches(SQUARE, SQUARE_MISSED, SQUARE_DATA, FAKES_3, UnfoldSettings.binByBin());
    }

    @Test
    void iterative_with_fakes_matches_finite_differences() {
        assertMatches(
                TALL,
                TALL_MISSED,
                TALL_DATA,
                FAKES_6,
                UnfoldSettings.builder(UnfoldSettings.Method.ITERATIVE)
                        .iterations(3)
                        .prior(UnfoldSettings.Prior.uniform())
                        .build());
    }
}
