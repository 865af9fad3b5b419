package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Ill-posed input gets a clear {@link InputDataException} naming the quantity and the bin, never
 * NaN. The messages are checked for the facts they must carry, not word for word.
 */
class IllPosedInputTest {

    private static final double[][] SQUARE = {{80, 10, 0}, {15, 70, 12}, {0, 14, 60}};
    private static final double[] MISSED = {20, 20, 20};

    private static InputDataException failure(UnfoldInput input, UnfoldSettings settings) {
        return assertThrows(InputDataException.class, () -> Unfolder.unfold(input, settings));
    }

    private static void assertMentions(Exception e, String... facts) {
        for (String fact : facts) {
            assertTrue(
                    e.getMessage().contains(fact),
                    "message lacks \"" + fact + "\": " + e.getMessage());
        }
    }

    @Test
    void least_squares_with_fewer_reco_than_truth_bins_is_refused() {
        double[][] wide = {{80, 10, 5}, {15, 70, 60}};
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(wide, MISSED, null, null), new double[] {90, 140});
        assertMentions(
                failure(input, UnfoldSettings.leastSquares()), "2 reco", "3 truth", "tikhonov");
    }

    @Test
    void singular_response_is_refused_with_the_least_determined_bin() {
        double[][] degenerate = {{40, 40, 0}, {30, 30, 10}, {10, 10, 70}, {5, 5, 5}};
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(degenerate, MISSED, null, null),
                        new double[] {80, 70, 90, 15});
        InputDataException e = failure(input, UnfoldSettings.leastSquares());
        assertMentions(e, "singular response", "truth bin");
    }

    @Test
    void empty_truth_bin_is_refused_for_every_method() {
        double[][] emptyColumn = {{80, 0, 0}, {15, 0, 12}, {0, 0, 60}};
        double[] missed = {20, 0, 20};
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(emptyColumn, missed, null, null),
                        new double[] {80, 27, 60});
        for (UnfoldSettings.Method method : UnfoldSettings.Method.values()) {
            assertMentions(
                    failure(input, UnfoldSettings.builder(method).build()), "truth bin 1", "empty");
        }
    }

    @Test
    void truth_bin_that_is_never_reconstructed_is_refused() {
        double[][] unreconstructed = {{80, 0, 0}, {15, 0, 12}, {0, 0, 60}};
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(unreconstructed, MISSED, null, null),
                        new double[] {80, 27, 60});
        assertMentions(
                failure(input, UnfoldSettings.leastSquares()), "truth bin 1", "no reconstructed");
    }

    @Test
    void negative_data_is_refused() {
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(SQUARE, MISSED, null, null),
                        new double[] {90, -3, 74});
        assertMentions(failure(input, UnfoldSettings.leastSquares()), "data[1]", "-3");
    }

    @Test
    void nan_data_is_refused() {
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(SQUARE, MISSED, null, null),
                        new double[] {90, Double.NaN, 74});
        assertMentions(failure(input, UnfoldSettings.leastSquares()), "data[1]", "NaN");
    }

    @Test
    void mismatched_lengths_are_refused_with_both_sizes() {
        Response response = new Response.Migrations(SQUARE, MISSED, null, null);
        assertMentions(
                failure(
                        UnfoldInput.of(response, new double[] {90, 95}),
                        UnfoldSettings.leastSquares()),
                "data",
                "2 values",
                "expected 3");
        Response shortMissed = new Response.Migrations(SQUARE, new double[] {20, 20}, null, null);
        assertMentions(
                failure(
                        UnfoldInput.of(shortMissed, new double[] {90, 95, 74}),
                        UnfoldSettings.leastSquares()),
                "missed",
                "expected 3");
        UnfoldInput withFakes =
                new UnfoldInput(
                        response,
                        new double[] {90, 95, 74},
                        null,
                        new double[] {1, 2},
                        null,
                        List.of(),
                        null,
                        null);
        assertMentions(failure(withFakes, UnfoldSettings.leastSquares()), "fakes", "expected 3");
        Background background = Background.of("dy", new double[] {1, 2, 3, 4}, 1.0, 0.1);
        UnfoldInput withBackground =
                new UnfoldInput(
                        response,
                        new double[] {90, 95, 74},
                        null,
                        null,
                        null,
                        List.of(background),
                        null,
                        null);
        assertMentions(
                failure(withBackground, UnfoldSettings.leastSquares()),
                "background dy",
                "expected 3");
    }

    @Test
    void ragged_migrations_are_refused() {
        double[][] ragged = {{80, 10, 0}, {15, 70}, {0, 14, 60}};
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(ragged, MISSED, null, null),
                        new double[] {1, 2, 3});
        assertMentions(failure(input, UnfoldSettings.leastSquares()), "row 1");
    }

    @Test
    void covariance_that_is_not_positive_semi_definite_is_refused() {
        double[][] notPsd = {{100, 150, 0}, {150, 100, 0}, {0, 0, 80}};
        UnfoldInput input =
                UnfoldInput.of(
                                new Response.Migrations(SQUARE, MISSED, null, null),
                                new double[] {90, 95, 74})
                        .withData(new double[] {90, 95, 74}, new Array2DRowRealMatrix(notPsd));
        assertMentions(
                failure(input, UnfoldSettings.leastSquares()), "not positive semi-definite", "-50");
    }

    @Test
    void asymmetric_covariance_is_refused() {
        double[][] asymmetric = {{100, 5, 0}, {-5, 100, 0}, {0, 0, 80}};
        UnfoldInput input =
                UnfoldInput.of(
                                new Response.Migrations(SQUARE, MISSED, null, null),
                                new double[] {90, 95, 74})
                        .withData(new double[] {90, 95, 74}, new Array2DRowRealMatrix(asymmetric));
        assertMentions(failure(input, UnfoldSettings.leastSquares()), "not symmetric", "[1][0]");
    }

    @Test
    void bin_by_bin_with_different_reco_and_truth_bins_is_refused() {
        double[][] tall = {{80, 10}, {15, 70}, {5, 14}};
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(tall, new double[] {20, 20}, null, null),
                        new double[] {90, 85, 19});
        assertMentions(failure(input, UnfoldSettings.binByBin()), "3 reco", "2 truth");
    }

    @Test
    void options_that_do_not_apply_to_the_method_are_refused() {
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(SQUARE, MISSED, null, null),
                        new double[] {90, 95, 74});
        assertMentions(
                failure(
                        input,
                        UnfoldSettings.builder(UnfoldSettings.Method.LEAST_SQUARES)
                                .tau(0.1)
                                .build()),
                "tau",
                "tikhonov");
        assertMentions(
                failure(
                        input,
                        UnfoldSettings.builder(UnfoldSettings.Method.BIN_BY_BIN)
                                .areaConstraint(true)
                                .build()),
                "areaConstraint");
        assertMentions(
                failure(
                        input,
                        UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                                .density(UnfoldSettings.DensityMode.BIN_WIDTH)
                                .tau(0.1)
                                .build()),
                "bin-width",
                "edges");
        assertMentions(
                failure(
                        input,
                        UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                                .tau(
                                        UnfoldSettings.TauChoice.scan(
                                                UnfoldSettings.TauChoice.Kind.RHO_AVG))
                                .tauScan(1.0, 0.5, 10)
                                .build()),
                "tauMin",
                "tauMax");
    }

    @Test
    void efficiency_outside_zero_to_one_is_refused_for_the_normalised_form() {
        double[][] response = {{0.9, 0.1}, {0.1, 0.9}};
        Response p =
                new Response.Probabilities(
                        response, new double[] {0.0, 0.5}, new double[] {100, 100}, null, null);
        assertMentions(
                failure(UnfoldInput.of(p, new double[] {50, 40}), UnfoldSettings.leastSquares()),
                "efficiency[0]",
                "(0, 1]");
    }
}
