package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Purity, stability and efficiency by hand, and on the realistic default 2D response. */
class BinQualityTest {

    private static final double EXACT = 1e-15;

    @Test
    void purity_and_stability_of_two_truth_bins_with_four_reco_bins() {
        // truth [0, 2), [2, 4); reco [0,1) [1,2) [2,3) [3,4); migrations [reco][truth]
        double[][] migrations = {{30, 2}, {20, 8}, {10, 25}, {0, 15}};
        double[] missed = {40, 50};
        Response response = new Response.Migrations(migrations, missed, null, null);
        BinQuality q =
                BinQuality.of(
                        response,
                        Binning.of("x", new double[] {0, 2, 4}, false),
                        Binning.of("x", new double[] {0, 1, 2, 3, 4}, false));
        // truth 0: inside = 30 + 20 = 50, reco-bin signal there 32 + 28 = 60, reconstructed 60, N =
        // 100
        // truth 1: inside = 25 + 15 = 40, signal 35 + 15 = 50, reconstructed 50, N = 100
        assertArrayEquals(new double[] {50.0 / 60, 40.0 / 50}, q.purity(), EXACT);
        assertArrayEquals(new double[] {50.0 / 60, 40.0 / 50}, q.stability(), EXACT);
        assertArrayEquals(new double[] {0.6, 0.5}, q.efficiency(), EXACT);
    }

    @Test
    void overflow_reco_bin_belongs_to_the_truth_overflow_bin() {
        double[][] migrations = {{50, 5}, {5, 20}, {1, 30}};
        Response response = new Response.Migrations(migrations, new double[] {10, 10}, null, null);
        // reco overflow bin [455, 500) has its centre above the truth overflow's nominal edge 470
        BinQuality q =
                BinQuality.of(
                        response,
                        Binning.of("pt", new double[] {0, 410, 470}, true),
                        Binning.of("pt", new double[] {0, 410, 455, 500}, true));
        assertArrayEquals(new double[] {50.0 / 55, 50.0 / 56}, q.purity(), EXACT);
    }

    @Test
    void without_binnings_and_with_more_reco_bins_purity_is_not_reported() {
        double[][] migrations = {{50, 5}, {5, 20}, {1, 30}};
        Response response = new Response.Migrations(migrations, new double[] {10, 10}, null, null);
        BinQuality q = BinQuality.of(response, null, null);
        assertNull(q.purity());
        assertNull(q.stability());
    }

    @Test
    void
            default_2d_bins_of_the_realistic_response_have_purity_and_stability_of_at_least_30_percent() {
        BinQuality q =
                BinQuality.of(
                        RealisticResponse.build(1e5).response(),
                        RealisticResponse.truthBinning(),
                        RealisticResponse.recoBinning());
        for (int t = 0; t < 12; t++) {
            assertTrue(q.purity()[t] >= 0.30, "purity of bin " + t + " " + q.purity()[t]);
            assertTrue(q.stability()[t] >= 0.30, "stability of bin " + t + " " + q.stability()[t]);
        }
    }

    @Test
    void every_result_reports_purity_stability_and_efficiency() {
        RealisticResponse.Model model = RealisticResponse.build(1e5);
        UnfoldInput input =
                UnfoldInput.of(model.response(), model.reco())
                        .withBinning(
                                RealisticResponse.truthBinning(), RealisticResponse.recoBinning());
        UnfoldResult r = Unfolder.unfold(input, UnfoldSettings.leastSquares());
        assertTrue(
                r.purity().length == 12 &&
                        r.stability().length == 12 &&
                        r.efficiency().length == 12);
        List.of(r.purity(), r.stability(), r.efficiency())
                .forEach(
                        v -> {
                            for (double x : v) {
                                assertTrue(x > 0.0 && x <= 1.0, "figure " + x);
                            }
                        });
    }
}
