package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The iterative method's stopping statistics on histograms worked out by hand. */
class StoppingStatisticsTest {

    private static final double EXACT = 1e-15;

    @Test
    void ks_distance_is_the_largest_gap_of_the_normalised_cumulative_sums() {
        // cumulative shares (0.2, 0.6, 1) and (0.4, 0.7, 1): largest gap 0.2
        assertEquals(
                0.2,
                StoppingStatistics.ks(new double[] {2, 4, 4}, new double[] {40, 30, 30}),
                EXACT);
    }

    @Test
    void chi2_statistic_follows_pyunfolds_reduced_form() {
        // a = (10, 30), b = (20, 20): n₁ = n₂ = 40; (n₂a − n₁b)² / (a + b) = 400²/30 + 400²/50;
        // divided by n₁n₂ = 1600 and by 2 bins
        double expected = (160000.0 / 30 + 160000.0 / 50) / 1600 / 2;
        assertEquals(
                expected,
                StoppingStatistics.chi2(new double[] {10, 30}, new double[] {20, 20}),
                1e-14);
    }

    @Test
    void chi2_stopping_rule_stops_once_below_tolerance() {
        double[][] migrations = {{80, 10}, {15, 70}};
        UnfoldInput input =
                UnfoldInput.of(
                        new Response.Migrations(migrations, new double[] {5, 20}, null, null),
                        new double[] {100, 150});
        UnfoldSettings.StoppingRule rule =
                new UnfoldSettings.StoppingRule(UnfoldSettings.StoppingTest.CHI2, 1e-6, 100);
        UnfoldResult stopped =
                Unfolder.unfold(
                        input,
                        UnfoldSettings.builder(UnfoldSettings.Method.ITERATIVE)
                                .stopping(rule)
                                .build());
        int n = stopped.iterations();
        double[] before =
                Unfolder.unfold(
                                input,
                                UnfoldSettings.builder(UnfoldSettings.Method.ITERATIVE)
                                        .iterations(n - 1)
                                        .build())
                        .unfolded();
        double[] earlier =
                Unfolder.unfold(
                                input,
                                UnfoldSettings.builder(UnfoldSettings.Method.ITERATIVE)
                                        .iterations(n - 2)
                                        .build())
                        .unfolded();
        assertEquals(true, StoppingStatistics.chi2(stopped.unfolded(), before) < 1e-6);
        assertEquals(true, StoppingStatistics.chi2(before, earlier) >= 1e-6);
    }
}
