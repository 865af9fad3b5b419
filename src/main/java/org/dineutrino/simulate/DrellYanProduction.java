package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Leading-order q qbar -&gt; Z/gamma* -&gt; l+ l- (one lepton flavour) with CTEQ5L at mu = m_ll.
 *
 * <p>Partonic cross section (Ellis, Stirling, Webber, "QCD and Collider Physics", the e+e- -&gt; f fbar
 * Born formula with the quark as initial state; colour average 1/3):
 * <pre>
 *   sigma-hat_q(s) = (4 pi alpha^2 / (9 s)) [Q_l^2 Q_q^2 + 2 Q_l Q_q v_l v_q Re chi
 *                                          + (v_l^2 + a_l^2)(v_q^2 + a_q^2) |chi|^2]
 *   chi = kappa s/(s - M_Z^2 + i Gamma_Z M_Z),  kappa = sqrt(2) G_F M_Z^2/(4 pi alpha),
 *   v = T3 - 2 Q sin^2 theta_W,  a = T3
 *   d sigma/dm^2 dy = sum_q ([x1 q][x2 qbar] + [x1 qbar][x2 q]) sigma-hat_q(m^2) / m^2
 * </pre>
 * (this normalisation reproduces the Z-pole 12 pi Gamma_ee Gamma_ff/(M^2 Gamma^2)). m^2 is
 * sampled from a mixture of a Breit-Wigner and a 1/m^4 density, y uniformly, and events are
 * unweighted by hit-or-miss against a maximum found once with a fixed seed. The lepton angle in
 * the l+l- rest frame follows 1 + cos^2 theta (the forward-backward term is left out: it
 * averages away in pp without the quark direction; our simplification).
 */
final class DrellYanProduction {

    /** Quark charges and third isospin components (u, d, s, c, b). */
    private static final double[] QUARK_CHARGE = {2.0 / 3, -1.0 / 3, -1.0 / 3, 2.0 / 3, -1.0 / 3};
    private static final double[] QUARK_T3 = {0.5, -0.5, -0.5, 0.5, -0.5};
    private static final double LEPTON_CHARGE = -1.0;
    private static final double LEPTON_T3 = -0.5;

    private static final int PRE_RUN_POINTS = 200_000;
    private static final long PRE_RUN_SEED = 0xd7_2024L;
    private static final double MAX_WEIGHT_MARGIN = 1.3;
    /** Breit-Wigner share of the m^2 sampling when the window contains the Z. */
    private static final double BREIT_WIGNER_SHARE = 0.6;

    /**
     * Edges of the Z-pole window [GeV] outside which {@link #sample(SplittableRandom, Dilepton, double)}
     * can enhance the rate: the selection's Z veto 76-106 GeV (DESIGN.md), on the true m_ll.
     */
    static final double POLE_LOW = 76.0;
    static final double POLE_HIGH = 106.0;

    /**
     * The sampled dilepton system: mass [GeV], rapidity, cos theta of l- in its rest frame, and the
     * weight p_true/p_sampled of the mass choice (1 unless the off-pole rate is enhanced).
     */
    static final class Dilepton {
        double mass;
        double rapidity;
        double cosTheta;
        double phi;
        double weight = 1.0;
    }

    private final double massLow;
    private final double massHigh;
    private final double bwShare;
    private final PdfTable pdf;
    private final double maxWeight;
    /** Share of the window's cross section with m_ll outside [POLE_LOW, POLE_HIGH]. */
    private final double offPoleFraction;
    private final double[] pdf1 = new double[Cteq5l.N_FLAVOURS];
    private final double[] pdf2 = new double[Cteq5l.N_FLAVOURS];
    private final double kappa = Math.sqrt(2) * PhysicsConstants.FERMI_CONSTANT
            * PhysicsConstants.Z_MASS * PhysicsConstants.Z_MASS / (4 * Math.PI * PhysicsConstants.ALPHA_EM_MZ);

    /** A generator for m_ll in [massLow, massHigh] GeV. */
    DrellYanProduction(double massLow, double massHigh) {
        this(massLow, massHigh, new PdfTable(massLow, massHigh, 48), Double.NaN, Double.NaN);
    }

    private DrellYanProduction(double massLow, double massHigh, PdfTable pdf, double maxWeight,
                               double offPoleFraction) {
        this.massLow = massLow;
        this.massHigh = massHigh;
        boolean containsZ = massLow < PhysicsConstants.Z_MASS && massHigh > PhysicsConstants.Z_MASS;
        this.bwShare = containsZ ? BREIT_WIGNER_SHARE : 0.0;
        this.pdf = pdf;
        Dilepton preRun = new Dilepton();
        this.maxWeight = !Double.isNaN(maxWeight) ? maxWeight
                : Sampling.envelope(PRE_RUN_SEED, PRE_RUN_POINTS, MAX_WEIGHT_MARGIN, rng -> samplePoint(rng, preRun));
        this.offPoleFraction = !Double.isNaN(offPoleFraction) ? offPoleFraction : measureOffPoleFraction(preRun);
    }

    /** A copy for another thread: shares the (read-only) tables, the envelope and the off-pole share. */
    DrellYanProduction copy() {
        return new DrellYanProduction(massLow, massHigh, pdf, maxWeight, offPoleFraction);
    }

    /** The off-pole share of the cross section from a fixed-seed pre-run (its points are weighted). */
    private double measureOffPoleFraction(Dilepton d) {
        SplittableRandom rng = new SplittableRandom(PRE_RUN_SEED + 1);
        double all = 0;
        double off = 0;
        for (int i = 0; i < PRE_RUN_POINTS; i++) {
            double w = samplePoint(rng, d);
            all += w;
            off += offPole(d.mass) ? w : 0.0;
        }
        return off / all;
    }

    /** Share of the window's cross section outside the Z pole window, from a pre-run (about 1 % error). */
    double offPoleFraction() {
        return offPoleFraction;
    }

    private static boolean offPole(double mass) {
        return mass < POLE_LOW || mass > POLE_HIGH;
    }

    /** Draws one unweighted dilepton system. */
    void sample(SplittableRandom rng, Dilepton out) {
        sample(rng, out, 1.0);
    }

    /**
     * Draws one dilepton system with the rate outside the Z pole window enhanced by offPoleFactor
     * (&gt;= 1): hit-or-miss against the density b(m) p(m), b = offPoleFactor off the pole and 1 on it,
     * with the weight E_p[b]/b(m) = (1 + (offPoleFactor - 1) f_off)/b(m), f_off the off-pole share,
     * so that weighted distributions are the true ones and the mean weight is 1.
     */
    void sample(SplittableRandom rng, Dilepton out, double offPoleFactor) {
        double meanBias = 1 + (offPoleFactor - 1) * offPoleFraction;
        while (true) {
            double w = samplePoint(rng, out);
            double bias = offPole(out.mass) ? offPoleFactor : 1.0;
            if (rng.nextDouble() * maxWeight * offPoleFactor < w * bias) {
                out.cosTheta = oneplusCos2(rng.nextDouble());
                out.phi = 2 * Math.PI * rng.nextDouble();
                out.weight = meanBias / bias;
                return;
            }
        }
    }

    /** Weight [pb] of a point drawn from the sampling densities; its mean is the LO cross section. */
    double samplePoint(SplittableRandom rng, Dilepton d) {
        double m2 = sampleMass2(rng);
        double density = massDensity(m2);
        d.mass = Math.sqrt(m2);
        double tau = m2 / PhysicsConstants.S;
        double yMax = -0.5 * Math.log(tau);
        d.rapidity = yMax * (2 * rng.nextDouble() - 1);
        double sqrtTau = Math.sqrt(tau);
        pdf.xf(sqrtTau * Math.exp(d.rapidity), d.mass, pdf1);
        pdf.xf(sqrtTau * Math.exp(-d.rapidity), d.mass, pdf2);
        double sum = 0;
        for (int q = 0; q < QUARK_CHARGE.length; q++) {
            sum += luminosity(q) * partonic(q, m2);
        }
        return sum / m2 * 2 * yMax / density * PhysicsConstants.GEV2_TO_PB;
    }

    private double luminosity(int q) {
        switch (q) {
            case 0:
                return pdf1[Cteq5l.U] * pdf2[Cteq5l.UBAR] + pdf1[Cteq5l.UBAR] * pdf2[Cteq5l.U];
            case 1:
                return pdf1[Cteq5l.D] * pdf2[Cteq5l.DBAR] + pdf1[Cteq5l.DBAR] * pdf2[Cteq5l.D];
            case 2:
                return 2 * pdf1[Cteq5l.S] * pdf2[Cteq5l.S];
            case 3:
                return 2 * pdf1[Cteq5l.C] * pdf2[Cteq5l.C];
            default:
                return 2 * pdf1[Cteq5l.B] * pdf2[Cteq5l.B];
        }
    }

    /** sigma-hat_q(s) of the class javadoc [GeV^-2]. */
    double partonic(int q, double s) {
        double mz2 = PhysicsConstants.Z_MASS * PhysicsConstants.Z_MASS;
        double mg = PhysicsConstants.Z_MASS * PhysicsConstants.Z_WIDTH;
        double denominator = (s - mz2) * (s - mz2) + mg * mg;
        double reChi = kappa * s * (s - mz2) / denominator;
        double absChi2 = kappa * kappa * s * s / denominator;
        double vl = LEPTON_T3 - 2 * LEPTON_CHARGE * PhysicsConstants.SIN2_THETA_W;
        double vq = QUARK_T3[q] - 2 * QUARK_CHARGE[q] * PhysicsConstants.SIN2_THETA_W;
        double p = LEPTON_CHARGE * LEPTON_CHARGE * QUARK_CHARGE[q] * QUARK_CHARGE[q]
                + 2 * LEPTON_CHARGE * QUARK_CHARGE[q] * vl * vq * reChi
                + (vl * vl + LEPTON_T3 * LEPTON_T3) * (vq * vq + QUARK_T3[q] * QUARK_T3[q]) * absChi2;
        double alpha = PhysicsConstants.ALPHA_EM_MZ;
        return 4 * Math.PI * alpha * alpha / (9 * s) * p;
    }

    private double sampleMass2(SplittableRandom rng) {
        double lo = massLow * massLow;
        double hi = massHigh * massHigh;
        if (rng.nextDouble() < bwShare) {
            double mz2 = PhysicsConstants.Z_MASS * PhysicsConstants.Z_MASS;
            double mg = PhysicsConstants.Z_MASS * PhysicsConstants.Z_WIDTH;
            double a = Math.atan((lo - mz2) / mg);
            double b = Math.atan((hi - mz2) / mg);
            return mz2 + mg * Math.tan(a + (b - a) * rng.nextDouble());
        }
        double inverse = 1 / lo - (1 / lo - 1 / hi) * rng.nextDouble();
        return 1 / inverse;
    }

    /** The normalised density of {@link #sampleMass2} at m^2. */
    private double massDensity(double m2) {
        double lo = massLow * massLow;
        double hi = massHigh * massHigh;
        double power = 1 / (m2 * m2) / (1 / lo - 1 / hi);
        if (bwShare == 0) {
            return power;
        }
        double mz2 = PhysicsConstants.Z_MASS * PhysicsConstants.Z_MASS;
        double mg = PhysicsConstants.Z_MASS * PhysicsConstants.Z_WIDTH;
        double range = Math.atan((hi - mz2) / mg) - Math.atan((lo - mz2) / mg);
        double bw = mg / ((m2 - mz2) * (m2 - mz2) + mg * mg) / range;
        return bwShare * bw + (1 - bwShare) * power;
    }

    /**
     * cos theta from (3/8)(1 + c^2) by inverting its cumulative distribution: c^3 + 3c = 8u - 4,
     * whose one real root is cbrt(q/2 + sqrt(q^2/4 + 1)) + cbrt(q/2 - sqrt(q^2/4 + 1)), q = 8u - 4.
     */
    static double oneplusCos2(double u) {
        double q = 8 * u - 4;
        double root = Math.sqrt(q * q / 4 + 1);
        return Math.cbrt(q / 2 + root) + Math.cbrt(q / 2 - root);
    }
}
