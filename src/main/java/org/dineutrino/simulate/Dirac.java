package org.dineutrino.simulate;

/**
 * Complex 4x4 matrices for Dirac algebra, stored as {@code double[32]} with entry (r, c) at
 * re = [2 (4r + c)], im = [2 (4r + c) + 1]. Used once at start-up to tabulate the tW matrix
 * element by numerical traces ({@link TwMatrixElement}); never in the event loop.
 *
 * <p>Dirac representation: gamma^0 = diag(1, 1, -1, -1), gamma^i = ((0, sigma_i), (-sigma_i, 0)),
 * gamma^5 = ((0, 1), (1, 0)); metric (+, -, -, -); p-slash = gamma^0 E - gamma^1 px - gamma^2 py - gamma^3 pz.
 */
final class Dirac {

    static final int SIZE = 32;
    /** gamma^mu, mu = 0..3. */
    static final double[][] GAMMA = new double[4][];
    static final double[] GAMMA5;
    static final double[] IDENTITY;
    /** Left projector P_L = (1 - gamma^5)/2. */
    static final double[] PL;
    /** Metric diagonal g_mumu. */
    static final double[] METRIC = {1, -1, -1, -1};

    static {
        double[] g0 = new double[SIZE];
        set(g0, 0, 0, 1, 0);
        set(g0, 1, 1, 1, 0);
        set(g0, 2, 2, -1, 0);
        set(g0, 3, 3, -1, 0);
        GAMMA[0] = g0;
        // sigma_x = ((0,1),(1,0)), sigma_y = ((0,-i),(i,0)), sigma_z = ((1,0),(0,-1))
        double[][][] sigma = {
            {{0, 0, 1, 0}, {1, 0, 0, 0}},
            {{0, 0, 0, -1}, {0, 1, 0, 0}},
            {{1, 0, 0, 0}, {0, 0, -1, 0}},
        };
        for (int i = 0; i < 3; i++) {
            double[] g = new double[SIZE];
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    double re = sigma[i][r][2 * c];
                    double im = sigma[i][r][2 * c + 1];
                    set(g, r, c + 2, re, im);
                    set(g, r + 2, c, -re, -im);
                }
            }
            GAMMA[i + 1] = g;
        }
        GAMMA5 = new double[SIZE];
        IDENTITY = new double[SIZE];
        for (int r = 0; r < 2; r++) {
            set(GAMMA5, r, r + 2, 1, 0);
            set(GAMMA5, r + 2, r, 1, 0);
        }
        for (int r = 0; r < 4; r++) {
            set(IDENTITY, r, r, 1, 0);
        }
        PL = linear(0.5, IDENTITY, -0.5, GAMMA5);
    }

    private Dirac() {
    }

    static void set(double[] m, int r, int c, double re, double im) {
        m[2 * (4 * r + c)] = re;
        m[2 * (4 * r + c) + 1] = im;
    }

    /** a A + b B (real coefficients). */
    static double[] linear(double a, double[] x, double b, double[] y) {
        double[] out = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = a * x[i] + b * y[i];
        }
        return out;
    }

    /** p-slash + mass * 1 for p = (E, px, py, pz) given as (px, py, pz, E). */
    static double[] slash(double px, double py, double pz, double e, double mass) {
        double[] out = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = e * GAMMA[0][i] - px * GAMMA[1][i] - py * GAMMA[2][i] - pz * GAMMA[3][i] + mass * IDENTITY[i];
        }
        return out;
    }

    /** Matrix product A B. */
    static double[] multiply(double[] a, double[] b) {
        double[] out = new double[SIZE];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 4; k++) {
                    int ia = 2 * (4 * r + k);
                    int ib = 2 * (4 * k + c);
                    re += a[ia] * b[ib] - a[ia + 1] * b[ib + 1];
                    im += a[ia] * b[ib + 1] + a[ia + 1] * b[ib];
                }
                out[2 * (4 * r + c)] = re;
                out[2 * (4 * r + c) + 1] = im;
            }
        }
        return out;
    }

    /** Product of several matrices, left to right. */
    static double[] product(double[]... factors) {
        double[] out = factors[0];
        for (int i = 1; i < factors.length; i++) {
            out = multiply(out, factors[i]);
        }
        return out;
    }

    /** The Dirac adjoint gamma^0 A^dagger gamma^0. */
    static double[] bar(double[] a) {
        double[] dagger = new double[SIZE];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                dagger[2 * (4 * r + c)] = a[2 * (4 * c + r)];
                dagger[2 * (4 * r + c) + 1] = -a[2 * (4 * c + r) + 1];
            }
        }
        return product(GAMMA[0], dagger, GAMMA[0]);
    }

    /** Real part of trace(A B) = sum_ij A_ij B_ji. */
    static double traceOfProductRe(double[] a, double[] b) {
        double re = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                int ia = 2 * (4 * i + j);
                int ib = 2 * (4 * j + i);
                re += a[ia] * b[ib] - a[ia + 1] * b[ib + 1];
            }
        }
        return re;
    }
}
