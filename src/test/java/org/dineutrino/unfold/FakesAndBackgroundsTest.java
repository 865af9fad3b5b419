package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Fakes, efficiency and backgrounds on cases small enough to work out by hand.
 *
 * <p>Case: a diagonal response with two truth bins, migrations diag(80, 60), missed (20, 40): N =
 * (100, 100), A = diag(0.8, 0.6), efficiency (0.8, 0.6), S = (80, 60).
 */
class FakesAndBackgroundsTest {

    /** Hand arithmetic below is exact in double to a few ulp. */
    private static final double EXACT = 1e-12;

    private static final Response DIAGONAL =
            new Response.Migrations(
                    new double[][] {{80, 0}, {0, 60}}, new double[] {20, 40}, null, null);

    @Test
    void fakes_are_removed_by_the_signal_fraction_of_each_reco_bin() {
        // fakes (20, 15): f = 80/100 = 0.8 and 60/75 = 0.8; data (500, 300): y = (400, 240);
        // x = y / A = (500, 400); V = diag(f² d) / A² = diag(0.64·500/0.64, 0.64·300/0.36) =
        // diag(500, 533.33)
        UnfoldInput input =
                new UnfoldInput(
                        DIAGONAL,
                        new double[] {500, 300},
                        null,
                        new double[] {20, 15},
                        new double[] {0, 0},
                        List.of(),
                        null,
                        null);
        UnfoldResult r = Unfolder.unfold(input, UnfoldSettings.leastSquares());
        assertEquals(500.0, r.unfolded()[0], 500 * EXACT);
        assertEquals(400.0, r.unfolded()[1], 400 * EXACT);
        assertEquals(500.0, r.covariance().getEntry(0, 0), 500 * EXACT);
        assertEquals(0.64 * 300 / 0.36, r.covariance().getEntry(1, 1), 600 * EXACT);
        assertEquals(0.0, r.covariance().getEntry(0, 1), EXACT);
    }

    @Test
    void bin_by_bin_divides_data_by_signal_plus_fakes_and_multiplies_by_truth() {
        // x = d N/(S + F) = (500·100/100, 300·100/75) = (500, 400): the same as inversion here
        UnfoldInput input =
                new UnfoldInput(
                        DIAGONAL,
                        new double[] {500, 300},
                        null,
                        new double[] {20, 15},
                        new double[] {0, 0},
                        List.of(),
                        null,
                        null);
        UnfoldResult r = Unfolder.unfold(input, UnfoldSettings.binByBin());
        assertEquals(500.0, r.unfolded()[0], 500 * EXACT);
        assertEquals(400.0, r.unfolded()[1], 400 * EXACT);
        assertEquals(0.8, r.efficiency()[0], EXACT);
        assertEquals(0.6, r.efficiency()[1], EXACT);
    }

    @Test
    void background_errors_and_scale_error_enter_the_covariance_and_its_background_part() {
        // background b = (50, 30) at scale 2 ± 0.1 with errors (3, 4): y = d − 2b = (400, 240);
        // V_bkg = diag((2·3)², (2·4)²) + 0.1² b bᵀ = [[36 + 25, 15], [15, 64 + 9]];
        // x = y / A, V_x = V / (A Aᵀ) elementwise: background part [[61/0.64, 15/0.48], [15/0.48,
        // 73/0.36]]
        Background background =
                new Background("dy", new double[] {50, 30}, new double[] {3, 4}, 2.0, 0.1);
        UnfoldInput input =
                new UnfoldInput(
                        DIAGONAL,
                        new double[] {500, 300},
                        null,
                        null,
                        null,
                        List.of(background),
                        null,
                        null);
        UnfoldResult r = Unfolder.unfold(input, UnfoldSettings.leastSquares());
        assertEquals(400 / 0.8, r.unfolded()[0], 500 * EXACT);
        assertEquals(240 / 0.6, r.unfolded()[1], 400 * EXACT);
        assertEquals(61 / 0.64, r.covarianceBackground().getEntry(0, 0), 100 * EXACT);
        assertEquals(15 / 0.48, r.covarianceBackground().getEntry(0, 1), 100 * EXACT);
        assertEquals(73 / 0.36, r.covarianceBackground().getEntry(1, 1), 300 * EXACT);
        assertEquals((500 + 61) / 0.64, r.covariance().getEntry(0, 0), 1000 * EXACT);
        assertEquals((300 + 73) / 0.36, r.covariance().getEntry(1, 1), 1000 * EXACT);
    }

    @Test
    void response_statistics_of_a_diagonal_response_follow_the_binomial_efficiency_error() {
        // x = y/ε with ε = 80/100 from 80 reconstructed and 20 missed (Poisson): the efficiency's
        // linearised variance is ε(1 − ε)/N = 0.0016, so V_x = x² · 0.0016/ε² = 500² · 0.0025
        UnfoldInput input = UnfoldInput.of(DIAGONAL, new double[] {400, 240});
        UnfoldResult r = Unfolder.unfold(input, UnfoldSettings.leastSquares());
        assertEquals(500.0 * 500.0 * 0.0016 / 0.64, r.covarianceResponse().getEntry(0, 0), 1e-9);
        assertEquals(
                400.0 * 400.0 * (0.6 * 0.4 / 100) / 0.36,
                r.covarianceResponse().getEntry(1, 1),
                1e-9);
    }
}
