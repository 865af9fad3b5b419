package org.dineutrino.simulate;

/**
 * Leading-order b g -&gt; t W- (and, by CP, bbar g -&gt; tbar W+) squared matrix element, massless b,
 * from the two tree diagrams (s-channel b, t-channel top) evaluated by numerical Dirac traces:
 * <pre>
 *   M = (g_W/sqrt 2) g_s T^a eps_mu(g) eps*_rho(W) u-bar(k2) Gamma^{mu rho} u(p1)
 *   Gamma^{mu rho} = gamma^rho P_L (p1-slash + p2-slash) gamma^mu / s
 *                  + gamma^mu (k2-slash - p2-slash + m_t) gamma^rho P_L / (t - m_t^2),   t = (p2 - k2)^2
 *   sum |M|^2 = (g_W^2/2) g_s^2 Tr(T^a T^a) sum_{mu,rho,sigma} (-g_mumu) P_rhosigma
 *               Tr[(k2-slash + m_t) Gamma^{mu rho} p1-slash Gamma-bar^{mu sigma}],   P = -g + k1 k1 / M_W^2
 * </pre>
 * averaged over 2 x 2 spins and 3 x 8 colours; g_W^2 = 4 sqrt(2) G_F M_W^2, g_s^2 = 4 pi alpha_s(m_t),
 * V_tb = 1. The gluon polarisation sum -g is exact because the amplitude is QCD gauge invariant
 * (two diagrams with the same colour factor); {@code TwMatrixElementTest} checks that the amplitude
 * contracted with the gluon momentum vanishes, and the massless limit against the known
 * q g -&gt; q' W form -(s^2 + t^2 + 2 u M_W^2)/(s t). d sigma/d cos theta = |M|^2 p_out / (16 pi s^(3/2)) with
 * theta the angle between the top and the b quark in the centre-of-mass frame.
 *
 * <p>Because the traces are slow, |M|^2 is tabulated once on a grid in v = ln(s/(m_t + M_W)^2)
 * and cos theta at the on-shell masses and read back by bilinear interpolation.
 */
final class TwMatrixElement {

    /** Grid: v in [0, V_MAX] with N_V points, cos theta in [-1, 1] with N_Z points. */
    private static final double THRESHOLD = (PhysicsConstants.TOP_MASS + PhysicsConstants.W_MASS)
            * (PhysicsConstants.TOP_MASS + PhysicsConstants.W_MASS);
    static final double V_MAX = Math.log(0.25 * PhysicsConstants.S / THRESHOLD);
    private static final int N_V = 120;
    private static final int N_Z = 81;

    private static final TwMatrixElement INSTANCE = new TwMatrixElement();

    private final double[] table = new double[N_V * N_Z];

    private TwMatrixElement() {
        for (int iv = 0; iv < N_V; iv++) {
            double s = THRESHOLD * Math.exp(V_MAX * iv / (N_V - 1)) * (iv == 0 ? 1.0001 : 1.0);
            for (int iz = 0; iz < N_Z; iz++) {
                double z = -1.0 + 2.0 * iz / (N_Z - 1);
                table[iv * N_Z + iz] = averaged(s, z, PhysicsConstants.TOP_MASS, PhysicsConstants.W_MASS,
                        PhysicsConstants.alphaS(PhysicsConstants.TOP_MASS));
            }
        }
    }

    static TwMatrixElement instance() {
        return INSTANCE;
    }

    /** Interpolated spin- and colour-averaged |M|^2 at s-hat [GeV^2] and cos theta(top, b). */
    double value(double shat, double cosTheta) {
        double tv = Math.max(0.0, Math.log(shat / THRESHOLD)) / V_MAX * (N_V - 1);
        int iv = Math.min((int) tv, N_V - 2);
        double wv = Math.min(tv - iv, 1.0);
        double tz = (cosTheta + 1.0) / 2.0 * (N_Z - 1);
        int iz = Math.min(Math.max((int) tz, 0), N_Z - 2);
        double wz = Math.min(Math.max(tz - iz, 0.0), 1.0);
        int a = iv * N_Z + iz;
        int b = a + N_Z;
        return (1 - wv) * ((1 - wz) * table[a] + wz * table[a + 1]) + wv * ((1 - wz) * table[b] + wz * table[b + 1]);
    }

    /**
     * Spin- and colour-averaged |M|^2 at s [GeV^2] and cos theta between top and b in the
     * centre-of-mass frame, for top mass mt, W mass mw and coupling alphaS.
     */
    static double averaged(double s, double cosTheta, double mt, double mw, double alphaS) {
        double gw2 = 4 * Math.sqrt(2) * PhysicsConstants.FERMI_CONSTANT * mw * mw;
        double gs2 = 4 * Math.PI * alphaS;
        double colourSum = 4.0;
        double average = 1.0 / (4.0 * 3.0 * 8.0);
        return gw2 / 2 * gs2 * colourSum * average * diracSum(s, cosTheta, mt, mw, false);
    }

    /**
     * The Dirac part sum_{mu rho sigma} (-g_mumu) P_rhosigma Tr[...] of the class javadoc at the
     * kinematics (b along +z, gluon along -z, top at angle theta to the b). With
     * {@code gluonMomentumAsPolarisation} the gluon polarisation is replaced by its momentum
     * (Ward identity: the result must vanish).
     */
    static double diracSum(double s, double cosTheta, double mt, double mw, boolean gluonMomentumAsPolarisation) {
        double e = Math.sqrt(s) / 2;
        double[] p1 = {0, 0, e, e};
        double[] p2 = {0, 0, -e, e};
        double pOut = Lorentz.twoBodyMomentum(Math.sqrt(s), mt, mw);
        double sin = Math.sqrt(Math.max(0, 1 - cosTheta * cosTheta));
        double[] k2 = {pOut * sin, 0, pOut * cosTheta, Math.sqrt(pOut * pOut + mt * mt)};
        double[] k1 = {-k2[0], 0, -k2[2], Math.sqrt(pOut * pOut + mw * mw)};

        double[][][] vertex = vertices(s, p1, p2, k2, mt);
        if (gluonMomentumAsPolarisation) {
            vertex = new double[][][] {contractGluon(vertex, p2)};
        }
        double[] topSpinSum = Dirac.slash(k2[0], k2[1], k2[2], k2[3], mt);
        double[] bSpinSum = Dirac.slash(p1[0], p1[1], p1[2], p1[3], 0);
        double[][][] left = new double[vertex.length][4][];
        double[][][] right = new double[vertex.length][4][];
        for (int mu = 0; mu < vertex.length; mu++) {
            for (int rho = 0; rho < 4; rho++) {
                left[mu][rho] = Dirac.product(topSpinSum, vertex[mu][rho], bSpinSum);
                right[mu][rho] = Dirac.bar(vertex[mu][rho]);
            }
        }
        return contract(left, right, k1, mw, gluonMomentumAsPolarisation);
    }

    /** Gamma^{mu rho} of the class javadoc for mu, rho = 0..3. */
    private static double[][][] vertices(double s, double[] p1, double[] p2, double[] k2, double mt) {
        double t = Lorentz.mass2(new double[] {p2[0] - k2[0], p2[1] - k2[1], p2[2] - k2[2], p2[3] - k2[3]}, 0);
        double[] bPropagator = Dirac.slash(p1[0] + p2[0], p1[1] + p2[1], p1[2] + p2[2], p1[3] + p2[3], 0);
        double[] tPropagator = Dirac.slash(k2[0] - p2[0], k2[1] - p2[1], k2[2] - p2[2], k2[3] - p2[3], mt);
        double[][][] vertex = new double[4][4][];
        for (int mu = 0; mu < 4; mu++) {
            for (int rho = 0; rho < 4; rho++) {
                double[] sChannel = Dirac.product(Dirac.GAMMA[rho], Dirac.PL, bPropagator, Dirac.GAMMA[mu]);
                double[] tChannel = Dirac.product(Dirac.GAMMA[mu], tPropagator, Dirac.GAMMA[rho], Dirac.PL);
                vertex[mu][rho] = Dirac.linear(1 / s, sChannel, 1 / (t - mt * mt), tChannel);
            }
        }
        return vertex;
    }

    /**
     * sum over mu, rho, sigma of (-g_mumu) P_rhosigma Re Tr[left^{mu rho} right^{mu sigma}], with
     * P = -g + k1 k1/M_W^2; a single "mu" (weight 1) when the gluon index is already contracted.
     */
    private static double contract(double[][][] left, double[][][] right, double[] k1, double mw,
                                   boolean contracted) {
        double sum = 0;
        for (int rho = 0; rho < 4; rho++) {
            for (int sigma = 0; sigma < 4; sigma++) {
                double polarisation = (rho == sigma ? -Dirac.METRIC[rho] : 0)
                        + Dirac.METRIC[rho] * k1[index(rho)] * Dirac.METRIC[sigma] * k1[index(sigma)] / (mw * mw);
                for (int mu = 0; polarisation != 0 && mu < left.length; mu++) {
                    double gluon = contracted ? 1.0 : -Dirac.METRIC[mu];
                    sum += gluon * polarisation * Dirac.traceOfProductRe(left[mu][rho], right[mu][sigma]);
                }
            }
        }
        return sum;
    }

    /** Gamma^{mu rho} p2_mu for each rho. */
    private static double[][] contractGluon(double[][][] vertex, double[] p2) {
        double[][] out = new double[4][];
        for (int rho = 0; rho < 4; rho++) {
            double[] c = new double[Dirac.SIZE];
            for (int mu = 0; mu < 4; mu++) {
                double p2Lower = Dirac.METRIC[mu] * p2[index(mu)];
                for (int i = 0; i < Dirac.SIZE; i++) {
                    c[i] += p2Lower * vertex[mu][rho][i];
                }
            }
            out[rho] = c;
        }
        return out;
    }

    /** Lorentz index 0..3 (E, x, y, z) to the (px, py, pz, E) storage slot. */
    private static int index(int mu) {
        return mu == 0 ? 3 : mu - 1;
    }
}
