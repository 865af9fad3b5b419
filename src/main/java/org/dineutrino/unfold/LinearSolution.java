package org.dineutrino.unfold;

/**
 * A least-squares / Tikhonov solution with what its response tangent needs.
 *
 * <p>Response tangent (the KKT system of the constrained minimum differentiated in A, with V_yy and
 * x₀ held fixed, as TUnfoldSys propagates its uncorrelated matrix errors): for a change δa of
 * column j of A and δy of y,
 *
 * <pre>
 *   r₁ = e_j (δaᵀ V⁺ (y − Ax) − μ Σδa) + AᵀV⁺ (δy − δa x_j),   δx = E r₁
 *   area: δx ← P δx + u (Σδy − x_j Σδa),   P = 1 − u εᵀ
 * </pre>
 */
final class LinearSolution implements Solution {

    private final ResponseModel model;
    private final double[] w;
    private final double[] e;
    private final double[] x;
    private final double[] d;
    private final double tau;
    private final LinearUnfolding.AreaTerms area;
    private final double mu;
    private final double conditionNumber;
    private final double[] weightedResidual;
    private final double regularisationTerm;

    LinearSolution(
            ResponseModel model,
            Measurement m,
            double[] w,
            double[] e,
            double[] x,
            double[] d,
            double[] lTl,
            double tau,
            double[] bias,
            LinearUnfolding.AreaTerms area,
            double mu,
            double conditionNumber) {
        this.model = model;
        this.w = w;
        this.e = e;
        this.x = x;
        this.d = d;
        this.tau = tau;
        this.area = area;
        this.mu = mu;
        this.conditionNumber = conditionNumber;
        double[] residual = Fit.residual(model, m.y(), x);
        this.weightedResidual =
                Flat.apply(m.inverse().inverse(), model.nReco(), model.nReco(), residual);
        this.regularisationTerm = lTl == null ? 0.0 : Fit.regularisationTerm(lTl, x, bias);
    }

    @Override
    public double[] x() {
        return x;
    }

    @Override
    public double[] sensitivity() {
        return d;
    }

    @Override
    public double[] responseTangent(ResponseSource source, double[] dy) {
        int nReco = model.nReco();
        int nTruth = model.nTruth();
        double[] v = dy == null ? new double[nReco] : dy.clone();
        double[] r1 = new double[nTruth];
        double constraintChange = dy == null ? 0.0 : Flat.sum(dy);
        if (source.dA() != null) {
            int j = source.truthBin();
            double[] dA = source.dA();
            for (int r = 0; r < nReco; r++) {
                v[r] -= dA[r] * x[j];
            }
            r1[j] += Flat.dot(dA, weightedResidual) - mu * Flat.sum(dA);
            constraintChange -= x[j] * Flat.sum(dA);
        }
        double[] projected = Flat.applyTransposed(w, nReco, nTruth, v);
        for (int t = 0; t < nTruth; t++) {
            r1[t] += projected[t];
        }
        double[] dx = Flat.apply(e, nTruth, nTruth, r1);
        return area == null ? dx : area.project(dx, constraintChange);
    }

    @Override
    public double tau() {
        return tau;
    }

    @Override
    public int iterations() {
        return 0;
    }

    @Override
    public double chi2L() {
        return tau * tau * regularisationTerm;
    }

    @Override
    public double regularisationTerm() {
        return regularisationTerm;
    }

    @Override
    public double conditionNumber() {
        return conditionNumber;
    }
}
