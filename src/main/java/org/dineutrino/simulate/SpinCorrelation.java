package org.dineutrino.simulate;

/**
 * Leading-order t tbar spin correlations in the helicity basis (SIMULATION-PHYSICS.md sec. 4).
 *
 * <p>Axes in the t tbar zero-momentum frame: k = top direction, p = (0, 0, 1) (parton 1),
 * z = p.k, r = (p - z k)/sqrt(1 - z^2), n = (p x k)/sqrt(1 - z^2), with r and n multiplied by
 * sign(z) (the pp convention of Bernreuther, Heisler, Si, JHEP 12 (2015) 026), top axes a = (k, r, n)
 * and antitop axes b = -a. With the charged-lepton directions l+ and l- in the top and antitop
 * rest frames (reached from the zero-momentum frame by pure boosts), cos theta1_i = l+.a_i,
 * cos theta2_j = l-.b_j, and the decay density is proportional to
 * <pre>
 *   W = 1 - sum_ij C_ij cos theta1_i cos theta2_j,     0 &lt;= W &lt;= 2 for a physical C (B = 0 at LO)
 * </pre>
 * C_ij(beta, z) per channel are the note's sec. 4.2 functions, derived there from explicit
 * LO Dirac-spinor amplitudes (s^2 = 1 - z^2, C_kr evaluated with |z|):
 * <pre>
 *   q qbar: A C_kk = (2/9)(-2 z^2 - beta^2 s^2), A C_rr = -(2/9)(2 - beta^2) s^2, A C_nn = (2/9) beta^2 s^2,
 *           A C_kr = -(2/9) 2 |z| s sqrt(1 - beta^2)
 *   g g:    A C_kk = F [1 - 2 beta^2 z^2 s^2 - beta^4 (1 + s^4)], A C_rr = F [1 - beta^2 (2 - beta^2)(1 + s^4)],
 *           A C_nn = F [1 - 2 beta^2 + beta^4 (1 + s^4)],     A C_kr = -F 2 beta^2 |z| s^3 sqrt(1 - beta^2)
 * </pre>
 * with A and F = F_gg as in {@link TtbarProduction}. Then D = -(C_kk + C_rr + C_nn)/3 and
 * (1/sigma) d sigma/d cos phi = (1 - D cos phi)/2 for cos phi = l+.l-.
 */
final class SpinCorrelation {

    /** Slots of the coefficient array. */
    static final int KK = 0;
    static final int RR = 1;
    static final int NN = 2;
    static final int KR = 3;

    /** The largest weight W any physical correlation matrix gives (the singlet, leptons parallel). */
    static final double MAX_WEIGHT = 2.0;

    private SpinCorrelation() {
    }

    /** Writes C_kk, C_rr, C_nn, C_kr for the channel, beta and z = cos theta* to out[0..3]. */
    static void coefficients(boolean gluonFusion, double beta, double z, double[] out) {
        double b2 = beta * beta;
        double z2 = z * z;
        double s2 = 1.0 - z2;
        double s = Math.sqrt(Math.max(0.0, s2));
        double rootRho = Math.sqrt(Math.max(0.0, 1.0 - b2));
        double az = Math.abs(z);
        if (gluonFusion) {
            double s4 = s2 * s2;
            double a = 1.0 + 2.0 * b2 * s2 - b2 * b2 * (1.0 + s4);
            out[KK] = (1.0 - 2.0 * b2 * z2 * s2 - b2 * b2 * (1.0 + s4)) / a;
            out[RR] = (1.0 - b2 * (2.0 - b2) * (1.0 + s4)) / a;
            out[NN] = (1.0 - 2.0 * b2 + b2 * b2 * (1.0 + s4)) / a;
            out[KR] = -2.0 * b2 * az * s2 * s * rootRho / a;
        } else {
            double a = 2.0 - b2 * s2;
            out[KK] = (-2.0 * z2 - b2 * s2) / a;
            out[RR] = -(2.0 - b2) * s2 / a;
            out[NN] = b2 * s2 / a;
            out[KR] = -2.0 * az * s * rootRho / a;
        }
    }

    /**
     * The weight W of the class javadoc.
     *
     * @param c      C_kk, C_rr, C_nn, C_kr from {@link #coefficients}
     * @param kx     top direction k in the zero-momentum frame (unit vector; also ky, kz)
     * @param lPlus  l+ momentum in the top rest frame (3 doubles at offset po; any length &gt; 0)
     * @param lMinus l- momentum in the antitop rest frame (3 doubles at offset mo)
     */
    static double weight(double[] c, double kx, double ky, double kz, double[] lPlus, int po,
                         double[] lMinus, int mo) {
        double st = Math.sqrt(Math.max(1e-30, 1.0 - kz * kz));
        double sign = kz >= 0 ? 1.0 : -1.0;
        // r = sign(z) (p - z k)/sin, n = sign(z) (p x k)/sin with p = (0, 0, 1)
        double rx = -sign * kz * kx / st;
        double ry = -sign * kz * ky / st;
        double rz = sign * (1.0 - kz * kz) / st;
        double nx = -sign * ky / st;
        double ny = sign * kx / st;

        double px = lPlus[po];
        double py = lPlus[po + 1];
        double pz = lPlus[po + 2];
        double mx = lMinus[mo];
        double my = lMinus[mo + 1];
        double mz = lMinus[mo + 2];
        double lp = Math.sqrt(px * px + py * py + pz * pz);
        double lm = Math.sqrt(mx * mx + my * my + mz * mz);
        double c1k = (px * kx + py * ky + pz * kz) / lp;
        double c1r = (px * rx + py * ry + pz * rz) / lp;
        double c1n = (px * nx + py * ny) / lp;
        double c2k = -(mx * kx + my * ky + mz * kz) / lm;
        double c2r = -(mx * rx + my * ry + mz * rz) / lm;
        double c2n = -(mx * nx + my * ny) / lm;

        return 1.0 - (c[KK] * c1k * c2k + c[RR] * c1r * c2r + c[NN] * c1n * c2n
                + c[KR] * (c1k * c2r + c1r * c2k));
    }
}
