package org.dineutrino.unfold;

/**
 * Iterative D'Agostini unfolding (G. D'Agostini, NIM A 362 (1995) 487, eq. 4) with the error
 * propagation of T. Adye (arXiv:1105.1160, as RooUnfoldBayes and pyunfold 0.5 implement it):
 *
 * <pre>
 *   f_r = Σ_t A_rt n_t,   M_rt = A_rt n_t / (ε_t f_r),   n'_t = Σ_r y_r M_rt
 * </pre>
 *
 * The derivatives of n' with respect to y and to A are carried from iteration to iteration (forward
 * mode): J' = G J + ∂n'/∂(direct) with G_tk = ∂n'_t/∂n_k = δ_tk n'_t/n_t − Σ_r M_rt y_r M_rk
 * ε_k/n_k, and, with ε tied to the column sums of A as in Adye's derivation, ∂n'_t/∂A_rk = δ_tk
 * (n_t y_r/(ε_t f_r) − n'_t/ε_t) − (y_r/f_r) M_rt n_k. The starting distribution is held fixed.
 * Storage: A and M nReco × nTruth, ∂n/∂y nTruth × nReco, ∂n/∂A nTruth × (nReco·nTruth) with column
 * r·nTruth + k for A_rk; all row-major.
 */
final class IterativeUnfolding {

    private IterativeUnfolding() {}

    /**
     * Iterates from start.
     *
     * @param model the response (A and ε)
     * @param y [reco] the input
     * @param start [truth] n⁽⁰⁾ = Σy × prior
     * @param iterations a fixed number of iterations, or 0 to use the stopping rule
     * @param stopping the stopping rule (used when iterations is 0)
     * @param responseJacobian whether to carry ∂n/∂A (needed for the response covariance)
     */
    static IterativeSolution solve(
            ResponseModel model,
            double[] y,
            double[] start,
            int iterations,
            UnfoldSettings.StoppingRule stopping,
            boolean responseJacobian) {
        int nReco = model.nReco();
        int nTruth = model.nTruth();
        State state =
                new State(
                        start.clone(),
                        new double[nTruth * nReco],
                        responseJacobian ? new double[nTruth * nReco * nTruth] : null);
        int maxIterations = iterations > 0 ? iterations : stopping.maxIterations();
        int done = 0;
        double statistic = Double.POSITIVE_INFINITY;
        while (done < maxIterations && (iterations > 0 || !(statistic < stopping.tolerance()))) {
            State next = step(model, y, state);
            done++;
            if (iterations == 0) {
                statistic = StoppingStatistics.value(stopping.test(), next.n(), state.n());
            }
            state = next;
        }
        return new IterativeSolution(model, state.n(), state.dy(), state.dA(), done);
    }

    /**
     * n and its derivatives after some iterations.
     *
     * @param n [truth]
     * @param dy ∂n/∂y, nTruth × nReco
     * @param dA ∂n/∂A, nTruth × (nReco·nTruth), or null
     */
    record State(double[] n, double[] dy, double[] dA) {}

    /** One D'Agostini step with Adye's derivative update. */
    static State step(ResponseModel model, double[] y, State previous) {
        int nReco = model.nReco();
        int nTruth = model.nTruth();
        double[] n = previous.n();
        double[] folded = Flat.apply(model.a(), nReco, nTruth, n);
        double[] mixing = mixing(model, n, folded);
        double[] next = Flat.applyTransposed(mixing, nReco, nTruth, y);
        double[] g = propagator(model, y, n, next, mixing);
        double[] dy = Flat.multiply(g, nTruth, nTruth, previous.dy(), nReco);
        for (int t = 0; t < nTruth; t++) {
            for (int r = 0; r < nReco; r++) {
                dy[t * nReco + r] += mixing[r * nTruth + t];
            }
        }
        double[] dA =
                previous.dA() == null ?
                        null :
                        responseDerivative(model, y, n, next, folded, mixing, g, previous.dA());
        return new State(next, dy, dA);
    }

    /** M_rt = A_rt n_t/(ε_t f_r), 0 where f_r = 0. */
    private static double[] mixing(ResponseModel model, double[] n, double[] folded) {
        int nReco = model.nReco();
        int nTruth = model.nTruth();
        double[] a = model.a();
        double[] eps = model.efficiency();
        double[] mixing = new double[nReco * nTruth];
        for (int r = 0; r < nReco; r++) {
            if (folded[r] == 0.0) {
                continue;
            }
            for (int t = 0; t < nTruth; t++) {
                mixing[r * nTruth + t] = a[r * nTruth + t] * n[t] / (eps[t] * folded[r]);
            }
        }
        return mixing;
    }

    /** G_tk = ∂n'_t/∂n_k (terms with n = 0 vanish). */
    private static double[] propagator(
            ResponseModel model, double[] y, double[] n, double[] next, double[] mixing) {
        int nReco = model.nReco();
        int nTruth = model.nTruth();
        double[] eps = model.efficiency();
        double[] g = new double[nTruth * nTruth];
        for (int t = 0; t < nTruth; t++) {
            g[t * nTruth + t] = n[t] != 0.0 ? next[t] / n[t] : 0.0;
        }
        for (int r = 0; r < nReco; r++) {
            for (int t = 0; t < nTruth; t++) {
                double left = mixing[r * nTruth + t] * y[r];
                if (left == 0.0) {
                    continue;
                }
                for (int k = 0; k < nTruth; k++) {
                    if (n[k] != 0.0) {
                        g[t * nTruth + k] -= left * mixing[r * nTruth + k] * eps[k] / n[k];
                    }
                }
            }
        }
        return g;
    }

    /** ∂n'/∂A = G · ∂n/∂A + the direct term (see the class comment). */
    private static double[] responseDerivative(
            ResponseModel model,
            double[] y,
            double[] n,
            double[] next,
            double[] folded,
            double[] mixing,
            double[] g,
            double[] previous) {
        int nReco = model.nReco();
        int nTruth = model.nTruth();
        int width = nReco * nTruth;
        double[] eps = model.efficiency();
        double[] out = Flat.multiply(g, nTruth, nTruth, previous, width);
        for (int r = 0; r < nReco; r++) {
            double yOverF = folded[r] == 0.0 ? 0.0 : y[r] / folded[r];
            for (int t = 0; t < nTruth; t++) {
                double m = mixing[r * nTruth + t];
                int row = t * width + r * nTruth;
                for (int k = 0; k < nTruth && m != 0.0; k++) {
                    out[row + k] -= yOverF * m * n[k];
                }
                out[row + t] += (n[t] * yOverF - next[t]) / eps[t];
            }
        }
        return out;
    }
}
