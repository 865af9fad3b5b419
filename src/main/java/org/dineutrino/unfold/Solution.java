package org.dineutrino.unfold;

/**
 * What one unfolding kernel returns: x and its linear sensitivities, from which the covariances are
 * propagated.
 */
interface Solution {

    /** x, the unfolded vector [truth]. */
    double[] x();

    /** D = ∂x/∂y, nTruth × nReco row-major: V_xx = D V_yy Dᵀ. */
    double[] sensitivity();

    /**
     * The first-order change of x for one response source, the input covariance held fixed.
     *
     * @param source the source
     * @param dy [reco] the change of y it causes through the signal fraction, or null
     * @return [truth] dx
     */
    double[] responseTangent(ResponseSource source, double[] dy);

    /** τ used; 0 without regularisation. */
    double tau();

    /** Iterations used; 0 for non-iterative methods. */
    int iterations();

    /** τ² (x − bias)ᵀ LᵀL (x − bias); 0 without regularisation. */
    double chi2L();

    /** (x − bias)ᵀ LᵀL (x − bias), the L-curve's y term; 0 without regularisation. */
    double regularisationTerm();

    /** Condition number of the matrix inverted for x; 1 where none is inverted. */
    double conditionNumber();
}
