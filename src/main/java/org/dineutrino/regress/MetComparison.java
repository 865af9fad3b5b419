package org.dineutrino.regress;

/**
 * Per-event p_T^miss vectors of the generator and of each reconstruction, the input of
 * {@link MetPerformance#evaluate}. All arrays have the same length.
 */
public record MetComparison(MetVector gen, MetVector pf, MetVector puppi, MetVector network, int[] nPV) {

    public MetComparison {
        int n = gen.size();
        if (pf.size() != n || puppi.size() != n || network.size() != n || nPV.length != n) {
            throw new IllegalArgumentException("MET comparison needs equal lengths, got gen " + n + ", PF "
                    + pf.size() + ", PUPPI " + puppi.size() + ", network " + network.size() + ", nPV " + nPV.length);
        }
    }

    /** The vector of one algorithm. */
    public MetVector of(MetAlgorithm algorithm) {
        return switch (algorithm) {
            case PF -> pf;
            case PUPPI -> puppi;
            case NETWORK -> network;
        };
    }

    /**
     * The comparison on some rows of regression data.
     *
     * @param prediction the network's (PUPPI - gen) prediction for exactly these rows, in order
     */
    public static MetComparison of(RegressionData d, int[] rows, MetVector prediction) {
        if (prediction.size() != rows.length) {
            throw new IllegalArgumentException("prediction has " + prediction.size() + " events for " + rows.length
                    + " rows");
        }
        MetVector puppi = pick(d.puppiPx(), d.puppiPy(), rows);
        int[] nPV = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            nPV[k] = d.nPV()[rows[k]];
        }
        return new MetComparison(pick(d.genPx(), d.genPy(), rows), pick(d.pfPx(), d.pfPy(), rows), puppi,
                MetVector.corrected(puppi.px(), puppi.py(), prediction), nPV);
    }

    private static MetVector pick(double[] x, double[] y, int[] rows) {
        double[] px = new double[rows.length];
        double[] py = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            px[k] = x[rows[k]];
            py[k] = y[rows[k]];
        }
        return new MetVector(px, py);
    }
}
