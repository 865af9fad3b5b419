package org.dineutrino.unfold;

/**
 * Purity, stability and efficiency per truth bin (DESIGN.md, "Default binning"). With R(t) the reco
 * bins that lie inside truth bin t and B the weighted migrations:
 *
 * <pre>
 *   purity_t     = Σ_{r∈R(t)} B_rt / Σ_{r∈R(t)} S_r   (S_r = Σ_{t'} B_{rt'}, fakes not counted)
 *   stability_t  = Σ_{r∈R(t)} B_rt / Σ_r B_rt
 *   efficiency_t = Σ_r B_rt / N_t
 * </pre>
 *
 * A reco bin lies inside the truth bin that contains its centre on every axis; an overflow reco bin
 * belongs to the truth overflow bin. Without binnings, reco bin r lies in truth bin r when the
 * counts agree. Purity is 0 for a truth bin whose reco bins hold no signal.
 *
 * @param purity [truth], or null when reco bins cannot be mapped to truth bins
 * @param stability [truth], or null likewise
 * @param efficiency [truth]
 */
public record BinQuality(double[] purity, double[] stability, double[] efficiency) {

    /**
     * The figures of a response.
     *
     * @param truth truth binning, or null
     * @param reco reco binning, or null
     */
    public static BinQuality of(Response response, Binning truth, Binning reco) {
        return of(ResponseModel.of(response, null, null), truth, reco);
    }

    static BinQuality of(ResponseModel model, Binning truth, Binning reco) {
        int[] map = recoToTruth(model.nReco(), model.nTruth(), truth, reco);
        if (map == null) {
            return new BinQuality(null, null, model.efficiency().clone());
        }
        int nTruth = model.nTruth();
        double[] b = model.migrations();
        double[] signal = model.signal();
        double[] inside = new double[nTruth];
        double[] insideSignal = new double[nTruth];
        double[] reconstructed = new double[nTruth];
        for (int r = 0; r < model.nReco(); r++) {
            for (int t = 0; t < nTruth; t++) {
                reconstructed[t] += b[r * nTruth + t];
            }
            if (map[r] >= 0) {
                inside[map[r]] += b[r * nTruth + map[r]];
                insideSignal[map[r]] += signal[r];
            }
        }
        double[] purity = new double[nTruth];
        double[] stability = new double[nTruth];
        for (int t = 0; t < nTruth; t++) {
            purity[t] = insideSignal[t] > 0.0 ? inside[t] / insideSignal[t] : 0.0;
            stability[t] = reconstructed[t] > 0.0 ? inside[t] / reconstructed[t] : 0.0;
        }
        return new BinQuality(purity, stability, model.efficiency().clone());
    }

    /** The truth bin each reco bin lies in (−1 for none), or null when it cannot be decided. */
    static int[] recoToTruth(int nReco, int nTruth, Binning truth, Binning reco) {
        if (truth == null || reco == null) {
            if (nReco != nTruth) {
                return null;
            }
            int[] identity = new int[nReco];
            for (int r = 0; r < nReco; r++) {
                identity[r] = r;
            }
            return identity;
        }
        if (truth.axes().size() != reco.axes().size()) {
            throw new InputDataException(
                    "truth binning has " +
                            truth.axes().size() +
                            " axes, reco binning " +
                            reco.axes().size() +
                            ": both levels need the same observables");
        }
        int[] map = new int[nReco];
        for (int r = 0; r < nReco; r++) {
            map[r] = containingBin(truth, reco, reco.indices(r));
        }
        return map;
    }

    private static int containingBin(Binning truth, Binning reco, int[] recoIndex) {
        int[] truthIndex = new int[recoIndex.length];
        for (int a = 0; a < recoIndex.length; a++) {
            Binning.Axis recoAxis = reco.axes().get(a);
            Binning.Axis truthAxis = truth.axes().get(a);
            boolean recoOverflow = recoAxis.overflow() && recoIndex[a] == recoAxis.nBins() - 1;
            truthIndex[a] =
                    recoOverflow && truthAxis.overflow() ?
                            truthAxis.nBins() - 1 :
                            findBin(truthAxis, recoAxis.centre(recoIndex[a]));
            if (truthIndex[a] < 0) {
                return -1;
            }
        }
        return truth.flatIndex(truthIndex);
    }

    /** The bin of the axis containing value (lower edge inclusive), or −1. */
    private static int findBin(Binning.Axis axis, double value) {
        double[] edges = axis.edges();
        for (int k = 0; k < edges.length - 1; k++) {
            if (value >= edges[k] && value < edges[k + 1]) {
                return k;
            }
        }
        return -1;
    }
}
