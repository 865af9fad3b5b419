package org.dineutrino.unfold;

import static org.dineutrino.unfold.ReferenceCase.assertCovariance;
import static org.dineutrino.unfold.ReferenceCase.assertRelative;
import static org.dineutrino.unfold.ReferenceCase.matrix;
import static org.dineutrino.unfold.ReferenceCase.vector;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.math3.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

/**
 * Matrix inversion and bin-by-bin against unfolding/roounfold_formula_port_invert_bbb_3x3.json, a
 * numpy port of RooUnfoldInvert and RooUnfoldBinByBin (not RooUnfold output).
 *
 * <p>Mapping of conventions: RooUnfold subtracts fakes scaled by the data/MC normalisation (data −
 * 0.9927 × fakes), where we scale the data by the signal fraction S/(S + F); so we feed the
 * reference's already subtracted data and no fakes. RooUnfold keeps the errors of the measured data
 * (before subtraction): our dataCovariance is diag(measured_data). Inversion of a square response
 * is least squares with nReco = nTruth; RooUnfold's response R = counts / truth (misses included)
 * is our migrations form with the misses as {@code missed}.
 */
class RooUnfoldReferenceTest {

    /** The reproduction tolerance; a 3 × 3 inversion in double precision is far better. */
    private static final double REFERENCE_TOLERANCE = 1e-8;

    private static final JsonNode CASE =
            ReferenceCase.read("roounfold_formula_port_invert_bbb_3x3.json");

    private static UnfoldInput input() {
        JsonNode in = CASE.get("inputs");
        Response response =
                new Response.Migrations(
                        matrix(in.get("response_counts_meas_x_truth")),
                        vector(in.get("miss_per_truth")),
                        null,
                        null);
        double[] subtracted = vector(CASE.get("derived").get("data_minus_scaled_fakes"));
        return UnfoldInput.of(response, subtracted)
                .withData(
                        subtracted,
                        MatrixUtils.createRealDiagonalMatrix(vector(in.get("measured_data"))));
    }

    @Test
    void inversion_of_a_square_response_reproduces_roounfold_invert() {
        UnfoldResult result = Unfolder.unfold(input(), UnfoldSettings.leastSquares());
        JsonNode expected = CASE.get("invert");
        assertRelative(
                vector(expected.get("unfolded")),
                result.unfolded(),
                REFERENCE_TOLERANCE,
                "unfolded");
        assertCovariance(
                matrix(expected.get("cov")),
                result.covariance(),
                REFERENCE_TOLERANCE,
                "covariance");
    }

    @Test
    void bin_by_bin_reproduces_roounfold_factors_values_and_covariance() {
        UnfoldResult result = Unfolder.unfold(input(), UnfoldSettings.binByBin());
        JsonNode expected = CASE.get("binbybin");
        assertRelative(
                vector(expected.get("unfolded")),
                result.unfolded(),
                REFERENCE_TOLERANCE,
                "unfolded");
        assertCovariance(
                matrix(expected.get("cov")),
                result.covariance(),
                REFERENCE_TOLERANCE,
                "covariance");
        double[] subtracted = vector(CASE.get("derived").get("data_minus_scaled_fakes"));
        double[] factors = new double[subtracted.length];
        for (int t = 0; t < factors.length; t++) {
            factors[t] = result.unfolded()[t] / subtracted[t];
        }
        assertRelative(vector(expected.get("factors")), factors, REFERENCE_TOLERANCE, "factors");
    }

    @Test
    void efficiency_and_response_match_the_reference_derivation() {
        UnfoldResult result = Unfolder.unfold(input(), UnfoldSettings.leastSquares());
        assertRelative(
                vector(CASE.get("derived").get("efficiency_per_truth")),
                result.efficiency(),
                REFERENCE_TOLERANCE,
                "efficiency");
    }
}
