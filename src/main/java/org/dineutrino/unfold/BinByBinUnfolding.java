package org.dineutrino.unfold;

/**
 * Bin-by-bin correction factors, x_t = c_t y_t with c_t = N_t/S_t (truth over reconstructed signal
 * of the response sample, the same bins at both levels). With y = f ⊙ u this is x_t = u_t N_t/(S_t
 * + F_t), RooUnfoldBinByBin's factor with fakes. D = diag(c).
 */
final class BinByBinUnfolding {

    private BinByBinUnfolding() {}

    /**
     * @throws InputDataException when nReco ≠ nTruth or a bin has no reconstructed signal
     */
    static Solution solve(ResponseModel model, Measurement m) {
        int n = model.nTruth();
        if (model.nReco() != n) {
            throw new InputDataException(
                    "bin-by-bin needs the same bins at reco and truth level: got " +
                            model.nReco() +
                            " reco bins and " +
                            n +
                            " truth bins; fill the response with the " +
                            "particle-level binning at both levels");
        }
        double[] factors = new double[n];
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            double signal = model.signal()[t];
            if (signal <= 0.0) {
                throw new InputDataException(
                        "bin-by-bin: reco bin " +
                                t +
                                " has no reconstructed signal in " +
                                "the response (S = " +
                                signal +
                                "), its correction factor is undefined; merge bins");
            }
            factors[t] = model.truth()[t] / signal;
            x[t] = factors[t] * m.y()[t];
        }
        return new Correction(model, m.y(), x, factors);
    }

    /** The bin-by-bin solution. Tangent: δx = c δy + y δN/S − y N δS/S². */
    private record Correction(ResponseModel model, double[] y, double[] x, double[] factors)
            implements Solution {

        @Override
        public double[] sensitivity() {
            return Flat.diagonalMatrix(factors);
        }

        @Override
        public double[] responseTangent(ResponseSource source, double[] dy) {
            int n = x.length;
            double[] dx = new double[n];
            double[] signal = model.signal();
            for (int t = 0; t < n; t++) {
                double change = dy == null ? 0.0 : factors[t] * dy[t];
                if (source.dS() != null) {
                    change -= y[t] * model.truth()[t] * source.dS()[t] / (signal[t] * signal[t]);
                }
                dx[t] = change;
            }
            if (source.truthBin() >= 0) {
                int j = source.truthBin();
                dx[j] += y[j] * source.dN() / signal[j];
            }
            return dx;
        }

        @Override
        public double tau() {
            return 0.0;
        }

        @Override
        public int iterations() {
            return 0;
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
}
