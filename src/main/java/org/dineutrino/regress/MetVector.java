package org.dineutrino.regress;

/**
 * Transverse vectors of a set of events, for example a p_T^miss estimate or the network's
 * prediction of (PUPPI - gen) p_T^miss.
 *
 * @param px x components [GeV]
 * @param py y components [GeV], as many as px
 */
public record MetVector(double[] px, double[] py) {

    public MetVector {
        if (px.length != py.length) {
            throw new IllegalArgumentException("MET vector has " + px.length + " x but " + py.length + " y components");
        }
    }

    public int size() {
        return px.length;
    }

    /** |p_T| of each event [GeV]. */
    public double[] magnitude() {
        double[] out = new double[px.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.hypot(px[i], py[i]);
        }
        return out;
    }

    /** Azimuth atan2(p_y, p_x) of each event, in [-pi, pi] rad. */
    public double[] phi() {
        double[] out = new double[px.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.atan2(py[i], px[i]);
        }
        return out;
    }

    /**
     * The corrected p_T^miss: PUPPI minus the predicted (PUPPI - gen) difference, component by
     * component (DESIGN.md, "MET regression").
     */
    public static MetVector corrected(double[] puppiPx, double[] puppiPy, MetVector prediction) {
        int n = prediction.size();
        if (puppiPx.length != n || puppiPy.length != n) {
            throw new IllegalArgumentException("PUPPI p_T^miss has " + puppiPx.length + " events, the prediction " + n);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = puppiPx[i] - prediction.px()[i];
            y[i] = puppiPy[i] - prediction.py()[i];
        }
        return new MetVector(x, y);
    }
}
