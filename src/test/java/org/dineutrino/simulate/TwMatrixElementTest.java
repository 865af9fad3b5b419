package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwMatrixElementTest {

    @Test
    void the_amplitude_vanishes_for_a_longitudinal_gluon() {
        // QCD Ward identity: contracting with the gluon momentum gives zero (s- and t-channel cancel)
        for (double z : new double[] {-0.8, 0.0, 0.7}) {
            double full = TwMatrixElement.diracSum(600 * 600, z, 172.5, 80.4, false);
            double ward = TwMatrixElement.diracSum(600 * 600, z, 172.5, 80.4, true);
            assertTrue(Math.abs(ward) < 1e-9 * Math.abs(full), "Ward " + ward + " vs |M|^2 " + full);
        }
    }

    @Test
    void the_massless_limit_has_the_q_g_to_q_w_angular_shape() {
        // q(p1) g(p2) -> W(k1) q'(k2): |M|^2 ~ -(s^2 + t^2 + 2 u M_W^2)/(s t), t = (p2 - k2)^2, u = (p1 - k2)^2
        // (crossing of q qbar' -> W g, Ellis-Stirling-Webber); only the shape is compared
        double s = 500 * 500;
        double mw = 80.4;
        double e = Math.sqrt(s) / 2;
        double pOut = (s - mw * mw) / (2 * Math.sqrt(s));
        double first = Double.NaN;
        for (double z : new double[] {-0.9, -0.5, 0.0, 0.5, 0.9}) {
            double t = -2 * e * pOut * (1 + z);
            double u = -2 * e * pOut * (1 - z);
            double reference = -(s * s + t * t + 2 * u * mw * mw) / (s * t);
            double ratio = TwMatrixElement.diracSum(s, z, 1e-3, mw, false) / reference;
            first = Double.isNaN(first) ? ratio : first;
            assertEquals(first, ratio, first * 1e-6);
        }
    }

    @Test
    void the_table_reproduces_the_direct_evaluation() {
        double s = 700 * 700;
        double direct = TwMatrixElement.averaged(s, 0.3, PhysicsConstants.TOP_MASS, PhysicsConstants.W_MASS,
                PhysicsConstants.alphaS(PhysicsConstants.TOP_MASS));
        // bilinear interpolation on a 120 x 81 grid
        assertEquals(direct, TwMatrixElement.instance().value(s, 0.3), direct * 0.01);
    }
}
