package org.dineutrino.unfold;

import static org.dineutrino.unfold.ReferenceCase.assertCovariance;
import static org.dineutrino.unfold.ReferenceCase.assertRelative;
import static org.dineutrino.unfold.ReferenceCase.matrix;
import static org.dineutrino.unfold.ReferenceCase.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The TUnfold reference case, unfolding/tunfold_formula_port_6x3.json: 6 reco × 3 truth bins with
 * inefficiency (reco underflow), one background with a 10% scale error, computed by a numpy port of
 * TUnfold 17.6's formulas (not ROOT output).
 *
 * <p>Conventions map one to one: the reference's reco underflow + overflow per truth bin is our
 * {@code missed}; its V_yy = diag(data) + bkg errors² + (0.1 b)(0.1 b)ᵀ is our default data
 * covariance plus the background's errors and scale error; its curvature row (−1, 2, −1) gives the
 * same LᵀL as ours (1, −2, 1); its bias x₀ = N is biasScale 1 × the response truth.
 */
class TUnfoldReferenceTest {

    /**
     * The reproduction tolerance; the port and we both run double precision, ~1e-13 apart.
     */
    private static final double REFERENCE_TOLERANCE = 1e-8;

    /**
     * The reference's response-MC-statistics covariance was linearised numerically: our exact
     * derivative agrees with its central finite differences to 3e-8 of √(V_iiV_jj) (checked with
     * numpy: analytic vs. step-1e-3 differences differ by that much), so 1e-7.
     */
    private static final double MC_STAT_TOLERANCE = 1e-7;

    private static final JsonNode CASE = ReferenceCase.read("tunfold_formula_port_6x3.json");

    static UnfoldInput input() {
        JsonNode in = CASE.get("inputs");
        double[][] migrations = matrix(in.get("B_in_reco_x_truth"));
        double[] under = vector(in.get("B_reco_underflow_per_truth"));
        double[] over = vector(in.get("B_reco_overflow_per_truth"));
        double[] missed = new double[under.length];
        for (int t = 0; t < missed.length; t++) {
            missed[t] = under[t] + over[t];
        }
        Background background =
                new Background(
                        "bkg",
                        vector(in.get("background")),
                        vector(in.get("background_err")),
                        in.get("bkg_scale").asDouble(),
                        in.get("bkg_scale_error").asDouble());
        return new UnfoldInput(
                new Response.Migrations(migrations, missed, null, null),
                vector(in.get("data_y")),
                null,
                null,
                null,
                List.of(background),
                null,
                null);
    }

    private static UnfoldSettings settings(JsonNode expected) {
        double tau = expected.get("tau").asDouble();
        UnfoldSettings.Builder b =
                UnfoldSettings.builder(
                        tau == 0.0 ?
                                UnfoldSettings.Method.LEAST_SQUARES :
                                UnfoldSettings.Method.TIKHONOV);
        b.areaConstraint(expected.get("area_constraint").asBoolean());
        if (tau > 0.0) {
            b.regularisation(UnfoldSettings.Regularisation.CURVATURE)
                    .tau(tau)
                    .biasScale(expected.get("biasScale").asDouble());
        }
        return b.build();
    }

    private static void assertCase(String key, boolean withResponseCovariance) {
        JsonNode expected = CASE.get("results").get(key);
        UnfoldResult result = Unfolder.unfold(input(), settings(expected));
        assertRelative(
                vector(expected.get("x")), result.unfolded(), REFERENCE_TOLERANCE, key + " x");
        assertCovariance(
                matrix(expected.get("Vxx")),
                result.covariance(),
                REFERENCE_TOLERANCE,
                key + " Vxx");
        assertRelative(
                expected.get("chi2A").asDouble(),
                result.chi2A(),
                REFERENCE_TOLERANCE,
                key + " chi2A");
        assertEquals(expected.get("ndf").asInt(), result.ndf(), key + " ndf");
        assertRelative(
                vector(expected.get("rho")), result.rho(), REFERENCE_TOLERANCE, key + " rho");
        assertRelative(
                expected.get("rhoAvg").asDouble(),
                result.rhoAvg(),
                REFERENCE_TOLERANCE,
                key + " rhoAvg");
        assertRelative(
                expected.get("rhoMax").asDouble(),
                result.rhoMax(),
                REFERENCE_TOLERANCE,
                key + " rhoMax");
        if (expected.get("tau").asDouble() > 0.0) {
            assertRelative(
                    expected.get("chi2L").asDouble(),
                    result.chi2L(),
                    REFERENCE_TOLERANCE,
                    key + " chi2L");
        }
        if (withResponseCovariance) {
            assertCovariance(
                    matrix(expected.get("Vxx_MCstat_response_linearised")),
                    result.covarianceResponse(),
                    MC_STAT_TOLERANCE,
                    key + " response covariance");
        }
    }

    @Test
    void least_squares_reproduces_values_covariances_chi2_and_correlations() {
        assertCase("tau0_noArea", true);
    }

    @Test
    void least_squares_with_area_constraint_reproduces_the_reference() {
        assertCase("tau0_area", true);
    }

    @Test
    void curvature_regularisation_with_bias_reproduces_the_reference() {
        assertCase("tau0.003_curv_noArea", true);
    }

    @Test
    void curvature_regularisation_with_area_constraint_reproduces_the_reference() {
        assertCase("tau0.003_curv_area", false);
        assertCase("tau0.01_curv_area", false);
    }

    @Test
    void curvature_regularisation_without_bias_reproduces_the_reference() {
        assertCase("tau0.003_curv_noArea_noBias", false);
    }

    /**
     * At the grid's largest τ, (x − x₀)ᵀLᵀL(x − x₀) cancels to 1.5e-6 from terms of 10⁷: there the
     * reference's lcurveY carries its own round-off, 3e-8 absolute in log10 at τ = 1 against a
     * 50-digit mpmath evaluation of the same formulas (ours differs from mpmath by under 1e-10);
     * that is 5e-9 of the value, inside the tolerance.
     */
    @Test
    void tau_scan_reproduces_lcurve_and_global_correlations_on_the_reference_grid() {
        JsonNode grid = CASE.get("tau_grid_curvature_area_biasScale1");
        UnfoldSettings settings =
                UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                        .areaConstraint(true)
                        .tau(UnfoldSettings.TauChoice.scan(UnfoldSettings.TauChoice.Kind.RHO_AVG))
                        .tauScan(1e-4, 1.0, grid.size())
                        .build();
        UnfoldResult result = Unfolder.unfold(input(), settings);
        for (int k = 0; k < grid.size(); k++) {
            JsonNode expected = grid.get(k);
            UnfoldResult.ScanPoint point = result.scan().get(k);
            String where = "scan point log10tau " + expected.get("log10tau").asDouble();
            assertRelative(
                    Math.pow(10.0, expected.get("log10tau").asDouble()),
                    point.tau(),
                    1e-12,
                    where + " tau");
            assertRelative(
                    expected.get("lcurveX").asDouble(),
                    point.lcurveX(),
                    REFERENCE_TOLERANCE,
                    where + " X");
            assertRelative(
                    expected.get("lcurveY").asDouble(),
                    point.lcurveY(),
                    REFERENCE_TOLERANCE,
                    where + " Y");
            assertRelative(
                    expected.get("rhoAvg").asDouble(),
                    point.rhoAvg(),
                    REFERENCE_TOLERANCE,
                    where + " rhoAvg");
            assertRelative(
                    expected.get("rhoMax").asDouble(),
                    point.rhoMax(),
                    REFERENCE_TOLERANCE,
                    where + " rhoMax");
        }
    }

    @Test
    void fixed_tau_on_the_reference_grid_reproduces_the_unfolded_values() {
        JsonNode grid = CASE.get("tau_grid_curvature_area_biasScale1");
        for (JsonNode expected : grid) {
            double tau = Math.pow(10.0, expected.get("log10tau").asDouble());
            UnfoldSettings settings =
                    UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                            .areaConstraint(true)
                            .tau(tau)
                            .build();
            assertRelative(
                    vector(expected.get("x")),
                    Unfolder.unfold(input(), settings).unfolded(),
                    REFERENCE_TOLERANCE,
                    "x at τ = " + tau);
        }
    }

    @Test
    void rho_avg_scan_chooses_tau_at_the_minimum_between_grid_neighbours() {
        JsonNode grid = CASE.get("tau_grid_curvature_area_biasScale1");
        UnfoldSettings settings =
                UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                        .areaConstraint(true)
                        .tau(UnfoldSettings.TauChoice.scan(UnfoldSettings.TauChoice.Kind.RHO_AVG))
                        .tauScan(1e-4, 1.0, grid.size())
                        .build();
        UnfoldResult result = Unfolder.unfold(input(), settings);
        // the grid minimum of rhoAvg is at log10 τ = -2.75 (0.2138); its neighbours are -3.0 and
        // -2.5
        double logTau = Math.log10(result.tau());
        assertTrue(logTau > -3.0 && logTau < -2.5, "log10 τ = " + logTau);
        assertTrue(
                result.rhoAvg() <= 0.21376438927348262,
                "rhoAvg at the chosen τ " + result.rhoAvg());
    }
}
