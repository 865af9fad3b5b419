package org.dineutrino.select;

/**
 * Purity and stability of truth bins (DESIGN.md): for truth bin j and the reco bins that
 * lie inside j's range, purity = (events generated and reconstructed in j) / (events
 * reconstructed in j); stability = (events generated and reconstructed in j) / (events
 * generated in j and reconstructed anywhere).
 */
public final class BinQuality {

    private BinQuality() {
    }

    /** For each reco bin, the truth bin whose range contains it, or -1. */
    public static int[] recoToTruth(Binning truth, Binning reco) {
        int[] map = new int[reco.nBins()];
        for (int r = 0; r < map.length; r++) {
            double centre = reco.isOverflow(r) ? reco.low(r) : 0.5 * (reco.low(r) + reco.high(r));
            map[r] = truth.index(centre);
        }
        return map;
    }

    /** @return {purity[truth], stability[truth]} from migrations[reco][truth] */
    public static double[][] purityStability(double[][] migrations, Binning truth, Binning reco) {
        int nTruth = truth.nBins();
        int[] map = recoToTruth(truth, reco);
        double[] diagonal = new double[nTruth];
        double[] recoInBin = new double[nTruth];
        double[] generated = new double[nTruth];
        for (int r = 0; r < migrations.length; r++) {
            for (int t = 0; t < nTruth; t++) {
                double m = migrations[r][t];
                generated[t] += m;
                if (map[r] >= 0) {
                    recoInBin[map[r]] += m;
                }
                if (map[r] == t) {
                    diagonal[t] += m;
                }
            }
        }
        double[] purity = new double[nTruth];
        double[] stability = new double[nTruth];
        for (int t = 0; t < nTruth; t++) {
            purity[t] = recoInBin[t] > 0 ? diagonal[t] / recoInBin[t] : 0;
            stability[t] = generated[t] > 0 ? diagonal[t] / generated[t] : 0;
        }
        return new double[][] {purity, stability};
    }
}
