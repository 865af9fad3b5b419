package org.dineutrino.simulate;

/**
 * Generator-level weights of a hard scattering with parton densities and a strong coupling: the
 * renormalisation and factorisation scale variations and the six members of our PDF model. Any
 * process that knows x1, x2, its scale Q and its initial state can call {@link #fill}.
 *
 * <p>Scales (DESIGN.md "The built-in simulation"): mu_F = k Q reweights both parton densities,
 * L(x1, x2; kQ)/L(x1, x2; Q) with L the {@link InitialState} luminosity (a shape effect: the ratio
 * depends on x); mu_R = k Q reweights the alpha_s^n of the Born, (alpha_s(kQ)/alpha_s(Q))^n with the
 * one-loop running of {@link PhysicsConstants#alphaS}; the combined variation is the product. k = 2 is
 * "Up", k = 1/2 "Down". These are the raw LO weights; a process may rescale their normalisation
 * ({@link EventWeights} does so for tt&#772;).
 *
 * <p>PDF model (ours; CTEQ5L has no error sets): member m multiplies the densities of its flavour group
 * by 1 + a_m B_m(x), B_m(x) = exp(-(log10 x - c_m)^2 / (2 s_m^2)) (or B = 1), and its weight is
 * L_m(x1, x2; Q)/L(x1, x2; Q). The members are one-sided and independent, so the PDF covariance is the
 * sum of their delta delta^T (DESIGN.md "Systematics"). Groups, centres and widths:
 * <pre>
 *   1  gluon              c = -2.7, s = 0.5   (small x: low-mass Drell-Yan)
 *   2  gluon              c = -1.6, s = 0.4   (x ~ 2 m_t / sqrt(s): the bulk of tt&#772;)
 *   3  gluon              c = -0.8, s = 0.35  (large x: the m_tt&#772; and top-p_T tails)
 *   4  u, d quarks        c = -0.9, s = 0.4   (valence region: q qbar -&gt; tt&#772;, Drell-Yan)
 *   5  ubar, dbar, s      c = -2.0, s = 0.6   (the light sea)
 *   6  c, b               B = 1               (heavy-quark densities: b g -&gt; tW)
 * </pre>
 * The amplitudes a_m are chosen so that the members shift the inclusive tt&#772; cross section by
 * +0.5, +3.0, +2.0, +0.5, +0.3 % (member 6: 5 % on the c and b densities), together 3.7 % in
 * quadrature, the size of the tt&#772; PDF+alpha_s uncertainty (+-35.06 pb of 831.76 pb, 4.2 %, Top++ 2.0
 * with PDF4LHC15; the LHC Top WG reference of DESIGN.md); the shifts are pinned by
 * {@code HardScatterWeightsTest}.
 */
final class HardScatterWeights {

    /** Output slots of {@link #fill}. */
    static final int MU_R_UP = 0;
    static final int MU_R_DOWN = 1;
    static final int MU_F_UP = 2;
    static final int MU_F_DOWN = 3;
    static final int MU_R_MU_F_UP = 4;
    static final int MU_R_MU_F_DOWN = 5;
    static final int PDF_FIRST = 6;
    static final int N_PDF = 6;
    static final int SIZE = PDF_FIRST + N_PDF;

    /** Scale factor of the Up variations (Down: its inverse); the conventional 7-point choice. */
    static final double SCALE_FACTOR = 2.0;

    /** PDF members (class javadoc): amplitude a_m, centre c_m and width s_m in log10 x (ours). */
    private static final double[] PDF_AMPLITUDE = {0.0229, 0.0284, 0.0321, 0.0616, 0.0281, 0.05};
    private static final double[] PDF_CENTRE = {-2.7, -1.6, -0.8, -0.9, -2.0, 0.0};
    private static final double[] PDF_WIDTH = {0.5, 0.4, 0.35, 0.4, 0.6, Double.POSITIVE_INFINITY};
    private static final int[][] PDF_FLAVOURS = {
        {Cteq5l.G}, {Cteq5l.G}, {Cteq5l.G}, {Cteq5l.U, Cteq5l.D}, {Cteq5l.UBAR, Cteq5l.DBAR, Cteq5l.S},
        {Cteq5l.C, Cteq5l.B}};

    private final double[] nominal1 = new double[Cteq5l.N_FLAVOURS];
    private final double[] nominal2 = new double[Cteq5l.N_FLAVOURS];
    private final double[] varied1 = new double[Cteq5l.N_FLAVOURS];
    private final double[] varied2 = new double[Cteq5l.N_FLAVOURS];

    /** Tabulated CTEQ5L for every scale a process may vary to, built once (about 9 MB). */
    private static final class Table {
        static final PdfTable ALL_SCALES = new PdfTable(2.0, 12000.0, 97);
    }

    /**
     * Writes the {@link #SIZE} weights of a hard scattering to out[offset ...] in slot order.
     *
     * @param initial     the initial state whose luminosity is reweighted
     * @param x1          momentum fraction of the parton from beam 1
     * @param x2          momentum fraction of the parton from beam 2
     * @param scale       the nominal mu_R = mu_F [GeV], 4 to 6000 GeV
     * @param alphaSPower the power n of alpha_s in the Born (2 for tt&#772;, 1 for tW, 0 for Drell-Yan)
     */
    void fill(InitialState initial, double x1, double x2, double scale, int alphaSPower, double[] out,
              int offset) {
        PdfTable pdf = Table.ALL_SCALES;
        pdf.xf(x1, scale, nominal1);
        pdf.xf(x2, scale, nominal2);
        double lumi = initial.luminosity(nominal1, nominal2);
        double factorUp = factorisationRatio(initial, x1, x2, SCALE_FACTOR * scale, lumi);
        double factorDown = factorisationRatio(initial, x1, x2, scale / SCALE_FACTOR, lumi);
        double renormUp = renormalisationRatio(scale, SCALE_FACTOR, alphaSPower);
        double renormDown = renormalisationRatio(scale, 1.0 / SCALE_FACTOR, alphaSPower);
        out[offset + MU_R_UP] = renormUp;
        out[offset + MU_R_DOWN] = renormDown;
        out[offset + MU_F_UP] = factorUp;
        out[offset + MU_F_DOWN] = factorDown;
        out[offset + MU_R_MU_F_UP] = renormUp * factorUp;
        out[offset + MU_R_MU_F_DOWN] = renormDown * factorDown;
        double log1 = Math.log10(x1);
        double log2 = Math.log10(x2);
        for (int m = 0; m < N_PDF; m++) {
            deform(m, log1, nominal1, varied1);
            deform(m, log2, nominal2, varied2);
            out[offset + PDF_FIRST + m] = initial.luminosity(varied1, varied2) / lumi;
        }
    }

    private double factorisationRatio(InitialState initial, double x1, double x2, double scale, double lumi) {
        Table.ALL_SCALES.xf(x1, scale, varied1);
        Table.ALL_SCALES.xf(x2, scale, varied2);
        return initial.luminosity(varied1, varied2) / lumi;
    }

    /** (alpha_s(k Q) / alpha_s(Q))^n. */
    static double renormalisationRatio(double scale, double k, int alphaSPower) {
        double ratio = PhysicsConstants.alphaS(k * scale) / PhysicsConstants.alphaS(scale);
        return Math.pow(ratio, alphaSPower);
    }

    /** The densities of member m at log10 x: nominal times 1 + a_m B_m(x) for the member's flavours. */
    static void deform(int m, double log10x, double[] nominal, double[] out) {
        System.arraycopy(nominal, 0, out, 0, Cteq5l.N_FLAVOURS);
        double d = (log10x - PDF_CENTRE[m]) / PDF_WIDTH[m];
        double factor = 1.0 + PDF_AMPLITUDE[m] * Math.exp(-0.5 * d * d);
        for (int f : PDF_FLAVOURS[m]) {
            out[f] *= factor;
        }
    }
}
