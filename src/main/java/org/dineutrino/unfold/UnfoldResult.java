package org.dineutrino.unfold;

import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The outcome of one unfolding. Vectors have one entry per truth bin, matrices are
 * [truth][truth]; values are counts (events per truth bin, the input's weights).
 *
 * @param unfolded             x, the unfolded truth spectrum
 * @param covariance           V<sub>xx</sub> from the input: data statistics and every background's
 *                             errors and normalisation error, D V<sub>yy</sub> Dᵀ with D = ∂x/∂y
 * @param covarianceBackground the backgrounds' part of covariance
 * @param covarianceResponse   from the response's MC statistics (migrations, missed, fakes),
 *                             linearised: Σ (∂x/∂θ) σ²<sub>θ</sub> (∂x/∂θ)ᵀ
 * @param rho                  global correlation coefficients of covariance,
 *                             ρ<sub>t</sub> = √(1 − 1/(V<sub>tt</sub> (V⁻¹)<sub>tt</sub>))
 * @param rhoAvg               mean of rho
 * @param rhoMax               maximum of rho
 * @param chi2A                (y − Ax)ᵀ V<sub>yy</sub>⁻¹ (y − Ax)
 * @param chi2L                τ² (x − bias)ᵀ LᵀL (x − bias); 0 without regularisation
 * @param ndf                  rank(V<sub>yy</sub>) − nTruth, minus 1 with the area constraint (TUnfold's count)
 * @param tau                  the τ used (0 for unregularised methods)
 * @param iterations           iterations used (iterative method; 0 otherwise)
 * @param purity               per truth bin, see {@link BinQuality}; null when reco bins cannot be
 *                             mapped to truth bins (no binning and nReco ≠ nTruth)
 * @param stability            per truth bin, null as purity
 * @param efficiency           per truth bin: the fraction of fiducial events reconstructed
 * @param scan                 the τ scan points, empty without a scan
 * @param toys                 toy study, or null without toys
 * @param diagnostics          numerical diagnostics
 */
public record UnfoldResult(double[] unfolded, RealMatrix covariance, RealMatrix covarianceBackground,
                           RealMatrix covarianceResponse, double[] rho, double rhoAvg, double rhoMax,
                           double chi2A, double chi2L, int ndf, double tau, int iterations, double[] purity,
                           double[] stability, double[] efficiency, List<ScanPoint> scan, ToySummary toys,
                           Diagnostics diagnostics) {

    /**
     * One point of a τ scan.
     *
     * @param tau     τ
     * @param lcurveX log10 χ²<sub>A</sub>
     * @param lcurveY log10 (x − bias)ᵀ LᵀL (x − bias), without τ²
     * @param rhoAvg  average global correlation
     * @param rhoMax  maximum global correlation
     */
    public record ScanPoint(double tau, double lcurveX, double lcurveY, double rhoAvg, double rhoMax) {
    }

    /**
     * A toy study: toys thrown from {@code truth} (Poisson data, and the response's MC
     * statistics when enabled), each unfolded with the nominal settings (τ fixed at the nominal
     * value). Pull<sub>t</sub> = (x<sub>t</sub> − truth<sub>t</sub>) / σ<sub>t</sub> with σ² the toy's
     * covariance plus, when the response is thrown, the nominal covarianceResponse.
     *
     * @param nToys     toys requested
     * @param nFailed   toys whose unfolding failed (excluded from the figures)
     * @param seed      the seed
     * @param truth     [truth] the truth the toys were thrown from
     * @param pullMean  [truth] mean pull
     * @param pullWidth [truth] standard deviation of the pulls
     * @param coverage  [truth] fraction of toys with |pull| ≤ 1
     * @param bias      [truth] mean of x − truth (counts)
     */
    public record ToySummary(int nToys, int nFailed, long seed, double[] truth, double[] pullMean,
                             double[] pullWidth, double[] coverage, double[] bias) {
    }

    /**
     * Numerical diagnostics.
     *
     * @param rankDataCovariance   rank of V<sub>yy</sub> used in its pseudo-inverse
     * @param conditionNumber      condition number of the matrix inverted for x
     *                             (AᵀV⁻¹A + τ²LᵀL; for bin-by-bin and iterative 1)
     * @param rankUnfoldedCovariance rank of covariance used in its pseudo-inverse for rho
     */
    public record Diagnostics(int rankDataCovariance, double conditionNumber, int rankUnfoldedCovariance) {
    }
}
