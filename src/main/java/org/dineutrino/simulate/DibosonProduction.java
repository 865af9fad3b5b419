package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Leading-order q qbar(') -&gt; V1 V2 (W+ W-, W Z, Z Z) at 13 TeV with CTEQ5L, for the kinematics
 * only: the samples are normalised to the inclusive cross sections of {@link SimProcess}.
 *
 * <p>Both boson masses come from Breit-Wigners first (W 80.4/2.09 GeV in 60-100 GeV, Z
 * 91.1876/2.4952 GeV in 61-121 GeV), then s-hat from the threshold (m1 + m2)^2 up. The production
 * angle follows the t- and u-channel quark-exchange form, which is the LO result for
 * q qbar -&gt; Z Z (Brown, Mikaelian, Phys. Rev. D19 (1979) 922; with m2 = 0 it is the q qbar -&gt; Z gamma
 * form, with m1 = m2 = 0 that of q qbar -&gt; gamma gamma):
 * <pre>
 *   d sigma-hat/dt-hat ~ c_q / s-hat^2 [t/u + u/t + 2 s (m1^2 + m2^2)/(t u) - m1^2 m2^2 (1/t^2 + 1/u^2)]
 *   t = m1^2 - sqrt(s) (E1 - p z),  u = m2^2 - sqrt(s) (E2 + p z)   (pair rest frame)
 * </pre>
 * with c_q = g_L^4 + g_R^4 (g_L = T3 - Q sin^2 theta_W, g_R = -Q sin^2 theta_W) for Z Z. For W W
 * and W Z the same angular form is our approximation: it keeps the forward-peaked quark exchange
 * but not the s-channel gauge cancellations, the W W charge asymmetry in angle or the approximate
 * radiation zero of W Z; their quark weights c_q are 1 for each flavour pair with a diagonal CKM
 * matrix (u ubar, d dbar, s sbar, c cbar for W W; u dbar, c sbar for W+ Z and d ubar, s cbar for
 * W- Z). Scale mu_F = (M1 + M2)/2 fixed (ours). Weights are in arbitrary units; s-hat is sampled
 * exponentially in v = ln(s-hat/(m1 + m2)^2), y uniformly and z along the t- and u-channel poles,
 * and events are unweighted by hit-or-miss against a fixed-seed pre-run maximum (~20 % efficient).
 */
final class DibosonProduction {

    /** The boson pairs. */
    enum Pair {
        WW, WZ, ZZ
    }

    /** Z Breit-Wigner window, M_Z -+ 30 GeV (ours: holds 98 % of the line shape, no gamma* tail). */
    static final double Z_MASS_LOW = PhysicsConstants.Z_MASS - 30.0;
    static final double Z_MASS_HIGH = PhysicsConstants.Z_MASS + 30.0;

    private static final double TAU_MAX = 0.25;
    /** Slope of the exponential in v = ln(s-hat/(m1 + m2)^2): importance sampling only (ours). */
    private static final double V_SLOPE = 1.0;
    private static final int PRE_RUN_POINTS = 300_000;
    private static final long PRE_RUN_SEED = 0xd1_b050_2026L;
    private static final double MAX_WEIGHT_MARGIN = 1.3;

    /** The sampled pair in its rest frame, plus its rapidity; V1 (the W in W Z) at cos theta to beam 1. */
    static final class HardScatter {
        double mass1;
        double mass2;
        double shat;
        double rapidity;
        double cosTheta;
        double phi;
        /** W Z only: true for W+ Z, false for W- Z. */
        boolean positiveW;
    }

    private static final DibosonProduction[] SHARED = new DibosonProduction[Pair.values().length];

    private final Pair pair;
    private final boolean onShell;
    private final PdfTable pdf;
    private final double scale;
    private final double maxWeight;
    private final double[] pdf1 = new double[Cteq5l.N_FLAVOURS];
    private final double[] pdf2 = new double[Cteq5l.N_FLAVOURS];
    private double positiveShare;

    /**
     * @param onShell true: both bosons exactly at their pole masses (for tests of the angle);
     *                false: Breit-Wigner masses (the generator)
     */
    DibosonProduction(Pair pair, boolean onShell) {
        this(pair, onShell, null);
    }

    private DibosonProduction(Pair pair, boolean onShell, DibosonProduction shared) {
        this.pair = pair;
        this.onShell = onShell;
        this.scale = (poleMass(pair, true) + poleMass(pair, false)) / 2;
        this.pdf = shared != null ? shared.pdf : new PdfTable(scale, 0, 1);
        HardScatter preRun = new HardScatter();
        this.maxWeight = shared != null ? shared.maxWeight
                : Sampling.envelope(PRE_RUN_SEED, PRE_RUN_POINTS, MAX_WEIGHT_MARGIN, rng -> samplePoint(rng, preRun));
    }

    /** A generator for one thread: shares the table and envelope of one built once per pair. */
    static DibosonProduction forThread(Pair pair) {
        DibosonProduction shared;
        synchronized (SHARED) {
            if (SHARED[pair.ordinal()] == null) {
                SHARED[pair.ordinal()] = new DibosonProduction(pair, false);
            }
            shared = SHARED[pair.ordinal()];
        }
        return new DibosonProduction(pair, false, shared);
    }

    /** Draws one unweighted boson pair into {@code out}. */
    void sample(SplittableRandom rng, HardScatter out) {
        while (true) {
            double w = samplePoint(rng, out);
            if (rng.nextDouble() * maxWeight < w) {
                out.positiveW = rng.nextDouble() < positiveShare;
                return;
            }
        }
    }

    /**
     * Samples masses, v, y and z and returns the point's weight (arbitrary units, proportional
     * to d sigma); fills the kinematics of {@code h}.
     */
    double samplePoint(SplittableRandom rng, HardScatter h) {
        h.mass1 = sampleMass(rng, true);
        h.mass2 = sampleMass(rng, false);
        double shat0 = (h.mass1 + h.mass2) * (h.mass1 + h.mass2);
        double vMax = Math.log(TAU_MAX * PhysicsConstants.S / shat0);
        double v = Sampling.truncatedExponential(rng, V_SLOPE, vMax);
        double vJacobian = Sampling.truncatedExponentialJacobian(V_SLOPE, vMax, v);
        h.shat = shat0 * Math.exp(v);
        double tau = h.shat / PhysicsConstants.S;
        double yMax = -0.5 * Math.log(tau);
        h.rapidity = yMax * (2.0 * rng.nextDouble() - 1.0);
        h.phi = 2.0 * Math.PI * rng.nextDouble();

        double rootS = Math.sqrt(h.shat);
        double p = Lorentz.twoBodyMomentum(rootS, h.mass1, h.mass2);
        double zJacobian = sampleCosTheta(rng, h, rootS, p);

        double sqrtTau = Math.sqrt(tau);
        pdf.xf(sqrtTau * Math.exp(h.rapidity), scale, pdf1);
        pdf.xf(sqrtTau * Math.exp(-h.rapidity), scale, pdf2);
        double dSigmaDz = angular(h.shat, h.mass1, h.mass2, h.cosTheta) * rootS * p / (h.shat * h.shat);
        return luminosity() * dSigmaDz * vJacobian * 2.0 * yMax * zJacobian;
    }

    /**
     * Draws z = cos theta from the density g(z) = (1/2)(g_t + g_u), g_t ~ 1/(-t) and g_u ~ 1/(-u),
     * each normalised on [-1, 1] (ln(-t) uniform, then ln(-u) uniform): it follows the t- and
     * u-channel poles, which at high s-hat sit within ~m^4/s-hat of z = +-1. Returns 1/g(z).
     */
    private static double sampleCosTheta(SplittableRandom rng, HardScatter h, double rootS, double p) {
        double e1 = (h.shat + h.mass1 * h.mass1 - h.mass2 * h.mass2) / (2 * rootS);
        double e2 = rootS - e1;
        // -t = rootS (e1 - p z) - m1^2 and -u = rootS (e2 + p z) - m2^2, both positive on [-1, 1]
        double tLow = rootS * (e1 - p) - h.mass1 * h.mass1;
        double tHigh = rootS * (e1 + p) - h.mass1 * h.mass1;
        double uLow = rootS * (e2 - p) - h.mass2 * h.mass2;
        double uHigh = rootS * (e2 + p) - h.mass2 * h.mass2;
        double lnT = Math.log(tHigh / tLow);
        double lnU = Math.log(uHigh / uLow);
        double u = rng.nextDouble();
        if (rng.nextBoolean()) {
            double minusT = tLow * Math.exp(lnT * u);
            h.cosTheta = (e1 - (minusT + h.mass1 * h.mass1) / rootS) / p;
        } else {
            double minusU = uLow * Math.exp(lnU * u);
            h.cosTheta = ((minusU + h.mass2 * h.mass2) / rootS - e2) / p;
        }
        h.cosTheta = Math.max(-1.0, Math.min(1.0, h.cosTheta));
        double minusT = rootS * (e1 - p * h.cosTheta) - h.mass1 * h.mass1;
        double minusU = rootS * (e2 + p * h.cosTheta) - h.mass2 * h.mass2;
        double density = 0.5 * rootS * p * (1 / (minusT * lnT) + 1 / (minusU * lnU));
        return 1 / density;
    }

    /**
     * The bracket of the class javadoc, t/u + u/t + 2 s (m1^2 + m2^2)/(t u) - m1^2 m2^2 (1/t^2 + 1/u^2),
     * at cos theta = z of V1 in the pair rest frame; s = s-hat [GeV^2], masses [GeV].
     */
    static double angular(double s, double m1, double m2, double z) {
        double rootS = Math.sqrt(s);
        double p = Lorentz.twoBodyMomentum(rootS, m1, m2);
        double e1 = (s + m1 * m1 - m2 * m2) / (2 * rootS);
        double e2 = rootS - e1;
        double t = m1 * m1 - rootS * (e1 - p * z);
        double u = m2 * m2 - rootS * (e2 + p * z);
        double mm = m1 * m1 * m2 * m2;
        return t / u + u / t + 2 * s * (m1 * m1 + m2 * m2) / (t * u) - mm * (1 / (t * t) + 1 / (u * u));
    }

    /** Sum over quark pairs of c_q ([x1 q][x2 qbar'] + [x1 qbar'][x2 q]); sets the W+ share for W Z. */
    private double luminosity() {
        switch (pair) {
            case WW:
                return pair(Cteq5l.U, Cteq5l.UBAR) + pair(Cteq5l.D, Cteq5l.DBAR) + pair(Cteq5l.S, Cteq5l.S)
                        + pair(Cteq5l.C, Cteq5l.C);
            case WZ:
                double plus = pair(Cteq5l.U, Cteq5l.DBAR) + pair(Cteq5l.C, Cteq5l.S);
                double minus = pair(Cteq5l.D, Cteq5l.UBAR) + pair(Cteq5l.S, Cteq5l.C);
                positiveShare = plus / (plus + minus);
                return plus + minus;
            default:
                return zCoupling(2.0 / 3, 0.5) * (pair(Cteq5l.U, Cteq5l.UBAR) + pair(Cteq5l.C, Cteq5l.C))
                        + zCoupling(-1.0 / 3, -0.5) * (pair(Cteq5l.D, Cteq5l.DBAR) + pair(Cteq5l.S, Cteq5l.S)
                        + pair(Cteq5l.B, Cteq5l.B));
        }
    }

    /** [x1 q][x2 qbar] + [x1 qbar][x2 q] for the flavour slots q and qbar (s, c, b seas are symmetric). */
    private double pair(int q, int qbar) {
        return pdf1[q] * pdf2[qbar] + pdf1[qbar] * pdf2[q];
    }

    /** g_L^4 + g_R^4 of a quark of charge Q and isospin T3 to the Z. */
    static double zCoupling(double charge, double t3) {
        double gl = t3 - charge * PhysicsConstants.SIN2_THETA_W;
        double gr = -charge * PhysicsConstants.SIN2_THETA_W;
        return gl * gl * gl * gl + gr * gr * gr * gr;
    }

    private double sampleMass(SplittableRandom rng, boolean first) {
        boolean w = first ? pair != Pair.ZZ : pair == Pair.WW;
        if (onShell) {
            return w ? PhysicsConstants.W_MASS : PhysicsConstants.Z_MASS;
        }
        return w ? Sampling.breitWigner(rng, PhysicsConstants.W_MASS, PhysicsConstants.W_WIDTH,
                PhysicsConstants.W_MASS_LOW, PhysicsConstants.W_MASS_HIGH)
                : Sampling.breitWigner(rng, PhysicsConstants.Z_MASS, PhysicsConstants.Z_WIDTH, Z_MASS_LOW, Z_MASS_HIGH);
    }

    private static double poleMass(Pair pair, boolean first) {
        boolean w = first ? pair != Pair.ZZ : pair == Pair.WW;
        return w ? PhysicsConstants.W_MASS : PhysicsConstants.Z_MASS;
    }

    /** The factorisation and renormalisation scale of the pair [GeV]: the mean of the two pole masses. */
    double scale() {
        return scale;
    }
}
