package org.dineutrino.unfold;

/** One unfolding method with its settings fixed (τ chosen): what toys re-run. */
@FunctionalInterface
interface Kernel {

    /**
     * @param model the response (nominal or a toy replica)
     * @param m y and V_yy
     * @param responseJacobian whether the solution must support {@link Solution#responseTangent}
     *     (the iterative method carries ∂n/∂A only then)
     */
    Solution solve(ResponseModel model, Measurement m, boolean responseJacobian);
}
