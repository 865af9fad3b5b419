package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values: SIMULATION-PHYSICS.md sec. 2.2 (momentum sums and point values, checks/cteq5l.py). */
class Cteq5lTest {

    /** The note quotes point values to 3-4 significant digits. */
    private static final double POINT_TOLERANCE = 0.005;

    @Test
    void momentum_sum_rule_at_100_gev_is_the_noted_0_9967() {
        // trapezoid rule in ln x on 1e-6..1 with 20000 steps: integration error < 1e-4
        int n = 20_000;
        double lo = Math.log(1e-6);
        double h = -lo / n;
        double[] xf = new double[Cteq5l.N_FLAVOURS];
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double x = Math.exp(lo + i * h);
            Cteq5l.instance().xf(x, 100.0, xf);
            double all = xf[Cteq5l.G] + xf[Cteq5l.U] + xf[Cteq5l.D] + xf[Cteq5l.UBAR] + xf[Cteq5l.DBAR]
                    + 2 * (xf[Cteq5l.S] + xf[Cteq5l.C] + xf[Cteq5l.B]);
            double integrand = all * x; // dx = x d(ln x)
            sum += (i == 0 || i == n ? 0.5 : 1.0) * integrand * h;
        }
        assertEquals(0.9967, sum, 0.001);
    }

    @Test
    void point_values_at_100_gev_match_the_note() {
        double[] xf = new double[Cteq5l.N_FLAVOURS];
        Cteq5l.instance().xf(0.01, 100.0, xf);
        assertEquals(8.08, xf[Cteq5l.G], 8.08 * POINT_TOLERANCE);
        assertEquals(0.730, xf[Cteq5l.U], 0.730 * POINT_TOLERANCE);
        assertEquals(0.488, xf[Cteq5l.UBAR], 0.488 * POINT_TOLERANCE);
        Cteq5l.instance().xf(0.1, 100.0, xf);
        assertEquals(0.779, xf[Cteq5l.G], 0.779 * POINT_TOLERANCE);
        assertEquals(0.566, xf[Cteq5l.U], 0.566 * POINT_TOLERANCE);
        assertEquals(0.085, xf[Cteq5l.UBAR], 0.085 * 0.01);
    }

    @Test
    void heavy_quarks_vanish_below_their_threshold() {
        double[] xf = new double[Cteq5l.N_FLAVOURS];
        Cteq5l.instance().xf(0.01, 4.0, xf);
        assertEquals(0.0, xf[Cteq5l.B], 0.0);
        assertTrue(xf[Cteq5l.C] > 0);
    }

    @Test
    void the_table_reproduces_the_parametrisation() {
        PdfTable table = new PdfTable(10.0, 3000.0, 48);
        double[] direct = new double[Cteq5l.N_FLAVOURS];
        double[] interpolated = new double[Cteq5l.N_FLAVOURS];
        double worst = 0;
        for (double q : new double[] {12.3, 91.2, 172.5, 850.0}) {
            for (double lnx = Math.log(1e-4); lnx < Math.log(0.7); lnx += 0.173) {
                double x = Math.exp(lnx);
                Cteq5l.instance().xf(x, q, direct);
                table.xf(x, q, interpolated);
                for (int f = 0; f < Cteq5l.N_FLAVOURS; f++) {
                    if (direct[f] > 1e-3) {
                        worst = Math.max(worst, Math.abs(interpolated[f] / direct[f] - 1));
                    }
                }
            }
        }
        // linear interpolation on a 1400 x 48 grid in (ln x, ln Q)
        assertTrue(worst < 2e-3, "worst relative deviation " + worst);
    }
}
