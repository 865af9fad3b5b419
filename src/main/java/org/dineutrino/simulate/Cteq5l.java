package org.dineutrino.simulate;

import java.util.List;

/**
 * CTEQ5L leading-order parton densities in J. Pumplin's parametrised form (Sept. 1999).
 *
 * <p>Physics reference: CTEQ Collaboration, H.L. Lai et al., Eur. Phys. J. C12 (2000) 375,
 * hep-ph/9903282; coefficients from {@code physics/pdf-cteq5l.tsv} (transcribed there from
 * Pythia 8 {@code CTEQ5L::xfUpdate}). Formula (SIMULATION-PHYSICS.md sec. 2.1), for each fitted
 * quantity k:
 * <pre>
 *   sb1  = ln(ln(Q/alpha_k)) - 1.2,  af_j = am_k[j][0] + am_k[j][1] sb1 + am_k[j][2] sb1^2
 *   E    = af1 y^(1 + 0.01 af4) (1 + af8 u) + af0 (1 - x) + af3 x
 *          + x(1-x)(af5 + af6 (1-x) + af7 x (1-x)) + ut1 ln(1-x) + af2 ln(1 + exp(ut2) - x)
 *   F_k  = x exp(E) (1 - Qmin_k/Q),   y = -ln x,  u = ln(x/1e-5)
 * </pre>
 * F_k is a number density; {@link #xf} returns x f. Valid for 1e-6 &lt; x &lt; 1 and
 * 1.1 GeV &lt; Q &lt; 10 TeV; x and Q are frozen into the ranges Pythia 8 uses.
 */
final class Cteq5l {

    /** Flavour slots of the {@link #xf} output: gluon, u, d, ubar, dbar, s = sbar, c = cbar, b = bbar. */
    static final int G = 0;
    static final int U = 1;
    static final int D = 2;
    static final int UBAR = 3;
    static final int DBAR = 4;
    static final int S = 5;
    static final int C = 6;
    static final int B = 7;
    static final int N_FLAVOURS = 8;

    /** Fitted-quantity order in the table: d, u, g, ubar+dbar, dbar/ubar, sbar, cbar, bbar. */
    private static final String[] QUANTITIES = {"d", "u", "g", "ubar+dbar", "dbar/ubar", "sbar", "cbar", "bbar"};
    private static final int N_COEFFICIENTS = 9;

    /** x is frozen into [X_MIN, X_MAX] and Q into [Q_MIN, Q_MAX] GeV, as Pythia 8 does for this set. */
    static final double X_MIN = 1e-6;
    static final double X_MAX = 1 - 1e-10;
    static final double Q_MIN = 1.0;
    static final double Q_MAX = 1e4;

    /** ut2 below this makes exp(ut2) underflow to 0 (the u quark has -1.26e5): skip the exp. */
    private static final double UT2_UNDERFLOW = -100;

    private static final Cteq5l INSTANCE = new Cteq5l(TsvResource.rows("pdf-cteq5l.tsv"));

    private final double[] qMin = new double[QUANTITIES.length];
    private final double[] alpha = new double[QUANTITIES.length];
    private final double[] ut1 = new double[QUANTITIES.length];
    private final double[] expUt2 = new double[QUANTITIES.length];
    /** am[k][j][i], flattened as (k * 9 + j) * 3 + i. */
    private final double[] am = new double[QUANTITIES.length * N_COEFFICIENTS * 3];

    private Cteq5l(List<String[]> rows) {
        boolean[] seen = new boolean[QUANTITIES.length * (N_COEFFICIENTS + 1)];
        for (String[] row : rows) {
            int k = quantityIndex(row[1]);
            if (row[0].equals("param")) {
                qMin[k] = Double.parseDouble(row[2]);
                alpha[k] = Double.parseDouble(row[3]);
                ut1[k] = Double.parseDouble(row[4]);
                double ut2 = Double.parseDouble(row[5]);
                expUt2[k] = ut2 < UT2_UNDERFLOW ? 0.0 : Math.exp(ut2);
                seen[k * (N_COEFFICIENTS + 1)] = true;
            } else if (row[0].equals("am")) {
                int j = Integer.parseInt(row[2]);
                for (int i = 0; i < 3; i++) {
                    am[(k * N_COEFFICIENTS + j) * 3 + i] = Double.parseDouble(row[3 + i]);
                }
                seen[k * (N_COEFFICIENTS + 1) + 1 + j] = true;
            }
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw new IllegalStateException("pdf-cteq5l.tsv lacks " + (i % (N_COEFFICIENTS + 1) == 0
                        ? "the param row" : "am row " + (i % (N_COEFFICIENTS + 1) - 1))
                        + " of " + QUANTITIES[i / (N_COEFFICIENTS + 1)]);
            }
        }
    }

    static Cteq5l instance() {
        return INSTANCE;
    }

    private static int quantityIndex(String name) {
        for (int k = 0; k < QUANTITIES.length; k++) {
            if (QUANTITIES[k].equals(name)) {
                return k;
            }
        }
        throw new IllegalStateException("pdf-cteq5l.tsv: unknown quantity '" + name + "'");
    }

    /**
     * x f(x, Q) for the eight flavour slots ({@link #G} ... {@link #B}) written to out[0..7].
     * ubar and dbar follow from S = ubar + dbar and r = dbar/ubar: ubar = S/(1+r), dbar = r S/(1+r).
     */
    void xf(double x, double q, double[] out) {
        double xc = Math.min(Math.max(x, X_MIN), X_MAX);
        double qc = Math.min(Math.max(q, Q_MIN), Q_MAX);
        double d = fitted(0, xc, qc);
        double u = fitted(1, xc, qc);
        double g = fitted(2, xc, qc);
        double sea = fitted(3, xc, qc);
        double ratio = fitted(4, xc, qc);
        out[G] = xc * g;
        out[U] = xc * u;
        out[D] = xc * d;
        out[UBAR] = xc * sea / (1 + ratio);
        out[DBAR] = xc * sea * ratio / (1 + ratio);
        out[S] = xc * fitted(5, xc, qc);
        out[C] = xc * fitted(6, xc, qc);
        out[B] = xc * fitted(7, xc, qc);
    }

    /** F_k(x, Q) of the class javadoc; 0 at or below max(Qmin_k, alpha_k). */
    private double fitted(int k, double x, double q) {
        if (q <= Math.max(qMin[k], alpha[k])) {
            return 0.0;
        }
        double sb1 = Math.log(Math.log(q / alpha[k])) - 1.2;
        int base = k * N_COEFFICIENTS * 3;
        double[] af = new double[N_COEFFICIENTS];
        for (int j = 0; j < N_COEFFICIENTS; j++) {
            int a = base + 3 * j;
            af[j] = am[a] + am[a + 1] * sb1 + am[a + 2] * sb1 * sb1;
        }
        double y = -Math.log(x);
        double u = Math.log(x / 1e-5);
        double x1 = 1 - x;
        double exponent = af[1] * Math.pow(y, 1 + 0.01 * af[4]) * (1 + af[8] * u)
                + af[0] * x1 + af[3] * x
                + x * x1 * (af[5] + af[6] * x1 + af[7] * x * x1)
                + ut1[k] * Math.log(x1) + af[2] * Math.log(1 + expUt2[k] - x);
        return x * Math.exp(exponent) * (1 - qMin[k] / q);
    }
}
