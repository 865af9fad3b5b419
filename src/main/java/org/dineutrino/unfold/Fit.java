package org.dineutrino.unfold;

/** Goodness-of-fit terms shared by the methods. */
final class Fit {

    private Fit() {}

    /** y − A x [reco]. */
    static double[] residual(ResponseModel model, double[] y, double[] x) {
        double[] folded = Flat.apply(model.a(), model.nReco(), model.nTruth(), x);
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - folded[i];
        }
        return r;
    }

    /** χ²_A = (y − Ax)ᵀ V⁺ (y − Ax). */
    static double chi2A(ResponseModel model, Measurement m, double[] x) {
        double[] r = residual(model, m.y(), x);
        return Flat.quadratic(m.inverse().inverse(), model.nReco(), r);
    }

    /** (x − x₀)ᵀ LᵀL (x − x₀). */
    static double regularisationTerm(double[] lTl, double[] x, double[] bias) {
        double[] delta = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            delta[t] = x[t] - bias[t];
        }
        return Flat.quadratic(lTl, x.length, delta);
    }
}
