package org.dineutrino.unfold;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Small dense kernels on flat row-major arrays: element (i, j) of an n × m matrix is {@code a[i * m
 * + j]}. Products of an n × k by a k × m matrix cost n·k·m multiply-adds.
 */
final class Flat {

    private Flat() {}

    /** C = A B for A n × k, B k × m. */
    static double[] multiply(double[] a, int n, int k, double[] b, int m) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double ail = a[i * k + l];
                if (ail == 0.0) {
                    continue;
                }
                int bRow = l * m;
                int cRow = i * m;
                for (int j = 0; j < m; j++) {
                    c[cRow + j] += ail * b[bRow + j];
                }
            }
        }
        return c;
    }

    /** C = Aᵀ B for A k × n, B k × m. */
    static double[] transposeMultiply(double[] a, int k, int n, double[] b, int m) {
        double[] c = new double[n * m];
        for (int l = 0; l < k; l++) {
            for (int i = 0; i < n; i++) {
                double ali = a[l * n + i];
                if (ali == 0.0) {
                    continue;
                }
                int bRow = l * m;
                int cRow = i * m;
                for (int j = 0; j < m; j++) {
                    c[cRow + j] += ali * b[bRow + j];
                }
            }
        }
        return c;
    }

    /** y = A v for A n × m. */
    static double[] apply(double[] a, int n, int m, double[] v) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            int row = i * m;
            for (int j = 0; j < m; j++) {
                sum += a[row + j] * v[j];
            }
            y[i] = sum;
        }
        return y;
    }

    /** y = Aᵀ v for A n × m (y has length m). */
    static double[] applyTransposed(double[] a, int n, int m, double[] v) {
        double[] y = new double[m];
        for (int i = 0; i < n; i++) {
            double vi = v[i];
            if (vi == 0.0) {
                continue;
            }
            int row = i * m;
            for (int j = 0; j < m; j++) {
                y[j] += a[row + j] * vi;
            }
        }
        return y;
    }

    /** D V Dᵀ for D n × m and V m × m: n·m·(m + n) multiply-adds. */
    static double[] sandwich(double[] d, int n, int m, double[] v) {
        double[] dv = multiply(d, n, m, v, m);
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0.0;
                for (int l = 0; l < m; l++) {
                    sum += dv[i * m + l] * d[j * m + l];
                }
                out[i * n + j] = sum;
                out[j * n + i] = sum;
            }
        }
        return out;
    }

    /** Diagonal of D V Dᵀ for D n × m and V m × m. */
    static double[] sandwichDiagonal(double[] d, int n, int m, double[] v) {
        double[] out = new double[n];
        double[] dv = new double[m];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(dv, 0.0);
            for (int l = 0; l < m; l++) {
                double dil = d[i * m + l];
                if (dil != 0.0) {
                    for (int j = 0; j < m; j++) {
                        dv[j] += dil * v[l * m + j];
                    }
                }
            }
            double sum = 0.0;
            for (int j = 0; j < m; j++) {
                sum += dv[j] * d[i * m + j];
            }
            out[i] = sum;
        }
        return out;
    }

    /** Σ a[i] b[i]. */
    static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** vᵀ M v for M n × n. */
    static double quadratic(double[] m, int n, double[] v) {
        return dot(v, apply(m, n, n, v));
    }

    /** Σ v[i]. */
    static double sum(double[] v) {
        double sum = 0.0;
        for (double x : v) {
            sum += x;
        }
        return sum;
    }

    /** The diagonal of a square n × n matrix. */
    static double[] diagonal(double[] m, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = m[i * n + i];
        }
        return d;
    }

    /** A diagonal n × n matrix. */
    static double[] diagonalMatrix(double[] d) {
        int n = d.length;
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            m[i * n + i] = d[i];
        }
        return m;
    }

    /** Whether the n × n matrix has no off-diagonal entries. */
    static boolean isDiagonal(double[] m, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && m[i * n + j] != 0.0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** a + b element-wise, as a new array. */
    static double[] add(double[] a, double[] b) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] += b[i];
        }
        return c;
    }

    /** Adds s × v vᵀ to the n × n matrix m in place. */
    static void addOuter(double[] m, int n, double[] v, double s) {
        for (int i = 0; i < n; i++) {
            double svi = s * v[i];
            if (svi == 0.0) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                m[i * n + j] += svi * v[j];
            }
        }
    }

    /** Flattens a rectangular double[][] row by row. */
    static double[] flatten(double[][] rows, int nRows, int nCols) {
        double[] flat = new double[nRows * nCols];
        for (int i = 0; i < nRows; i++) {
            System.arraycopy(rows[i], 0, flat, i * nCols, nCols);
        }
        return flat;
    }

    /** A Commons Math matrix holding a copy of the flat n × m matrix. */
    static RealMatrix toMatrix(double[] a, int n, int m) {
        double[][] rows = new double[n][m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * m, rows[i], 0, m);
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    /** The flat row-major copy of a Commons Math matrix. */
    static double[] fromMatrix(RealMatrix matrix) {
        int n = matrix.getRowDimension();
        int m = matrix.getColumnDimension();
        double[] flat = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                flat[i * m + j] = matrix.getEntry(i, j);
            }
        }
        return flat;
    }
}
