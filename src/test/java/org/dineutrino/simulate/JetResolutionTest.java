package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values evaluated from the same CMS table by checks/jer_eval.py (SIMULATION-PHYSICS.md sec. 7.1). */
class JetResolutionTest {

    /** The note rounds to three decimals. */
    private static final double ROUNDING = 0.0006;

    @Test
    void chs_resolution_matches_the_noted_values_at_rho_20() {
        assertEquals(0.187, JetResolution.CHS.relative(30, 0.2, 20), ROUNDING);
        assertEquals(0.146, JetResolution.CHS.relative(50, 0.2, 20), ROUNDING);
        assertEquals(0.108, JetResolution.CHS.relative(100, 0.2, 20), ROUNDING);
        assertEquals(0.050, JetResolution.CHS.relative(1000, 0.2, 20), ROUNDING);
        assertEquals(0.217, JetResolution.CHS.relative(30, 1.5, 20), ROUNDING);
        assertEquals(0.301, JetResolution.CHS.relative(30, -2.7, 20), ROUNDING);
    }

    @Test
    void resolution_grows_with_pileup_density() {
        // the note: 0.150 at rho ~ 3 to 0.223 at rho ~ 39 GeV (|eta| = 0.2, pT = 30 GeV)
        assertEquals(0.150, JetResolution.CHS.relative(30, 0.2, 3), ROUNDING);
        assertEquals(0.223, JetResolution.CHS.relative(30, 0.2, 39), ROUNDING);
    }

    @Test
    void puppi_resolution_and_scale_factor_match_the_table() {
        assertEquals(0.196, JetResolution.PUPPI.relative(30, 0.2, 20), ROUNDING);
        assertEquals(1.1432, JetResolution.scaleFactor(0.3), 0.0);
        assertEquals(1.1542, JetResolution.scaleFactor(4.0), 0.0);
    }
}
