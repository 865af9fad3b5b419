package org.dineutrino.regress;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The MET-regression performance on a test set (the seed's Figure 1 and more), ready to render.
 *
 * @param nEvents                 events evaluated
 * @param npvEdges                nPV bin edges
 * @param npvCounts               events per nPV bin
 * @param ptDifferenceVsNpv       mean and std of (gen - reco) |p_T^miss| [GeV] per nPV bin
 * @param phiDifferenceVsNpv      mean and std of (gen - reco) phi, wrapped to [-pi, pi] [rad]
 * @param genMetEdges             gen p_T^miss bin edges [GeV]
 * @param genMetCounts            events per gen p_T^miss bin
 * @param responseVsGenMet        mean and std of reco/gen |p_T^miss| per gen p_T^miss bin
 * @param ptResolution            std of (gen - reco) |p_T^miss| over all events [GeV]
 * @param phiResolution           std of the wrapped phi difference over all events [rad]
 * @param ptResolutionGainPercent 100 (1 - sigma_network / sigma_PUPPI) for |p_T^miss|, all events
 * @param phiResolutionGainPercent the same for phi
 * @param ptGainPercentPerNpvBin  the p_T gain in each nPV bin
 * @param phiGainPercentPerNpvBin the phi gain in each nPV bin
 */
public record PerformanceReport(int nEvents, double[] npvEdges, int[] npvCounts,
                                Map<MetAlgorithm, Profile> ptDifferenceVsNpv,
                                Map<MetAlgorithm, Profile> phiDifferenceVsNpv,
                                double[] genMetEdges, int[] genMetCounts,
                                Map<MetAlgorithm, Profile> responseVsGenMet,
                                Map<MetAlgorithm, Double> ptResolution,
                                Map<MetAlgorithm, Double> phiResolution,
                                double ptResolutionGainPercent, double phiResolutionGainPercent,
                                double[] ptGainPercentPerNpvBin, double[] phiGainPercentPerNpvBin) {

    public PerformanceReport {
        ptDifferenceVsNpv = ordered(ptDifferenceVsNpv);
        phiDifferenceVsNpv = ordered(phiDifferenceVsNpv);
        responseVsGenMet = ordered(responseVsGenMet);
        ptResolution = ordered(ptResolution);
        phiResolution = ordered(phiResolution);
    }

    /** An unmodifiable copy in enum order, so that the JSON manifest is the same on every run. */
    private static <V> Map<MetAlgorithm, V> ordered(Map<MetAlgorithm, V> m) {
        EnumMap<MetAlgorithm, V> copy = new EnumMap<>(MetAlgorithm.class);
        copy.putAll(m);
        return Collections.unmodifiableMap(copy);
    }
}
