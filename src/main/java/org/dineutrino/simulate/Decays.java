package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Decays of tops, Ws and taus (SIMULATION-PHYSICS.md sec. 3), as pure functions that write
 * four-vectors into caller-supplied arrays.
 */
final class Decays {

    /** Offsets of the {@link #topDecay} output: W, b, charged lepton, neutrino (top rest frame). */
    static final int W = 0;
    static final int B = 4;
    static final int LEPTON = 8;
    static final int NEUTRINO = 12;
    static final int TOP_DECAY_SIZE = 16;

    /** Gap kept between m_W and the t -&gt; W b threshold m_t - m_b [GeV], so the b has momentum. */
    private static final double W_THRESHOLD_GAP = 0.5;

    /** Helicity fractions normalised to 1 (the published set sums to 0.9997). */
    private static final double HELICITY_SUM = PhysicsConstants.W_HELICITY_F0 + PhysicsConstants.W_HELICITY_FL
            + PhysicsConstants.W_HELICITY_FR;
    private static final double P_LEFT = PhysicsConstants.W_HELICITY_FL / HELICITY_SUM;
    private static final double P_LONGITUDINAL = PhysicsConstants.W_HELICITY_F0 / HELICITY_SUM;

    private Decays() {
    }

    /**
     * cos theta* of the charged lepton in the W rest frame w.r.t. the W flight direction in the
     * top rest frame, from (1/Gamma) dGamma/dcos = (3/8)(1 - c)^2 F_L + (3/4)(1 - c^2) F_0
     * + (3/8)(1 + c)^2 F_R (note sec. 3.2; the same for t and tbar by CP). Exact: the mixture
     * component is chosen by its fraction, (1 -+ c)^2 by inverting its cumulative distribution
     * and (1 - c^2) as the median of three uniforms on [-1, 1].
     */
    static double helicityCosTheta(SplittableRandom rng) {
        double pick = rng.nextDouble();
        if (pick < P_LEFT) {
            return 1.0 - 2.0 * Math.cbrt(rng.nextDouble());
        }
        if (pick < P_LEFT + P_LONGITUDINAL) {
            return medianOfThree(2 * rng.nextDouble() - 1, 2 * rng.nextDouble() - 1, 2 * rng.nextDouble() - 1);
        }
        return 2.0 * Math.cbrt(rng.nextDouble()) - 1.0;
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /**
     * t -&gt; W b, W -&gt; l nu in the top rest frame, unpolarised top: the W direction is isotropic,
     * m_W from the Breit-Wigner in [60 GeV, min(100 GeV, m_t - m_b - 0.5 GeV)], the lepton angle
     * from {@link #helicityCosTheta}. The spin correlation is applied afterwards by the caller as a
     * weight on the lepton direction (note sec. 4.4).
     *
     * @param topMass    the top's (Breit-Wigner) mass [GeV]
     * @param leptonMass 0 for e and mu, m_tau for a tau
     * @param out        length &gt;= {@link #TOP_DECAY_SIZE}: W, b, lepton, neutrino
     * @param scratch    length &gt;= 3, overwritten
     */
    static void topDecay(SplittableRandom rng, double topMass, double leptonMass, double[] out, double[] scratch) {
        double wHigh = Math.min(PhysicsConstants.W_MASS_HIGH, topMass - PhysicsConstants.B_MASS - W_THRESHOLD_GAP);
        double wMass = Sampling.breitWigner(rng, PhysicsConstants.W_MASS, PhysicsConstants.W_WIDTH,
                PhysicsConstants.W_MASS_LOW, wHigh);
        Sampling.isotropic(rng, scratch, 0);
        double wx = scratch[0];
        double wy = scratch[1];
        double wz = scratch[2];
        Lorentz.twoBodyDecay(topMass, wMass, PhysicsConstants.B_MASS, wx, wy, wz, out, W, out, B);

        double c = helicityCosTheta(rng);
        double s = Math.sqrt(Math.max(0.0, 1.0 - c * c));
        double phi = 2.0 * Math.PI * rng.nextDouble();
        perpendicularDirection(wx, wy, wz, c, s * Math.cos(phi), s * Math.sin(phi), scratch);
        Lorentz.twoBodyDecay(wMass, leptonMass, 0.0, scratch[0], scratch[1], scratch[2],
                out, LEPTON, out, NEUTRINO);
        Lorentz.boostFromRestFrameOf(out, LEPTON, out, W);
        Lorentz.boostFromRestFrameOf(out, NEUTRINO, out, W);
    }

    /**
     * The unit vector c a + s1 e1 + s2 e2, where (e1, e2, a) is a right-handed orthonormal basis
     * built around the unit vector a = (ax, ay, az); written to out[0..2].
     */
    static void perpendicularDirection(double ax, double ay, double az, double c, double s1, double s2,
                                       double[] out) {
        // e1 = normalise(h x a) with helper h the coordinate axis least aligned with a
        double e1x;
        double e1y;
        double e1z;
        if (Math.abs(az) < 0.9) {
            double n = Math.sqrt(ax * ax + ay * ay);
            e1x = -ay / n;
            e1y = ax / n;
            e1z = 0.0;
        } else {
            double n = Math.sqrt(ay * ay + az * az);
            e1x = 0.0;
            e1y = az / n;
            e1z = -ay / n;
        }
        double e2x = ay * e1z - az * e1y;
        double e2y = az * e1x - ax * e1z;
        double e2z = ax * e1y - ay * e1x;
        out[0] = c * ax + s1 * e1x + s2 * e2x;
        out[1] = c * ay + s1 * e1y + s2 * e2y;
        out[2] = c * az + s1 * e1z + s2 * e2z;
    }

    /**
     * Energy fraction z = E_l/E_tau of the charged lepton in tau -&gt; l nu nu, collinear limit,
     * massless lepton (note sec. 3.4, Bullock-Hagiwara-Martin form):
     * f(z) = (1/3)(1 - z)[(5 + 5z - 4z^2) + P (1 + z - 8z^2)]; P = -1 for taus from W (f = (4/3)(1 - z^3)),
     * P = 0 for taus from Z (our approximation; P_tau = -0.15 there). Sampled by accept-reject
     * under the maximum 5/3, which bounds f for every P in [-1, 0].
     */
    static double tauLeptonFraction(SplittableRandom rng, double polarisation) {
        while (true) {
            double z = rng.nextDouble();
            double f = (1.0 - z) * ((5 + 5 * z - 4 * z * z) + polarisation * (1 + z - 8 * z * z)) / 3.0;
            if (rng.nextDouble() * (5.0 / 3.0) < f) {
                return z;
            }
        }
    }
}
