package org.dineutrino.simulate;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leading-order pp -&gt; t tbar at 13 TeV from gg -&gt; t tbar and q qbar -&gt; t tbar with the CTEQ5L
 * densities at mu_R = mu_F = m_t (SIMULATION-PHYSICS.md sec. 1).
 *
 * <p>Squared matrix elements (spin and colour averaged, divided by g_s^4; Ellis-Stirling-Webber
 * form verified in the note), with z = cos theta* in the t tbar frame:
 * <pre>
 *   A_qq = (2/9) [2 - beta^2 (1 - z^2)]
 *   A_gg = F_gg [1 + 2 beta^2 (1 - z^2) - beta^4 (1 + (1 - z^2)^2)],  F_gg = (7 + 9 beta^2 z^2)/(48 (1 - beta^2 z^2)^2)
 *   d sigma-hat/dz = pi alpha_s^2 beta A / (2 s-hat)
 *   sigma = integral dv dy dz [x1 f_i(x1)] [x2 f_j(x2)] d sigma-hat_ij/dz,
 *   s-hat = (m1 + m2)^2 e^v,  x1,2 = sqrt(tau) e^(+-y)
 * </pre>
 * The top and antitop masses m1, m2 come from Breit-Wigners first, so the threshold (m1 + m2)^2
 * moves with them and m_tt can fall below 2 m_t; beta = lambda^(1/2)(s-hat, m1^2, m2^2)/s-hat.
 * z is sampled as z = tanh(u artanh beta)/beta, u uniform, which absorbs one power of the gg
 * propagator 1/(1 - beta^2 z^2). Events are unweighted by hit-or-miss against a maximum weight
 * found once, with a fixed seed, at class initialisation; the generation is therefore exact up
 * to points above that maximum, which {@link #overweightCount()} counts. The top mass (172.5 GeV
 * nominal) and with it the width, the scale mu = m_t and the shape-correction nodes come from a
 * {@link TtbarTune}, so that the m_t +- 1 GeV samples run this same code.
 *
 * <p>Data-driven shape correction (a model of ours, on by default): LO with ISR recoil gives a top
 * p_T spectrum harder than measured (LO/data 0.78 at 0-65 GeV to 1.9 at 400-550 GeV) and too few
 * events near threshold. Accepted events are therefore kept with probability
 * f(m_tt) g(pT_t)/max(f g), pT_t the top p_T in the t tbar frame, where f and g are piecewise linear
 * between the bin centres of the CMS TOP-17-014 parton-level normalised m_tt and pT(t)
 * (HEPData ins1703993 d046, d02; {@code physics/ref-13tev-distributions.tsv}) and constant beyond;
 * their node values were found by iterative proportional fitting of this generator (with recoil)
 * to those two distributions, 1e6 events, and are reproduced to 1 % per bin. The correction is
 * a tune to the data the shape tests compare with; p_T^nu nu and min Delta phi are tested against
 * independent fixed-order predictions.
 */
final class TtbarProduction {

    /** Upper limit of tau = s-hat/s; the region above holds a negligible part of sigma (note sec. 1.3). */
    private static final double TAU_MAX = 0.25;
    /**
     * Importance sampling (any choice gives the same distribution, only the efficiency changes):
     * v from e^(-V_SLOPE v) truncated to [0, v_max], and y = y_max tanh(c u)/tanh(c) with u uniform.
     */
    private static final double V_SLOPE = 0.8;
    private static final double Y_CONCENTRATION = 0.5;
    /** Points of the pre-run that finds the maximum weight, and its fixed seed. */
    private static final int PRE_RUN_POINTS = 400_000;
    private static final long PRE_RUN_SEED = 0x5eed_7777L;
    /** The pre-run maximum times this margin is the hit-or-miss envelope. */
    private static final double MAX_WEIGHT_MARGIN = 1.3;

    /** Nodes of the m_tt factor f at the CMS bin centres [GeV] (class javadoc). */
    private static final double[] MTT_NODES = {340, 425, 545, 720, 960, 1300, 2000};
    private static final double[] MTT_FACTORS = {1.1873, 0.8204, 1.0624, 1.2547, 1.2091, 1.3514, 1.3102};
    /** Nodes of the top-p_T factor g at the CMS bin centres [GeV] (class javadoc). */
    private static final double[] PT_NODES = {32.5, 95, 162.5, 245, 345, 475};
    private static final double[] PT_FACTORS = {1.3961, 1.0896, 0.9020, 0.5308, 0.4675, 0.3316};
    private static final double MAX_SHAPE_FACTOR = max(MTT_FACTORS) * max(PT_FACTORS);

    /** The sampled hard scattering, in the t tbar zero-momentum frame plus its rapidity. */
    static final class HardScatter {
        /** Top and antitop masses [GeV]. */
        double topMass;
        double antitopMass;
        /** s-hat [GeV^2], t tbar rapidity y, z = cos theta* of the top w.r.t. beam 1, azimuth [rad]. */
        double shat;
        double rapidity;
        double cosTheta;
        double phi;
        /** Velocity-like factor lambda^(1/2)(s-hat, m1^2, m2^2)/s-hat of the matrix element. */
        double beta;
        /** true for gg -&gt; t tbar, false for q qbar (needed for the spin correlations). */
        boolean gluonFusion;
        /** Weights of the last point: both channels [pb]. */
        double weightGg;
        double weightQq;
    }

    private static final TtbarProduction BREIT_WIGNER = new TtbarProduction(false);
    /** Shared tables of the alternative top masses, built on first use (one per mass). */
    private static final Map<Double, TtbarProduction> OTHER_MASSES = new ConcurrentHashMap<>();

    private final boolean onShell;
    private final double topMass;
    private final double topWidth;
    private final double[] mttNodes;
    private final double[] ptNodes;
    private final PdfTable pdf;
    private final double alphaS;
    private final double maxWeight;
    private final double[] pdf1 = new double[Cteq5l.N_FLAVOURS];
    private final double[] pdf2 = new double[Cteq5l.N_FLAVOURS];
    private long overweights;

    /**
     * @param onShell true: both tops at m_t exactly (the note's sec. 1.4 LO cross section);
     *                false: Breit-Wigner masses (the generator)
     */
    TtbarProduction(boolean onShell) {
        this(onShell, TtbarTune.NOMINAL, null);
    }

    private TtbarProduction(boolean onShell, TtbarTune tune, TtbarProduction sharedTables) {
        this.onShell = onShell;
        this.topMass = tune.topMass();
        this.topWidth = tune.topWidth();
        this.mttNodes = scaled(MTT_NODES, tune.massRatio());
        this.ptNodes = scaled(PT_NODES, tune.massRatio());
        this.pdf = sharedTables != null ? sharedTables.pdf : new PdfTable(topMass, 0, 1);
        this.alphaS = PhysicsConstants.alphaS(topMass);
        HardScatter preRun = new HardScatter();
        this.maxWeight = sharedTables != null ? sharedTables.maxWeight
                : Sampling.envelope(PRE_RUN_SEED, PRE_RUN_POINTS, MAX_WEIGHT_MARGIN, rng -> samplePoint(rng, preRun));
    }

    /** A generator instance for one thread: it shares the tables and the envelope of the default one. */
    static TtbarProduction forThread() {
        return new TtbarProduction(false, TtbarTune.NOMINAL, BREIT_WIGNER);
    }

    /** As {@link #forThread()} for the top mass and width of {@code tune}. */
    static TtbarProduction forThread(TtbarTune tune) {
        if (tune.topMass() == PhysicsConstants.TOP_MASS) {
            return forThread();
        }
        TtbarProduction shared = OTHER_MASSES.computeIfAbsent(tune.topMass(),
                m -> new TtbarProduction(false, TtbarTune.withTopMass(m), null));
        return new TtbarProduction(false, tune, shared);
    }

    private static double[] scaled(double[] nodes, double factor) {
        double[] out = nodes.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    /** Draws one unweighted hard scattering into {@code out}, with the shape correction. */
    void sample(SplittableRandom rng, HardScatter out) {
        while (true) {
            double w = samplePoint(rng, out);
            if (w > maxWeight) {
                overweights++;
            }
            if (rng.nextDouble() * maxWeight < w
                    && rng.nextDouble() * MAX_SHAPE_FACTOR < shapeCorrection(out, mttNodes, ptNodes)) {
                out.gluonFusion = rng.nextDouble() * w < out.weightGg;
                return;
            }
        }
    }

    /** f(m_tt) g(pT_t) of the class javadoc for a sampled point, nodes [GeV] of m_tt and pT_t. */
    static double shapeCorrection(HardScatter h, double[] mttNodes, double[] ptNodes) {
        double mass = Math.sqrt(h.shat);
        double pt = Lorentz.twoBodyMomentum(mass, h.topMass, h.antitopMass)
                * Math.sqrt(Math.max(0.0, 1.0 - h.cosTheta * h.cosTheta));
        return piecewiseLinear(mttNodes, MTT_FACTORS, mass) * piecewiseLinear(ptNodes, PT_FACTORS, pt);
    }

    /** Linear interpolation between (x_i, y_i), constant outside [x_0, x_last]. */
    static double piecewiseLinear(double[] x, double[] y, double at) {
        if (at <= x[0]) {
            return y[0];
        }
        for (int i = 1; i < x.length; i++) {
            if (at < x[i]) {
                return y[i - 1] + (y[i] - y[i - 1]) * (at - x[i - 1]) / (x[i] - x[i - 1]);
            }
        }
        return y[y.length - 1];
    }

    private static double max(double[] v) {
        double m = v[0];
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** How many sampled points exceeded the envelope (each biases the shape slightly). */
    long overweightCount() {
        return overweights;
    }

    /**
     * Samples a phase-space point (masses by Breit-Wigner, then v, y, u) and returns its
     * weight [pb]: the mean weight is the LO cross section. Fills the kinematics of {@code h}.
     */
    double samplePoint(SplittableRandom rng, HardScatter h) {
        sampleMasses(rng, h);
        double shat0 = (h.topMass + h.antitopMass) * (h.topMass + h.antitopMass);
        double vMax = Math.log(TAU_MAX * PhysicsConstants.S / shat0);
        double v = Sampling.truncatedExponential(rng, V_SLOPE, vMax);
        double vJacobian = Sampling.truncatedExponentialJacobian(V_SLOPE, vMax, v);
        h.shat = shat0 * Math.exp(v);
        double tau = h.shat / PhysicsConstants.S;
        double yMax = -0.5 * Math.log(tau);
        double u = 2.0 * rng.nextDouble() - 1.0;
        double tanhC = Math.tanh(Y_CONCENTRATION);
        double t = Math.tanh(Y_CONCENTRATION * u);
        h.rapidity = yMax * t / tanhC;
        double yJacobian = 2.0 * yMax * Y_CONCENTRATION * (1.0 - t * t) / tanhC;
        h.phi = 2.0 * Math.PI * rng.nextDouble();
        h.beta = Lorentz.twoBodyMomentum(Math.sqrt(h.shat), h.topMass, h.antitopMass) * 2.0 / Math.sqrt(h.shat);

        double zJacobian = sampleCosTheta(rng, h);
        double common = Math.PI * alphaS * alphaS * h.beta / (2.0 * h.shat)
                * vJacobian * yJacobian * zJacobian * PhysicsConstants.GEV2_TO_PB;
        double sqrtTau = Math.sqrt(tau);
        double x1 = sqrtTau * Math.exp(h.rapidity);
        double x2 = sqrtTau * Math.exp(-h.rapidity);
        pdf.xf(x1, topMass, pdf1);
        pdf.xf(x2, topMass, pdf2);
        h.weightGg = common * pdf1[Cteq5l.G] * pdf2[Cteq5l.G] * amplitudeGg(h.beta, h.cosTheta);
        h.weightQq = common * quarkLuminosity(pdf1, pdf2) * amplitudeQq(h.beta, h.cosTheta);
        return h.weightGg + h.weightQq;
    }

    private void sampleMasses(SplittableRandom rng, HardScatter h) {
        if (onShell) {
            h.topMass = topMass;
            h.antitopMass = topMass;
            return;
        }
        double lo = topMass - PhysicsConstants.TOP_WINDOW;
        double hi = topMass + PhysicsConstants.TOP_WINDOW;
        h.topMass = Sampling.breitWigner(rng, topMass, topWidth, lo, hi);
        h.antitopMass = Sampling.breitWigner(rng, topMass, topWidth, lo, hi);
    }

    /**
     * z = tanh(u a)/beta with a = artanh(beta) and u uniform in [-1, 1]; returns the Jacobian
     * 2 dz/du = 2 (a/beta)(1 - beta^2 z^2) that replaces the width 2 of a uniform z.
     */
    private static double sampleCosTheta(SplittableRandom rng, HardScatter h) {
        double u = 2.0 * rng.nextDouble() - 1.0;
        double beta = Math.max(h.beta, 1e-9);
        double a = 0.5 * Math.log((1 + beta) / (1 - beta));
        h.cosTheta = Math.tanh(u * a) / beta;
        return 2.0 * (a / beta) * (1.0 - beta * beta * h.cosTheta * h.cosTheta);
    }

    /** Sum over q = u, d, s, c, b of [x1 q][x2 qbar] + [x1 qbar][x2 q]; s, c, b seas are symmetric. */
    static double quarkLuminosity(double[] f1, double[] f2) {
        return f1[Cteq5l.U] * f2[Cteq5l.UBAR] + f1[Cteq5l.UBAR] * f2[Cteq5l.U]
                + f1[Cteq5l.D] * f2[Cteq5l.DBAR] + f1[Cteq5l.DBAR] * f2[Cteq5l.D]
                + 2.0 * (f1[Cteq5l.S] * f2[Cteq5l.S] + f1[Cteq5l.C] * f2[Cteq5l.C] + f1[Cteq5l.B] * f2[Cteq5l.B]);
    }

    /** A_qq = (2/9)[2 - beta^2 (1 - z^2)]: q qbar -&gt; t tbar, |M|^2 / g_s^4 averaged (note sec. 1.2). */
    static double amplitudeQq(double beta, double z) {
        return (2.0 / 9.0) * (2.0 - beta * beta * (1.0 - z * z));
    }

    /** A_gg of the class javadoc: gg -&gt; t tbar, |M|^2 / g_s^4 averaged (note sec. 1.2). */
    static double amplitudeGg(double beta, double z) {
        double b2 = beta * beta;
        double s2 = 1.0 - z * z;
        double d = 1.0 - b2 * z * z;
        double fgg = (7.0 + 9.0 * b2 * z * z) / (48.0 * d * d);
        return fgg * (1.0 + 2.0 * b2 * s2 - b2 * b2 * (1.0 + s2 * s2));
    }
}
