package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Closure: unfolding the response's own reconstruction returns its truth. For least squares and
 * bin-by-bin it is exact (y = A N solves the normal equations with zero residual; y N/S = N), also
 * with fakes (the reconstruction then includes them and the signal fraction removes them).
 */
class ClosureTest {

    /**
     * Exact closure up to double round-off of the 12 × 12 solve (condition ~1e3 on this response).
     */
    private static final double CLOSURE_TOLERANCE = 1e-9;

    private static final RealisticResponse.Model MODEL = RealisticResponse.build(1e6);

    private static double[] ownReconstruction(double[] fakes) {
        double[] reco = MODEL.reco();
        for (int r = 0; r < reco.length; r++) {
            reco[r] += fakes == null ? 0.0 : fakes[r];
        }
        return reco;
    }

    private static void assertTruth(double[] x, double tolerance, String what) {
        for (int t = 0; t < x.length; t++) {
            assertEquals(MODEL.truth()[t], x[t], tolerance * MODEL.truth()[t], what + " bin " + t);
        }
    }

    @Test
    void least_squares_returns_the_truth_of_its_own_reconstruction_on_the_2d_response() {
        UnfoldInput input = UnfoldInput.of(MODEL.response(), ownReconstruction(null));
        assertTruth(
                Unfolder.unfold(input, UnfoldSettings.leastSquares()).unfolded(),
                CLOSURE_TOLERANCE,
                "LS");
    }

    @Test
    void least_squares_closes_with_fakes_and_area_constraint() {
        double[] fakes = new double[48];
        for (int r = 0; r < fakes.length; r++) {
            fakes[r] = 0.1 * MODEL.reco()[r] + 5.0 * (r % 3);
        }
        UnfoldInput input =
                new UnfoldInput(
                        MODEL.response(),
                        ownReconstruction(fakes),
                        null,
                        fakes,
                        null,
                        java.util.List.of(),
                        null,
                        null);
        UnfoldSettings settings =
                UnfoldSettings.builder(UnfoldSettings.Method.LEAST_SQUARES)
                        .areaConstraint(true)
                        .build();
        assertTruth(
                Unfolder.unfold(input, settings).unfolded(), CLOSURE_TOLERANCE, "LS with fakes");
    }

    @Test
    void bin_by_bin_returns_the_truth_of_its_own_reconstruction() {
        double[][] square = {{800, 120, 10}, {150, 700, 140}, {10, 130, 600}};
        double[] missed = {540, 550, 750};
        double[] fakes = {40, 30, 20};
        double[] reco = {800 + 120 + 10 + 40, 150 + 700 + 140 + 30, 10 + 130 + 600 + 20};
        UnfoldInput input =
                new UnfoldInput(
                        new Response.Migrations(square, missed, null, null),
                        reco,
                        null,
                        fakes,
                        null,
                        java.util.List.of(),
                        null,
                        null);
        double[] x = Unfolder.unfold(input, UnfoldSettings.binByBin()).unfolded();
        for (int t = 0; t < 3; t++) {
            assertEquals(1500.0, x[t], 1500.0 * CLOSURE_TOLERANCE, "bin " + t);
        }
    }

    @Test
    void tikhonov_with_the_truth_as_bias_closes_at_any_tau() {
        UnfoldInput input =
                UnfoldInput.of(MODEL.response(), ownReconstruction(null))
                        .withBinning(
                                RealisticResponse.truthBinning(), RealisticResponse.recoBinning());
        for (double tau : new double[] {1e-3, 0.1, 10.0}) {
            UnfoldSettings settings =
                    UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                            .tau(tau)
                            .density(UnfoldSettings.DensityMode.BIN_WIDTH)
                            .build();
            assertTruth(
                    Unfolder.unfold(input, settings).unfolded(),
                    CLOSURE_TOLERANCE,
                    "Tikhonov τ = " + tau);
        }
    }

    /** D'Agostini converges to the fixed point x = N; 200 iterations get within 1e-4 here. */
    @Test
    void iterative_converges_to_the_truth_of_its_own_reconstruction() {
        UnfoldInput input = UnfoldInput.of(MODEL.response(), ownReconstruction(null));
        UnfoldSettings settings =
                UnfoldSettings.builder(UnfoldSettings.Method.ITERATIVE)
                        .prior(UnfoldSettings.Prior.uniform())
                        .iterations(200)
                        .build();
        assertTruth(Unfolder.unfold(input, settings).unfolded(), 1e-4, "iterative");
        UnfoldSettings fromTruth =
                UnfoldSettings.builder(UnfoldSettings.Method.ITERATIVE).iterations(1).build();
        assertTruth(
                Unfolder.unfold(input, fromTruth).unfolded(),
                CLOSURE_TOLERANCE,
                "iterative from the truth");
    }

    @Test
    void closure_fits_have_zero_chi2() {
        UnfoldInput input = UnfoldInput.of(MODEL.response(), ownReconstruction(null));
        UnfoldResult r = Unfolder.unfold(input, UnfoldSettings.leastSquares());
        assertTrue(r.chi2A() < 1e-12, "chi2A " + r.chi2A());
        assertEquals(48 - 12, r.ndf());
    }
}
