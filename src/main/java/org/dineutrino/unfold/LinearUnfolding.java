package org.dineutrino.unfold;

/**
 * Generalised least squares with optional Tikhonov regularisation and area constraint, the formulas
 * of TUnfold (S. Schmitt, JINST 7 (2012) T10003, arXiv:1205.6201, eqs. 3–10):
 *
 * <pre>
 *   χ² = (y − Ax)ᵀ V⁺ (y − Ax) + τ² (x − x₀)ᵀ LᵀL (x − x₀)      [subject to Σ(Ax) = Σy]
 *   E  = (AᵀV⁺A + τ²LᵀL)⁻¹,   x = E (AᵀV⁺y + τ² LᵀL x₀)
 *   area: ε = column sums of A,  x += λ E ε,  λ = (Σy − εᵀx)/(εᵀEε)
 *   D  = ∂x/∂y = E AᵀV⁺  [+ u (1ᵀ − εᵀ E AᵀV⁺),  u = Eε/(εᵀEε)]
 * </pre>
 *
 * V⁺ is the pseudo-inverse of V_yy (bins with zero variance drop out, as in TUnfold). Storage: A
 * nReco × nTruth, LᵀL nTruth × nTruth, D nTruth × nReco, all row-major.
 */
final class LinearUnfolding {

    /**
     * Smallest ratio λ_min/λ_max of AᵀV⁺A + τ²LᵀL accepted: below it x loses all significant digits
     * (double precision carries 16; 1e-12 leaves 4).
     */
    static final double SINGULAR_TOLERANCE = 1e-12;

    private LinearUnfolding() {}

    /**
     * Solves for x.
     *
     * @param model the response
     * @param m y and V_yy
     * @param lTl LᵀL (nTruth × nTruth), or null for none (then τ must be 0)
     * @param tau τ ≥ 0
     * @param bias x₀ [truth]
     * @param area whether to apply the area constraint
     * @throws InputDataException when the matrix to invert is singular (names the truth bin least
     *     determined)
     */
    static LinearSolution solve(
            ResponseModel model,
            Measurement m,
            double[] lTl,
            double tau,
            double[] bias,
            boolean area) {
        int nReco = model.nReco();
        int nTruth = model.nTruth();
        double[] w = Flat.multiply(m.inverse().inverse(), nReco, nReco, model.a(), nTruth);
        double[] matrix = Flat.transposeMultiply(model.a(), nReco, nTruth, w, nTruth);
        double[] rhs = Flat.applyTransposed(w, nReco, nTruth, m.y());
        if (lTl != null && tau > 0.0) {
            addRegularisation(matrix, rhs, lTl, tau * tau, bias, nTruth);
        }
        Covariances.Spectrum spectrum = Covariances.eigen(matrix, nTruth, "AᵀV⁻¹A + τ²LᵀL");
        requireRegular(spectrum, nTruth, nReco, tau);
        double[] e = Covariances.pseudoInverse(spectrum, nTruth).inverse();
        double[] x = refined(matrix, e, rhs, Flat.apply(e, nTruth, nTruth, rhs));
        double[] d = Flat.multiply(e, nTruth, nTruth, transpose(w, nReco, nTruth), nReco);
        AreaTerms areaTerms = area ? AreaTerms.of(model.a(), nReco, nTruth, e) : null;
        double mu = 0.0;
        if (areaTerms != null) {
            mu = areaTerms.constrain(x, d, Flat.sum(m.y()));
        }
        return new LinearSolution(
                model,
                m,
                w,
                e,
                x,
                d,
                lTl,
                tau,
                bias,
                areaTerms,
                mu,
                spectrum.max() / spectrum.min());
    }

    /**
     * One step of iterative refinement, x + E (rhs − M x): an inverse from the eigen-decomposition
     * leaves x with an error of about cond(M)·ε·|x|, which the refinement brings down to the
     * round-off of the residual. It matters where x − x₀ nearly lies in L's null space (large τ),
     * because (x − x₀)ᵀLᵀL(x − x₀) then cancels.
     */
    private static double[] refined(double[] matrix, double[] e, double[] rhs, double[] x) {
        int n = x.length;
        double[] residual = Flat.apply(matrix, n, n, x);
        for (int i = 0; i < n; i++) {
            residual[i] = rhs[i] - residual[i];
        }
        return Flat.add(x, Flat.apply(e, n, n, residual));
    }

    /** matrix += τ²LᵀL, rhs += τ²LᵀL x₀. */
    private static void addRegularisation(
            double[] matrix, double[] rhs, double[] lTl, double tau2, double[] bias, int nTruth) {
        double[] pull = Flat.apply(lTl, nTruth, nTruth, bias);
        for (int i = 0; i < nTruth * nTruth; i++) {
            matrix[i] += tau2 * lTl[i];
        }
        for (int t = 0; t < nTruth; t++) {
            rhs[t] += tau2 * pull[t];
        }
    }

    private static void requireRegular(
            Covariances.Spectrum spectrum, int nTruth, int nReco, double tau) {
        double min = spectrum.min();
        double max = spectrum.max();
        if (max > 0.0 && min > SINGULAR_TOLERANCE * max) {
            return;
        }
        int worst = 0;
        int kMin = 0;
        for (int k = 0; k < nTruth; k++) {
            if (spectrum.values()[k] < spectrum.values()[kMin]) {
                kMin = k;
            }
        }
        for (int t = 0; t < nTruth; t++) {
            if (Math.abs(spectrum.vectors()[t * nTruth + kMin])
                    > Math.abs(spectrum.vectors()[worst * nTruth + kMin])) {
                worst = t;
            }
        }
        throw new InputDataException(
                "singular response: AᵀV⁻¹A" +
                        (tau > 0.0 ? " + τ²LᵀL (τ = " + tau + ")" : "") +
                        " has eigenvalues from " +
                        Checks.num(min) +
                        " to " +
                        Checks.num(max) +
                        " (ratio below " +
                        SINGULAR_TOLERANCE +
                        "), truth bin " +
                        worst +
                        " is least determined (" +
                        nReco +
                        " reco bins with non-zero " +
                        "weight needed for " +
                        nTruth +
                        " truth bins, and independent response columns); merge " +
                        "truth bins or use tikhonov");
    }

    private static double[] transpose(double[] a, int n, int m) {
        double[] t = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                t[j * n + i] = a[i * m + j];
            }
        }
        return t;
    }

    /**
     * The area constraint's vectors: ε (column sums of A), Eε and εᵀEε.
     *
     * @param epsilon [truth] ε
     * @param eEpsilon [truth] Eε
     * @param epsEEps εᵀEε
     */
    record AreaTerms(double[] epsilon, double[] eEpsilon, double epsEEps) {

        static AreaTerms of(double[] a, int nReco, int nTruth, double[] e) {
            double[] epsilon = new double[nTruth];
            for (int r = 0; r < nReco; r++) {
                for (int t = 0; t < nTruth; t++) {
                    epsilon[t] += a[r * nTruth + t];
                }
            }
            double[] eEpsilon = Flat.apply(e, nTruth, nTruth, epsilon);
            return new AreaTerms(epsilon, eEpsilon, Flat.dot(epsilon, eEpsilon));
        }

        /**
         * Applies the constraint to x and D in place; returns the multiplier μ of M x + μ ε = g (μ
         * = −λ in TUnfold's notation).
         */
        double constrain(double[] x, double[] d, double sumY) {
            int nTruth = x.length;
            int nReco = d.length / nTruth;
            double lambda = (sumY - Flat.dot(epsilon, x)) / epsEEps;
            for (int t = 0; t < nTruth; t++) {
                x[t] += lambda * eEpsilon[t];
            }
            double[] epsD = Flat.applyTransposed(d, nTruth, nReco, epsilon);
            for (int t = 0; t < nTruth; t++) {
                double u = eEpsilon[t] / epsEEps;
                for (int r = 0; r < nReco; r++) {
                    d[t * nReco + r] += u * (1.0 - epsD[r]);
                }
            }
            return -lambda;
        }

        /**
         * P v + u s with P = 1 − u εᵀ, u = Eε/(εᵀEε): the constrained response to a perturbation.
         */
        double[] project(double[] v, double s) {
            double c = s - Flat.dot(epsilon, v);
            double[] out = v.clone();
            for (int t = 0; t < out.length; t++) {
                out[t] += eEpsilon[t] / epsEEps * c;
            }
            return out;
        }
    }
}
