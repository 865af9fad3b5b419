package org.dineutrino.regress;

/**
 * Event weights that flatten the gen p_T^miss spectrum of the training rows, so that the
 * network does not learn mainly the most populated low-p_T^miss region.
 *
 * <p>With N_b training rows in bin b of nBins equal bins on [0, maxGeV) (larger values in the last
 * bin) and N the number of training rows, w_i = min(maxWeight, (N / nBins) / N_b(i)), then scaled
 * so that the weights average to 1 over the given rows.
 */
public final class SpectrumFlattening {

    private SpectrumFlattening() {
    }

    /**
     * @param genMet    gen p_T^miss of every row [GeV]
     * @param rows      the rows the histogram is filled from (the training rows)
     * @param maxGeV    upper edge of the flattened range [GeV]
     * @param nBins     number of equal bins on [0, maxGeV)
     * @param maxWeight cap on a weight before the normalisation, for sparsely populated bins
     * @return one weight per entry of rows, in the same order, with mean 1
     */
    public static double[] weights(double[] genMet, int[] rows, double maxGeV, int nBins, double maxWeight) {
        if (!(maxGeV > 0) || nBins < 1 || !(maxWeight >= 1)) {
            throw new IllegalArgumentException("flattening needs maxGeV > 0, nBins >= 1 and maxWeight >= 1, got "
                    + maxGeV + " GeV, " + nBins + " bins, " + maxWeight);
        }
        int[] bin = new int[rows.length];
        int[] counts = new int[nBins];
        for (int k = 0; k < rows.length; k++) {
            bin[k] = binOf(genMet[rows[k]], maxGeV, nBins);
            counts[bin[k]]++;
        }
        double[] w = new double[rows.length];
        double mean = 0;
        for (int k = 0; k < rows.length; k++) {
            w[k] = Math.min(maxWeight, ((double) rows.length / nBins) / counts[bin[k]]);
            mean += w[k] / rows.length;
        }
        for (int k = 0; k < rows.length; k++) {
            w[k] /= mean;
        }
        return w;
    }

    /** Bin of value v in nBins equal bins on [0, max); below 0 in the first bin, above in the last. */
    static int binOf(double v, double max, int nBins) {
        int b = (int) Math.floor(v / max * nBins);
        return Math.max(0, Math.min(nBins - 1, b));
    }
}
