package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Leading-order pp -&gt; t W- (or tbar W+) from b g with CTEQ5L at mu = m_t, the matrix element of
 * {@link TwMatrixElement} (five-flavour scheme, diagram-removal-like: the doubly resonant
 * t tbar diagrams do not exist at this order). Sampling as in {@link TtbarProduction}: Breit-Wigner
 * top and W masses, v = ln(s-hat/(m_t + m_W)^2) and y uniform, z = cos theta(top, beam 1) uniform,
 * weight
 * <pre>
 *   w = ([x1 b][x2 g] F(s, z) + [x1 g][x2 b] F(s, -z)) v_max 2 y_max 2,
 *   F = |M|^2(s, cos theta(t, b)) p_out / (16 pi s^(3/2))
 * </pre>
 * and hit-or-miss unweighting against a maximum found once with a fixed seed.
 */
final class TwProduction {

    private static final double TAU_MAX = 0.25;
    private static final int PRE_RUN_POINTS = 200_000;
    private static final long PRE_RUN_SEED = 0x7_3a11L;
    private static final double MAX_WEIGHT_MARGIN = 1.3;

    /** The sampled t W system in its zero-momentum frame, plus its rapidity. */
    static final class HardScatter {
        double topMass;
        double wMass;
        double shat;
        double rapidity;
        /** cos theta of the top w.r.t. beam 1 (+z), azimuth [rad]. */
        double cosTheta;
        double phi;
    }

    private static final TwProduction DEFAULT = new TwProduction(null);

    private final PdfTable pdf;
    private final double maxWeight;
    private final double[] pdf1 = new double[Cteq5l.N_FLAVOURS];
    private final double[] pdf2 = new double[Cteq5l.N_FLAVOURS];

    private TwProduction(TwProduction shared) {
        this.pdf = shared != null ? shared.pdf : new PdfTable(PhysicsConstants.TOP_MASS, 0, 1);
        HardScatter preRun = new HardScatter();
        this.maxWeight = shared != null ? shared.maxWeight
                : Sampling.envelope(PRE_RUN_SEED, PRE_RUN_POINTS, MAX_WEIGHT_MARGIN, rng -> samplePoint(rng, preRun));
    }

    /** An instance for one thread, sharing the tables and envelope. */
    static TwProduction forThread() {
        return new TwProduction(DEFAULT);
    }

    /** Draws one unweighted t W system. */
    void sample(SplittableRandom rng, HardScatter out) {
        while (true) {
            double w = samplePoint(rng, out);
            if (rng.nextDouble() * maxWeight < w) {
                return;
            }
        }
    }

    /** Weight [pb] of a uniformly sampled point; the mean is the LO sigma(pp -&gt; t W-). */
    double samplePoint(SplittableRandom rng, HardScatter h) {
        double mt = PhysicsConstants.TOP_MASS;
        h.topMass = Sampling.breitWigner(rng, mt, PhysicsConstants.TOP_WIDTH,
                mt - PhysicsConstants.TOP_WINDOW, mt + PhysicsConstants.TOP_WINDOW);
        h.wMass = Sampling.breitWigner(rng, PhysicsConstants.W_MASS, PhysicsConstants.W_WIDTH,
                PhysicsConstants.W_MASS_LOW, PhysicsConstants.W_MASS_HIGH);
        double shat0 = (h.topMass + h.wMass) * (h.topMass + h.wMass);
        double vMax = Math.log(TAU_MAX * PhysicsConstants.S / shat0);
        h.shat = shat0 * Math.exp(vMax * rng.nextDouble());
        double tau = h.shat / PhysicsConstants.S;
        double yMax = -0.5 * Math.log(tau);
        h.rapidity = yMax * (2 * rng.nextDouble() - 1);
        h.cosTheta = 2 * rng.nextDouble() - 1;
        h.phi = 2 * Math.PI * rng.nextDouble();

        double sqrtS = Math.sqrt(h.shat);
        double flux = Lorentz.twoBodyMomentum(sqrtS, h.topMass, h.wMass) / (16 * Math.PI * h.shat * sqrtS);
        double sqrtTau = Math.sqrt(tau);
        pdf.xf(sqrtTau * Math.exp(h.rapidity), PhysicsConstants.TOP_MASS, pdf1);
        pdf.xf(sqrtTau * Math.exp(-h.rapidity), PhysicsConstants.TOP_MASS, pdf2);
        TwMatrixElement me = TwMatrixElement.instance();
        double bFromBeam1 = pdf1[Cteq5l.B] * pdf2[Cteq5l.G] * me.value(h.shat, h.cosTheta);
        double bFromBeam2 = pdf1[Cteq5l.G] * pdf2[Cteq5l.B] * me.value(h.shat, -h.cosTheta);
        return (bFromBeam1 + bFromBeam2) * flux * vMax * 2 * yMax * 2 * PhysicsConstants.GEV2_TO_PB;
    }
}
