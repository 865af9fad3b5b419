package org.dineutrino.unfold;

/**
 * The detector response of an unfolding problem, in one of two forms. Both define the response
 * matrix A[r][t] = P(reco bin r | truth bin t) with the efficiency in the column normalisation, the
 * truth vector N[t] (the bias and default prior) and the efficiency ε[t].
 *
 * <p>Arrays are indexed [reco][truth]; values are weighted event counts (migrations) or
 * probabilities (response).
 */
public sealed interface Response {

    /** Number of reco bins (rows). */
    int nReco();

    /** Number of truth bins (columns). */
    int nTruth();

    /**
     * Weighted sums from a response sample, as TUnfold takes them: A[r][t] = migrations[r][t] /
     * N[t] with N[t] = Σ_r migrations[r][t] + missed[t].
     *
     * @param migrations [reco][truth] weighted sums of fiducial events reconstructed in reco bin r
     *     with truth in bin t; non-negative
     * @param missed [truth] weighted sums of fiducial events not reconstructed; non-negative
     * @param migrationErrors [reco][truth] their sumw2 errors, or null for Poisson (√migrations)
     * @param missedErrors [truth] their errors, or null for Poisson (√missed)
     */
    record Migrations(
            double[][] migrations,
            double[] missed,
            double[][] migrationErrors,
            double[] missedErrors)
            implements Response {

        @Override
        public int nReco() {
            return migrations.length;
        }

        @Override
        public int nTruth() {
            return migrations.length == 0 ? 0 : migrations[0].length;
        }
    }

    /**
     * Normalised response, pyunfold's form: A[r][t] = response[r][t] × efficiency[t].
     *
     * <p>Response MC statistics: with {@code responseErrors}, each response entry and each
     * efficiency is an independent Gaussian quantity; without them but with {@code
     * efficiencyErrors}, each column is multinomial with an effective number of simulated events
     * N_C[t] = (ε[t]/σ_{ε}[t])² (pyunfold's default "multinomial" covariance); with neither, the
     * response is taken as exact.
     *
     * @param response [reco][truth] P(reco bin r | truth bin t, reconstructed); non-negative
     * @param efficiency [truth] probability that a fiducial event in t is reconstructed; in (0, 1]
     * @param truth [truth] the truth spectrum of the response sample (bias, prior)
     * @param responseErrors [reco][truth] errors of response, or null
     * @param efficiencyErrors [truth] errors of efficiency, or null
     */
    record Probabilities(
            double[][] response,
            double[] efficiency,
            double[] truth,
            double[][] responseErrors,
            double[] efficiencyErrors)
            implements Response {

        @Override
        public int nReco() {
            return response.length;
        }

        @Override
        public int nTruth() {
            return response.length == 0 ? 0 : response[0].length;
        }
    }
}
