package org.dineutrino.simulate;

/**
 * CTEQ5L x f(x, Q) tabulated on a grid uniform in ln x (and in ln Q), read back by linear
 * interpolation: the generator's hot loop evaluates parton densities millions of times, and
 * the parametrisation costs eight exp/log/pow chains per call.
 *
 * <p>Storage: {@code values[((iq * nX) + ix) * 8 + flavour]}, flavour slots as in {@link Cteq5l}.
 * Accuracy against the parametrisation is pinned by {@code PdfTableTest} (relative 2e-3 for
 * 1e-4 &lt; x &lt; 0.7, where x f is not tiny).
 */
final class PdfTable {

    /** Grid points in ln x between ln(1e-6) and ln(1 - 1e-10). */
    private static final int N_X = 1400;

    private final double lnXMin = Math.log(Cteq5l.X_MIN);
    private final double dLnX;
    private final double lnQMin;
    private final double dLnQ;
    private final int nQ;
    private final double[] values;

    /**
     * Tabulates at nQ scales log-spaced from qLow to qHigh [GeV]; nQ = 1 gives a table at the
     * fixed scale qLow (then qHigh is ignored), the case of tt&#772; with mu = m_t.
     */
    PdfTable(double qLow, double qHigh, int nQ) {
        if (nQ < 1 || qLow <= 0 || (nQ > 1 && qHigh <= qLow)) {
            throw new IllegalArgumentException("PDF table needs nQ >= 1 and 0 < qLow < qHigh, got nQ " + nQ
                    + ", qLow " + qLow + " GeV, qHigh " + qHigh + " GeV");
        }
        this.nQ = nQ;
        this.dLnX = (Math.log(Cteq5l.X_MAX) - lnXMin) / (N_X - 1);
        this.lnQMin = Math.log(qLow);
        this.dLnQ = nQ > 1 ? (Math.log(qHigh) - lnQMin) / (nQ - 1) : 1.0;
        this.values = new double[nQ * N_X * Cteq5l.N_FLAVOURS];
        double[] point = new double[Cteq5l.N_FLAVOURS];
        for (int iq = 0; iq < nQ; iq++) {
            double q = Math.exp(lnQMin + iq * dLnQ);
            for (int ix = 0; ix < N_X; ix++) {
                Cteq5l.instance().xf(Math.exp(lnXMin + ix * dLnX), q, point);
                System.arraycopy(point, 0, values, (iq * N_X + ix) * Cteq5l.N_FLAVOURS, Cteq5l.N_FLAVOURS);
            }
        }
    }

    /** x f(x, Q) for the eight flavour slots, written to out[0..7]; x and Q clamp to the grid. */
    void xf(double x, double q, double[] out) {
        double tx = (Math.log(x) - lnXMin) / dLnX;
        int ix = Math.min(Math.max((int) tx, 0), N_X - 2);
        double wx = Math.min(Math.max(tx - ix, 0.0), 1.0);
        if (nQ == 1) {
            interpolateX(0, ix, wx, 1.0, out, false);
            return;
        }
        double tq = (Math.log(q) - lnQMin) / dLnQ;
        int iq = Math.min(Math.max((int) tq, 0), nQ - 2);
        double wq = Math.min(Math.max(tq - iq, 0.0), 1.0);
        interpolateX(iq, ix, wx, 1.0 - wq, out, false);
        interpolateX(iq + 1, ix, wx, wq, out, true);
    }

    private void interpolateX(int iq, int ix, double wx, double weight, double[] out, boolean accumulate) {
        int a = (iq * N_X + ix) * Cteq5l.N_FLAVOURS;
        int b = a + Cteq5l.N_FLAVOURS;
        for (int f = 0; f < Cteq5l.N_FLAVOURS; f++) {
            double v = weight * ((1.0 - wx) * values[a + f] + wx * values[b + f]);
            out[f] = accumulate ? out[f] + v : v;
        }
    }
}
