package org.dineutrino.unfold;

/** An iterative solution: n, ∂n/∂y and (when carried) ∂n/∂A, see {@link IterativeUnfolding}. */
final class IterativeSolution implements Solution {

    private final ResponseModel model;
    private final double[] x;
    private final double[] dy;
    private final double[] dA;
    private final int iterations;

    IterativeSolution(ResponseModel model, double[] x, double[] dy, double[] dA, int iterations) {
        this.model = model;
        this.x = x;
        this.dy = dy;
        this.dA = dA;
        this.iterations = iterations;
    }

    @Override
    public double[] x() {
        return x;
    }

    @Override
    public double[] sensitivity() {
        return dy;
    }

    /** δx = Σ_r ∂n/∂A_rj δa_r + ∂n/∂y δy. */
    @Override
    public double[] responseTangent(ResponseSource source, double[] change) {
        int nReco = model.nReco();
        int nTruth = model.nTruth();
        double[] dx = change == null ? new double[nTruth] : Flat.apply(dy, nTruth, nReco, change);
        if (source.dA() == null) {
            return dx;
        }
        if (dA == null) {
            throw new IllegalStateException(
                    "response derivative was not carried through the iterations");
        }
        int j = source.truthBin();
        int width = nReco * nTruth;
        for (int t = 0; t < nTruth; t++) {
            double sum = 0.0;
            for (int r = 0; r < nReco; r++) {
                sum += dA[t * width + r * nTruth + j] * source.dA()[r];
            }
            dx[t] += sum;
        }
        return dx;
    }

    @Override
    public double tau() {
        return 0.0;
    }

    @Override
    public int iterations() {
        return iterations;
    }

    @Override
    public double chi2L() {
        return 0.0;
    }

    @Override
    public double regularisationTerm() {
        return 0.0;
    }

    @Override
    public double conditionNumber() {
        return 1.0;
    }
}
