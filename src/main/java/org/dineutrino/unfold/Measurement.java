package org.dineutrino.unfold;

import org.apache.commons.math3.linear.RealMatrix;

/**
 * The unfolding input vector and its covariance, from data, backgrounds and fakes: u = data − Σ_b
 * s_b b, y = f ⊙ u with the signal fraction f[r] = S[r]/(S[r] + F[r]) (1 where S + F = 0), and V_yy
 * = diag(f) (V_data + V_bkg) diag(f) with V_bkg = Σ_b [diag(s_b² σ_b²) + σ_{s,b}² b bᵀ]
 * (TUnfoldSys's uncorrelated and scale errors of a subtracted background).
 *
 * @param y [reco] the unfolding input
 * @param subtracted [reco] u, data minus backgrounds
 * @param fraction [reco] f, the signal fraction
 * @param covariance V_yy, nReco × nReco flat
 * @param backgroundCovariance the backgrounds' part of V_yy
 * @param inverse pseudo-inverse of V_yy and its rank
 */
record Measurement(
        double[] y,
        double[] subtracted,
        double[] fraction,
        double[] covariance,
        double[] backgroundCovariance,
        Covariances.PseudoInverse inverse) {

    /**
     * Validates data, data covariance and backgrounds, and builds y and V_yy.
     *
     * @param checkCovariance whether to check a given data covariance symmetric PSD (toys that
     *     reuse a checked one pass false)
     * @throws InputDataException for negative or non-finite data, mismatched lengths, a data
     *     covariance that is not symmetric PSD, a malformed background
     */
    static Measurement prepare(UnfoldInput input, ResponseModel model, boolean checkCovariance) {
        int nReco = model.nReco();
        double[] data = Checks.nonNegative(input.data(), nReco, "data");
        double[] dataCovariance = dataCovariance(input.dataCovariance(), data, checkCovariance);
        double[] subtracted = data.clone();
        double[] background = new double[nReco * nReco];
        for (Background b : input.backgrounds()) {
            addBackground(b, nReco, subtracted, background);
        }
        double[] fraction = signalFraction(model.signal(), model.fakes());
        double[] y = new double[nReco];
        for (int r = 0; r < nReco; r++) {
            y[r] = fraction[r] * subtracted[r];
        }
        double[] backgroundScaled = scaleBoth(background, fraction);
        double[] covariance = scaleBoth(Flat.add(dataCovariance, background), fraction);
        Covariances.PseudoInverse inverse =
                Covariances.pseudoInverse(covariance, nReco, "data covariance");
        return new Measurement(y, subtracted, fraction, covariance, backgroundScaled, inverse);
    }

    private static double[] dataCovariance(RealMatrix given, double[] data, boolean check) {
        int n = data.length;
        if (given == null) {
            return Flat.diagonalMatrix(data);
        }
        if (given.getRowDimension() != n || given.getColumnDimension() != n) {
            throw new InputDataException(
                    "dataCovariance is " +
                            given.getRowDimension() +
                            " × " +
                            given.getColumnDimension() +
                            ", expected " +
                            n +
                            " × " +
                            n +
                            " (reco bins)");
        }
        double[] v = Flat.fromMatrix(given);
        if (check) {
            Covariances.requirePsd(v, n, "dataCovariance");
        }
        return v;
    }

    /** Subtracts s·b from u and adds diag(s²σ²) + σ_s² b bᵀ to the background covariance. */
    private static void addBackground(
            Background b, int nReco, double[] subtracted, double[] covariance) {
        String what = "background " + b.name();
        double[] values =
                Checks.finite(Checks.length(b.values(), nReco, what + " values"), what + " values");
        double[] errors =
                b.errors() == null ?
                        new double[nReco] :
                        Checks.nonNegative(b.errors(), nReco, what + " errors");
        if (!Double.isFinite(b.scale()) ||
                !Double.isFinite(b.scaleError()) ||
                b.scaleError() < 0.0) {
            throw new InputDataException(
                    what +
                            ": scale " +
                            b.scale() +
                            " ± " +
                            b.scaleError() +
                            ", expected a finite scale and a finite scaleError ≥ 0");
        }
        for (int r = 0; r < nReco; r++) {
            subtracted[r] -= b.scale() * values[r];
            double sigma = b.scale() * errors[r];
            covariance[r * nReco + r] += sigma * sigma;
        }
        Flat.addOuter(covariance, nReco, values, b.scaleError() * b.scaleError());
    }

    /** f[r] = S[r]/(S[r] + F[r]), 1 where S + F = 0. */
    static double[] signalFraction(double[] signal, double[] fakes) {
        double[] f = new double[signal.length];
        for (int r = 0; r < f.length; r++) {
            double total = signal[r] + fakes[r];
            f[r] = total > 0.0 ? signal[r] / total : 1.0;
        }
        return f;
    }

    /** diag(f) V diag(f). */
    private static double[] scaleBoth(double[] v, double[] f) {
        int n = f.length;
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = f[i] * v[i * n + j] * f[j];
            }
        }
        return out;
    }

    /** Number of reco bins. */
    int nReco() {
        return y.length;
    }

    /**
     * The change of y for a response source, through the signal fraction: δf = (δS·F − S·δF)/(S +
     * F)², δy = δf ⊙ u. Null when the source leaves y unchanged.
     */
    double[] dy(ResponseSource source, ResponseModel model) {
        if (source.dS() == null && source.dF() == null) {
            return null;
        }
        double[] dy = new double[nReco()];
        double[] signal = model.signal();
        double[] fakes = model.fakes();
        for (int r = 0; r < dy.length; r++) {
            double total = signal[r] + fakes[r];
            if (total <= 0.0) {
                continue;
            }
            double dS = source.dS() == null ? 0.0 : source.dS()[r];
            double dF = source.dF() == null ? 0.0 : source.dF()[r];
            dy[r] = (dS * fakes[r] - signal[r] * dF) / (total * total) * subtracted[r];
        }
        return dy;
    }
}
