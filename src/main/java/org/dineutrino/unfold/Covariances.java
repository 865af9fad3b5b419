package org.dineutrino.unfold;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Checks and inverts symmetric matrices on flat row-major arrays: covariances are checked symmetric
 * and positive semi-definite on entry, and inverted through an eigen-decomposition (pseudo-inverse
 * with a stated rank), because sums of per-source δδᵀ are only semi-definite.
 */
final class Covariances {

    /**
     * Largest asymmetry |V_ij − V_ji| accepted, relative to the largest |V| entry. Round-off of
     * summed covariances is ~1e-16 per term; 1e-9 leaves room for 10⁶ terms and still catches a
     * transposed or mis-indexed matrix.
     */
    static final double SYMMETRY_TOLERANCE = 1e-9;

    /**
     * Most negative eigenvalue accepted in a positive semi-definite matrix, relative to the largest
     * eigenvalue. A PSD matrix computed in double precision has eigenvalues down to about
     * −n·ε·λ_max ≈ −1e-13 for n = 500; 1e-9 accepts that and rejects real negativity.
     */
    static final double PSD_NEGATIVE_TOLERANCE = 1e-9;

    /**
     * Eigenvalues at or below this fraction of the largest are numerically zero and left out of a
     * pseudo-inverse: n·ε ≈ 1e-13 for n = 500 bins, so 1e-12 keeps every real direction.
     */
    static final double RANK_TOLERANCE = 1e-12;

    private Covariances() {}

    /**
     * Eigen-decomposition of a symmetric n × n matrix.
     *
     * @param values eigenvalues
     * @param vectors n × n flat, column k the unit eigenvector of values[k]
     */
    record Spectrum(double[] values, double[] vectors) {

        double max() {
            double max = 0.0;
            for (double v : values) {
                max = Math.max(max, v);
            }
            return max;
        }

        double min() {
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
            }
            return min;
        }
    }

    /**
     * A pseudo-inverse Σ_{λ &gt; tol} v vᵀ / λ and its rank.
     *
     * @param inverse n × n flat
     * @param rank number of eigenvalues kept
     */
    record PseudoInverse(double[] inverse, int rank) {}

    /** Fails unless the n × n matrix is symmetric to {@link #SYMMETRY_TOLERANCE}; names what. */
    static void requireSymmetric(double[] m, int n, String what) {
        double scale = 0.0;
        for (double v : m) {
            if (!Double.isFinite(v)) {
                throw new InputDataException(what + " has a non-finite entry (" + v + ")");
            }
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double asymmetry = Math.abs(m[i * n + j] - m[j * n + i]);
                if (asymmetry > SYMMETRY_TOLERANCE * scale) {
                    throw new InputDataException(
                            what +
                                    " is not symmetric: [" +
                                    i +
                                    "][" +
                                    j +
                                    "] = " +
                                    m[i * n + j] +
                                    " but [" +
                                    j +
                                    "][" +
                                    i +
                                    "] = " +
                                    m[j * n + i] +
                                    " (tolerance " +
                                    SYMMETRY_TOLERANCE +
                                    " of the largest entry)");
                }
            }
        }
    }

    /** Eigen-decomposition of the symmetrised n × n matrix (Commons Math). */
    static Spectrum eigen(double[] m, int n, String what) {
        double[] sym = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sym[i * n + j] = 0.5 * (m[i * n + j] + m[j * n + i]);
            }
        }
        try {
            EigenDecomposition decomposition = new EigenDecomposition(Flat.toMatrix(sym, n, n));
            RealMatrix v = decomposition.getV();
            return new Spectrum(decomposition.getRealEigenvalues(), Flat.fromMatrix(v));
        } catch (MathIllegalStateException e) {
            throw new NumericalFailureException(
                    "eigen-decomposition of " + what + " (" + n + " × " + n + ") did not converge",
                    e);
        }
    }

    /**
     * Checks a covariance symmetric and positive semi-definite, and returns its spectrum.
     *
     * @throws InputDataException naming the smallest eigenvalue when it is below −{@link
     *     #PSD_NEGATIVE_TOLERANCE} × λ_max
     */
    static Spectrum requirePsd(double[] m, int n, String what) {
        requireSymmetric(m, n, what);
        Spectrum spectrum = eigen(m, n, what);
        double min = spectrum.min();
        double max = spectrum.max();
        if (min < -PSD_NEGATIVE_TOLERANCE * max || (max <= 0.0 && min < 0.0)) {
            throw new InputDataException(
                    what +
                            " is not positive semi-definite: min eigenvalue " +
                            Checks.num(min) +
                            ", max " +
                            Checks.num(max) +
                            " (tolerance " +
                            PSD_NEGATIVE_TOLERANCE +
                            " × max); " +
                            "symmetrise Up/Down shifts or check the errors that built it");
        }
        return spectrum;
    }

    /**
     * The pseudo-inverse of a PSD matrix from its spectrum, dropping eigenvalues ≤ RANK_TOLERANCE ×
     * max.
     */
    static PseudoInverse pseudoInverse(Spectrum spectrum, int n) {
        double cut = RANK_TOLERANCE * spectrum.max();
        double[] inverse = new double[n * n];
        int rank = 0;
        double[] column = new double[n];
        for (int k = 0; k < n; k++) {
            double lambda = spectrum.values()[k];
            if (lambda <= cut || lambda <= 0.0) {
                continue;
            }
            rank++;
            for (int i = 0; i < n; i++) {
                column[i] = spectrum.vectors()[i * n + k];
            }
            Flat.addOuter(inverse, n, column, 1.0 / lambda);
        }
        return new PseudoInverse(inverse, rank);
    }

    /** Pseudo-inverse of a diagonal PSD matrix given by its diagonal (zero entries dropped). */
    static PseudoInverse diagonalPseudoInverse(double[] diagonal) {
        int n = diagonal.length;
        double max = 0.0;
        for (double v : diagonal) {
            max = Math.max(max, v);
        }
        double[] inverse = new double[n * n];
        int rank = 0;
        for (int i = 0; i < n; i++) {
            if (diagonal[i] > RANK_TOLERANCE * max && diagonal[i] > 0.0) {
                inverse[i * n + i] = 1.0 / diagonal[i];
                rank++;
            }
        }
        return new PseudoInverse(inverse, rank);
    }

    /** Pseudo-inverse of a PSD matrix known to be valid (checked before), diagonal fast path. */
    static PseudoInverse pseudoInverse(double[] m, int n, String what) {
        if (Flat.isDiagonal(m, n)) {
            return diagonalPseudoInverse(Flat.diagonal(m, n));
        }
        return pseudoInverse(eigen(m, n, what), n);
    }

    /**
     * Global correlation coefficients ρ_i = √(1 − 1/(V_ii (V⁺)_ii)), TUnfold's GetRhoI, with V⁺ the
     * pseudo-inverse. A bin with zero variance, or whose product V_ii(V⁺)_ii rounds below 1, gets ρ
     * = 0.
     */
    static double[] globalCorrelations(double[] v, int n, PseudoInverse inverse) {
        double[] rho = new double[n];
        for (int i = 0; i < n; i++) {
            double product = v[i * n + i] * inverse.inverse()[i * n + i];
            rho[i] = product > 1.0 ? Math.sqrt(1.0 - 1.0 / product) : 0.0;
        }
        return rho;
    }
}
