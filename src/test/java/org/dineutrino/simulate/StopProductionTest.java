package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StopProductionTest {

    private static final double STOP_MASS = 525.0;

    @Test
    void partonic_totals_integrate_to_the_closed_forms_of_the_note() {
        for (double rootS : new double[] {1100.0, 1500.0, 3000.0}) {
            double s = rootS * rootS;
            double m2 = STOP_MASS * STOP_MASS;
            double beta = Math.sqrt(1 - 4 * m2 / s);
            // note sec. 8.2, in units of pi alpha_s^2 / s-hat
            double qq = 2.0 / 27 * beta * beta * beta;
            double gg = beta * (5.0 / 48 + 31 * m2 / (24 * s))
                    + (2 * m2 / (3 * s) + m2 * m2 / (6 * s * s)) * Math.log((1 - beta) / (1 + beta));
            // sigma-hat = (pi alpha_s^2 / s-hat) (beta / 2) integral A dz; Simpson, 2000 intervals
            assertEquals(qq, beta / 2 * simpson(z -> StopProduction.amplitudeQq(beta, z)), qq * 1e-9);
            assertEquals(gg, beta / 2 * simpson(z -> StopProduction.amplitudeGg(beta, z)), gg * 1e-7);
        }
    }

    @Test
    void lo_cross_section_at_525_gev_is_the_note_value_with_gluon_fusion_dominating() {
        StopProduction production = new StopProduction(STOP_MASS);
        StopProduction.HardScatter h = new StopProduction.HardScatter();
        SplittableRandom rng = new SplittableRandom(7);
        int n = 400_000;
        double sum = 0;
        double sumGg = 0;
        for (int i = 0; i < n; i++) {
            sum += production.samplePoint(rng, h);
            sumGg += h.weightGg;
        }
        // note sec. 8.2: sigma_LO(CTEQ5L, mu = m) = 0.235 pb, gg 0.182 pb (78 %); 1.5 %: the PDF table
        // interpolation and the Monte Carlo error of 4e5 points
        assertEquals(0.235, sum / n, 0.235 * 0.015);
        assertEquals(0.78, sumGg / sum, 0.01);
    }

    @Test
    void the_cross_section_interpolates_the_nnll_grid_in_ln_sigma() {
        // note sec. 8.1: 0.457 pb at 525 GeV by cubic interpolation (log-linear would give 0.463 pb)
        assertEquals(0.457, StopPoint.DEFAULT.crossSectionPb(), 0.0005);
        assertEquals(2.1439, new StopPoint(400, 100).crossSectionPb(), 1e-12);
        assertEquals(0.20522, new StopPoint(600, 300).crossSectionPb(), 1e-12);
        assertEquals(0.078245, new StopPoint(700, 0).crossSectionPb(), 1e-12);
        double at650 = new StopPoint(650, 0).crossSectionPb();
        assertTrue(at650 < 0.20522 && at650 > 0.078245, "between its neighbours: " + at650);
    }

    @Test
    void points_outside_the_grid_or_without_an_open_top_decay_are_refused() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> new StopPoint(350, 100));
        assertTrue(low.getMessage().contains("400.0-700.0 GeV"), low.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StopPoint(750, 100));
        assertThrows(IllegalArgumentException.class, () -> new StopPoint(Double.NaN, 100));
        IllegalArgumentException closed = assertThrows(IllegalArgumentException.class,
                () -> new StopPoint(525, 360));
        assertTrue(closed.getMessage().contains("352.5 GeV"), closed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StopPoint(525, -1));
        assertEquals(352.5, new StopPoint(525, 352.5).neutralinoMass(), 0.0);
    }

    private static double simpson(java.util.function.DoubleUnaryOperator f) {
        int n = 2000;
        double h = 2.0 / n;
        double sum = f.applyAsDouble(-1) + f.applyAsDouble(1);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(-1 + i * h);
        }
        return sum * h / 3;
    }
}
