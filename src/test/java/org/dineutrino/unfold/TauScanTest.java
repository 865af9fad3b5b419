package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** τ choice by L-curve and global-correlation scans. */
class TauScanTest {

    /**
     * An L-curve symmetric under X ↔ Y with t ↔ −t: X(t) = log10(1 + 10^{2t}), Y(t) = log10(1 +
     * 10^{−2t}). Its curvature is an even function of t, so the corner is at t = 0 (τ = 1). The
     * splines through 41 points 0.1 apart put the maximum of their curvature at the knot nearest to
     * 0 (t = 0.013), so the corner is found within half a scan step.
     */
    @Test
    void lcurve_corner_of_a_symmetric_curve_is_at_its_centre() {
        List<UnfoldResult.ScanPoint> points = new ArrayList<>();
        for (int k = 0; k < 41; k++) {
            double t = -2.0 + 0.1 * k + 0.013;
            double x = Math.log10(1 + Math.pow(10, 2 * t));
            double y = Math.log10(1 + Math.pow(10, -2 * t));
            points.add(new UnfoldResult.ScanPoint(Math.pow(10, t), x, y, 0, 0));
        }
        double tau = TauScanner.lcurveCorner(points);
        assertEquals(0.0, Math.log10(tau), 0.05);
    }

    @Test
    void rho_avg_scan_on_the_realistic_response_is_a_minimum_inside_the_range() {
        RealisticResponse.Model model = RealisticResponse.build(4e5);
        RealisticResponse.Model other = RealisticResponse.build(4e5, 50.0);
        double[] data = other.reco();
        for (int r = 0; r < data.length; r++) {
            data[r] = Math.round(data[r] * 0.25);
        }
        UnfoldInput input =
                UnfoldInput.of(model.weighted(0.25), data)
                        .withBinning(
                                RealisticResponse.truthBinning(), RealisticResponse.recoBinning());
        UnfoldSettings settings =
                UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                        .tau(UnfoldSettings.TauChoice.scan(UnfoldSettings.TauChoice.Kind.RHO_AVG))
                        .density(UnfoldSettings.DensityMode.BIN_WIDTH)
                        .build();
        UnfoldResult r = Unfolder.unfold(input, settings);
        List<UnfoldResult.ScanPoint> scan = r.scan();
        assertEquals(UnfoldSettings.DEFAULT_TAU_POINTS, scan.size());
        assertTrue(
                r.tau() > scan.get(0).tau() && r.tau() < scan.get(scan.size() - 1).tau(),
                "τ " + r.tau());
        for (UnfoldResult.ScanPoint p : scan) {
            assertTrue(
                    r.rhoAvg() <= p.rhoAvg() + 1e-12,
                    "rhoAvg " + r.rhoAvg() + " above " + p.rhoAvg());
        }
        UnfoldResult unregularised = Unfolder.unfold(input, UnfoldSettings.leastSquares());
        assertTrue(
                r.rhoAvg() < unregularised.rhoAvg(),
                "regularisation lowers the average correlation");
    }

    @Test
    void automatic_range_follows_tunfolds_guess_from_the_unregularised_result() {
        UnfoldInput input = TUnfoldReferenceTest.input();
        UnfoldSettings settings =
                UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                        .areaConstraint(true)
                        .tau(UnfoldSettings.TauChoice.scan(UnfoldSettings.TauChoice.Kind.LCURVE))
                        .tauScan(0, 0, 20)
                        .build();
        UnfoldResult r = Unfolder.unfold(input, settings);
        // reference case at τ = 0 with area: χ²_A = 0.26036, ndf 2, (x − x₀)ᵀLᵀL(x − x₀) = 27411.26
        double logTauMax =
                0.5
                        * (Math.log10(0.2603597406179806 + 3 * Math.sqrt(3.0)) -
                                Math.log10(27411.262594547843));
        assertEquals(logTauMax, Math.log10(r.scan().get(19).tau()), 1e-9);
        assertEquals(logTauMax - TauScanner.AUTO_DECADES, Math.log10(r.scan().get(0).tau()), 1e-9);
    }

    @Test
    void lcurve_on_data_without_fluctuations_is_refused() {
        UnfoldInput input =
                UnfoldInput.of(
                        RealisticResponse.build(1e5).response(),
                        RealisticResponse.build(1e5).reco());
        UnfoldSettings settings =
                UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                        .tau(UnfoldSettings.TauChoice.scan(UnfoldSettings.TauChoice.Kind.LCURVE))
                        .tauScan(1e-4, 1, 10)
                        .build();
        InputDataException e =
                assertThrows(InputDataException.class, () -> Unfolder.unfold(input, settings));
        assertTrue(e.getMessage().contains("L-curve"), e.getMessage());
    }
}
