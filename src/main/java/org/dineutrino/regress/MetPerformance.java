package org.dineutrino.regress;

import java.util.EnumMap;
import java.util.Map;

/**
 * The performance of p_T^miss reconstructions against the generated p_T^miss, as in the seed's
 * Figure 1: mean and standard deviation of (gen - reco) |p_T^miss| and of the wrapped
 * (gen - reco) phi versus nPV, the response reco/gen versus gen p_T^miss, and the resolution gain
 * of the network over PUPPI, 100 (1 - sigma_network / sigma_PUPPI) per cent.
 */
public final class MetPerformance {

    private MetPerformance() {
    }

    /**
     * Gain in p_T^miss resolution of the reference analysis's network over PUPPI, about 15 %
     * (seed/dineutrino-ttbar-proceedings.md, section 3).
     */
    public static final double REFERENCE_PT_GAIN_PERCENT = 15.0;

    /** Gain in phi(p_T^miss) resolution of the reference analysis, about 12 % (same source). */
    public static final double REFERENCE_PHI_GAIN_PERCENT = 12.0;

    /** Evaluates every algorithm of the comparison in the given bins (unweighted events). */
    public static PerformanceReport evaluate(MetComparison c, PerformanceBinning binning) {
        double[] genPt = c.gen().magnitude();
        double[] genPhi = c.gen().phi();
        double[] npv = new double[c.nPV().length];
        for (int i = 0; i < npv.length; i++) {
            npv[i] = c.nPV()[i];
        }
        Map<MetAlgorithm, Profile> ptVsNpv = new EnumMap<>(MetAlgorithm.class);
        Map<MetAlgorithm, Profile> phiVsNpv = new EnumMap<>(MetAlgorithm.class);
        Map<MetAlgorithm, Profile> response = new EnumMap<>(MetAlgorithm.class);
        Map<MetAlgorithm, Double> ptRes = new EnumMap<>(MetAlgorithm.class);
        Map<MetAlgorithm, Double> phiRes = new EnumMap<>(MetAlgorithm.class);
        for (MetAlgorithm a : MetAlgorithm.values()) {
            double[] dPt = ptDifference(genPt, c.of(a).magnitude());
            double[] dPhi = phiDifference(genPhi, c.of(a).phi());
            ptVsNpv.put(a, profile(npv, dPt, binning.npvEdges()));
            phiVsNpv.put(a, profile(npv, dPhi, binning.npvEdges()));
            response.put(a, profile(genPt, ratio(c.of(a).magnitude(), genPt), binning.genMetEdges()));
            ptRes.put(a, std(dPt));
            phiRes.put(a, std(dPhi));
        }
        return new PerformanceReport(genPt.length, binning.npvEdges().clone(), counts(npv, binning.npvEdges()),
                ptVsNpv, phiVsNpv, binning.genMetEdges().clone(), counts(genPt, binning.genMetEdges()), response,
                ptRes, phiRes, gainPercent(ptRes.get(MetAlgorithm.PUPPI), ptRes.get(MetAlgorithm.NETWORK)),
                gainPercent(phiRes.get(MetAlgorithm.PUPPI), phiRes.get(MetAlgorithm.NETWORK)),
                gainsPerBin(ptVsNpv), gainsPerBin(phiVsNpv));
    }

    /** gen - reco, event by event. */
    static double[] ptDifference(double[] gen, double[] reco) {
        double[] d = new double[gen.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = gen[i] - reco[i];
        }
        return d;
    }

    /** gen - reco azimuth wrapped to [-pi, pi] rad, event by event. */
    static double[] phiDifference(double[] genPhi, double[] recoPhi) {
        double[] d = new double[genPhi.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = FourMomenta.deltaPhi(genPhi[i], recoPhi[i]);
        }
        return d;
    }

    private static double[] ratio(double[] reco, double[] gen) {
        double[] r = new double[gen.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = reco[i] / gen[i];
        }
        return r;
    }

    /** 100 (1 - sigma / sigmaReference): positive when sigma is the smaller (better) resolution. */
    static double gainPercent(double sigmaReference, double sigma) {
        return 100.0 * (1.0 - sigma / sigmaReference);
    }

    private static double[] gainsPerBin(Map<MetAlgorithm, Profile> profiles) {
        double[] puppi = profiles.get(MetAlgorithm.PUPPI).std();
        double[] net = profiles.get(MetAlgorithm.NETWORK).std();
        double[] g = new double[puppi.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = gainPercent(puppi[k], net[k]);
        }
        return g;
    }

    static int[] counts(double[] x, double[] edges) {
        int[] n = new int[edges.length - 1];
        for (double v : x) {
            int k = PerformanceBinning.find(edges, v);
            if (k >= 0) {
                n[k]++;
            }
        }
        return n;
    }

    /**
     * Mean and standard deviation (1/(n-1)) of y in bins of x, with Welford's update so that one
     * pass is numerically safe; NaN in bins with fewer than two events.
     */
    static Profile profile(double[] x, double[] y, double[] edges) {
        int nBins = edges.length - 1;
        long[] n = new long[nBins];
        double[] mean = new double[nBins];
        double[] m2 = new double[nBins];
        for (int i = 0; i < x.length; i++) {
            int k = PerformanceBinning.find(edges, x[i]);
            if (k < 0) {
                continue;
            }
            n[k]++;
            double d = y[i] - mean[k];
            mean[k] += d / n[k];
            m2[k] += d * (y[i] - mean[k]);
        }
        double[] std = new double[nBins];
        for (int k = 0; k < nBins; k++) {
            std[k] = n[k] < 2 ? Double.NaN : Math.sqrt(m2[k] / (n[k] - 1));
            mean[k] = n[k] < 2 ? Double.NaN : mean[k];
        }
        return new Profile(mean, std);
    }

    /** Standard deviation (1/(n-1)) of all values; NaN for fewer than two. */
    static double std(double[] y) {
        double[] x = new double[y.length];
        return profile(x, y, new double[] {-1, 1}).std()[0];
    }
}
