package org.dineutrino.unfold;

import org.apache.commons.math3.linear.RealMatrix;

import java.util.List;

/**
 * The outcome of one unfolding. Vectors have one entry per truth bin, matrices are [truth][truth];
 * values are counts (events per truth bin, the input's weights).
 *
 * @param unfolded x, the unfolded truth spectrum
 * @param covariance V_xx from the input: data statistics and every background's errors and
 *     normalisation error, D V_yy Dᵀ with D = ∂x/∂y
 * @param covarianceBackground the backgrounds' part of covariance
 * @param covarianceResponse from the response's MC statistics (migrations, missed, fakes),
 *     linearised: Σ (∂x/∂θ) σ²_{θ} (∂x/∂θ)ᵀ
 * @param rho global correlation coefficients of covariance, ρ_t = √(1 − 1/(V_tt (V⁻¹)_tt))
 * @param rhoAvg mean of rho
 * @param rhoMax maximum of rho
 * @param chi2A (y − Ax)ᵀ V_yy⁻¹ (y − Ax)
 * @param chi2L τ² (x − bias)ᵀ LᵀL (x − bias); 0 without regularisation
 * @param ndf rank(V_yy) − nTruth, minus 1 with the area constraint (TUnfold's count)
 * @param tau the τ used (0 for unregularised methods)
 * @param iterations iterations used (iterative method; 0 otherwise)
 * @param purity per truth bin, see {@link BinQuality}; null when reco bins cannot be mapped to
 *     truth bins (no binning and nReco ≠ nTruth)
 * @param stability per truth bin, null as purity
 * @param efficiency per truth bin: the fraction of fiducial events reconstructed
 * @param scan the τ scan points, empty without a scan
 * @param toys toy study, or null without toys
 * @param diagnostics numerical diagnostics
 */
public record UnfoldResult(
        double[] unfolded,
        RealMatrix covariance,
        RealMatrix covarianceBackground,
        RealMatrix covarianceResponse,
        double[] rho,
        double rhoAvg,
        double rhoMax,
        double chi2A,
        double chi2L,
        int ndf,
        double tau,
        int iterations,
        double[] purity,
        double[] stability,
        double[] efficiency,
        List<ScanPoint> scan,
        ToySummary toys,
        Diagnostics diagnostics) {

    /**
     * One point of a τ scan.
     *
     * @param tau τ
     * @param lcurveX log10 χ²_A
     * @param lcurveY log10 (x − bias)ᵀ LᵀL (x − bias), without τ²
     * @param rhoAvg average global correlation
     * @param rhoMax maximum global correlation
     */
    public record ScanPoint(
            double tau, double lcurveX, double lcurveY, double rhoAvg, double rhoMax) {}

    /**
     * A toy study: toys thrown from {@code truth} (Poisson data, and the response's MC statistics
     * when enabled), each unfolded with the nominal settings (τ fixed at the nominal value). Pull_t
     * = (x_t − truth_t) / σ_t with σ² the toy's covariance plus, when the response is thrown, the
     * nominal covarianceResponse.
     *
     * @param nToys toys requested
     * @param nFailed toys whose unfolding failed (excluded from the figures)
     * @param seed the seed
     * @param truth [truth] the truth the toys were thrown from
     * @param pullMean [truth] mean pull
     * @param pullWidth [truth] standard deviation of the pulls
     * @param coverage [truth] fraction of toys with |pull| ≤ 1
     * @param bias [truth] mean of x − truth (counts)
     */
    public record ToySummary(
            int nToys,
            int nFailed,
            long seed,
            double[] truth,
            double[] pullMean,
            double[] pullWidth,
            double[] coverage,
            double[] bias) {}

    /**
     * Numerical diagnostics.
     *
     * @param rankDataCovariance rank of V_yy used in its pseudo-inverse
     * @param conditionNumber condition number of the matrix inverted for x (AᵀV⁻¹A + τ²LᵀL; for
     *     bin-by-bin and iterative 1)
     * @param rankUnfoldedCovariance rank of covariance used in its pseudo-inverse for rho
     */
    public record Diagnostics(
            int rankDataCovariance, double conditionNumber, int rankUnfoldedCovariance) {}
}
