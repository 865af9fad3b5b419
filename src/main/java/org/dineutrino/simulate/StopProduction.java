package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Leading-order pp -&gt; stop stop* at 13 TeV from q qbar and gg (SIMULATION-PHYSICS.md sec. 8.2),
 * CTEQ5L at mu_R = mu_F = m(stop), for the kinematics only: samples are normalised to the
 * NNLO+NNLL cross section of {@link StopPoint}.
 *
 * <p>With z = cos theta* of the stop in the pair frame, beta = sqrt(1 - 4 m^2/s-hat),
 * m^2 - t-hat = (s-hat/2)(1 - beta z) and m^2 - u-hat = (s-hat/2)(1 + beta z), the note's
 * d sigma-hat/dt-hat become, divided by pi alpha_s^2/s-hat^2 (derived here from the note's forms):
 * <pre>
 *   A_qq = (1/9) beta^2 (1 - z^2)                                  (s-channel gluon only)
 *   A_gg = (1/128) [12 (1 + beta^2 z^2) - 8/3] [1 - 2X(1 - X)],  X = (1 - beta^2)/(1 - beta^2 z^2)
 *   d sigma-hat/dz = pi alpha_s^2 beta A / (2 s-hat)
 * </pre>
 * Their z integrals are the note's closed totals (checked in {@code StopProductionTest}). The stop
 * width (well below 1 GeV here) is neglected: both stops are on shell. Sampling as for
 * {@link TtbarProduction}: s-hat = 4 m^2 e^v with v exponential, y uniform, z uniform, then
 * hit-or-miss against the maximum weight of a fixed-seed pre-run.
 */
final class StopProduction {

    /** Upper limit of tau = s-hat/s; above it the heavy pair's luminosity is negligible (ours). */
    private static final double TAU_MAX = 0.25;
    /** Slope of the exponential in v = ln(s-hat/4m^2): importance sampling only (ours). */
    private static final double V_SLOPE = 1.5;
    private static final int PRE_RUN_POINTS = 200_000;
    private static final long PRE_RUN_SEED = 0x57_0b_2026L;
    private static final double MAX_WEIGHT_MARGIN = 1.3;

    /** The sampled stop pair: s-hat [GeV^2], rapidity, cos theta* of the stop w.r.t. beam 1, azimuth. */
    static final class HardScatter {
        double shat;
        double rapidity;
        double cosTheta;
        double phi;
        double beta;
        /** Weights of the last point in both channels [pb]. */
        double weightGg;
        double weightQq;
    }

    private final double stopMass;
    private final PdfTable pdf;
    private final double alphaS;
    private final double maxWeight;
    private final double[] pdf1 = new double[Cteq5l.N_FLAVOURS];
    private final double[] pdf2 = new double[Cteq5l.N_FLAVOURS];

    /** The last stop mass's generator, whose table and envelope the next threads share. */
    private static StopProduction shared;

    /** A generator for stops of mass stopMass [GeV]; builds its PDF table and envelope (about a second). */
    StopProduction(double stopMass) {
        this(stopMass, null);
    }

    private StopProduction(double stopMass, StopProduction tables) {
        this.stopMass = stopMass;
        this.pdf = tables != null ? tables.pdf : new PdfTable(stopMass, 0, 1);
        this.alphaS = PhysicsConstants.alphaS(stopMass);
        HardScatter preRun = new HardScatter();
        this.maxWeight = tables != null ? tables.maxWeight
                : Sampling.envelope(PRE_RUN_SEED, PRE_RUN_POINTS, MAX_WEIGHT_MARGIN, rng -> samplePoint(rng, preRun));
    }

    /** A generator for one thread: shares the table and envelope with the others of the same stop mass. */
    static synchronized StopProduction forThread(double stopMass) {
        if (shared == null || shared.stopMass != stopMass) {
            shared = new StopProduction(stopMass);
        }
        return new StopProduction(stopMass, shared);
    }

    /** Draws one unweighted stop pair into {@code out}. */
    void sample(SplittableRandom rng, HardScatter out) {
        while (true) {
            double w = samplePoint(rng, out);
            if (rng.nextDouble() * maxWeight < w) {
                return;
            }
        }
    }

    /**
     * Samples a phase-space point and returns its weight [pb]; the mean weight is the LO cross
     * section, and weightGg, weightQq its two channels.
     */
    double samplePoint(SplittableRandom rng, HardScatter h) {
        double shat0 = 4 * stopMass * stopMass;
        double vMax = Math.log(TAU_MAX * PhysicsConstants.S / shat0);
        double v = Sampling.truncatedExponential(rng, V_SLOPE, vMax);
        double vJacobian = Sampling.truncatedExponentialJacobian(V_SLOPE, vMax, v);
        h.shat = shat0 * Math.exp(v);
        double tau = h.shat / PhysicsConstants.S;
        double yMax = -0.5 * Math.log(tau);
        h.rapidity = yMax * (2.0 * rng.nextDouble() - 1.0);
        h.cosTheta = 2.0 * rng.nextDouble() - 1.0;
        h.phi = 2.0 * Math.PI * rng.nextDouble();
        h.beta = Math.sqrt(Math.max(0.0, 1.0 - shat0 / h.shat));

        double common = Math.PI * alphaS * alphaS * h.beta / (2.0 * h.shat)
                * vJacobian * 2.0 * yMax * 2.0 * PhysicsConstants.GEV2_TO_PB;
        double sqrtTau = Math.sqrt(tau);
        pdf.xf(sqrtTau * Math.exp(h.rapidity), stopMass, pdf1);
        pdf.xf(sqrtTau * Math.exp(-h.rapidity), stopMass, pdf2);
        h.weightGg = common * pdf1[Cteq5l.G] * pdf2[Cteq5l.G] * amplitudeGg(h.beta, h.cosTheta);
        h.weightQq = common * TtbarProduction.quarkLuminosity(pdf1, pdf2) * amplitudeQq(h.beta, h.cosTheta);
        return h.weightGg + h.weightQq;
    }

    /** A_qq of the class javadoc: q qbar -&gt; stop stop*, |M|^2 averaged, over g_s^4. */
    static double amplitudeQq(double beta, double z) {
        return beta * beta * (1.0 - z * z) / 9.0;
    }

    /** A_gg of the class javadoc: gg -&gt; stop stop*, |M|^2 averaged, over g_s^4. */
    static double amplitudeGg(double beta, double z) {
        double b2z2 = beta * beta * z * z;
        double x = (1.0 - beta * beta) / (1.0 - b2z2);
        return (12.0 * (1.0 + b2z2) - 8.0 / 3.0) * (1.0 - 2.0 * x * (1.0 - x)) / 128.0;
    }
}
