package org.dineutrino.regress;

/**
 * Bins of the performance evaluation: events with x in [edges[k], edges[k+1]) fill bin k; events
 * outside the edges are not counted.
 *
 * @param npvEdges    edges in the number of primary vertices
 * @param genMetEdges edges in gen p_T^miss [GeV] for the response; they should start above 0,
 *                    where the ratio reco/gen is undefined
 */
public record PerformanceBinning(double[] npvEdges, double[] genMetEdges) {

    public PerformanceBinning {
        requireIncreasing("npvEdges", npvEdges);
        requireIncreasing("genMetEdges", genMetEdges);
        if (genMetEdges[0] <= 0) {
            throw new IllegalArgumentException("genMetEdges must start above 0 GeV (response = reco/gen), got "
                    + genMetEdges[0]);
        }
    }

    private static void requireIncreasing(String name, double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException(name + " needs at least 2 edges, got " + edges.length);
        }
        for (int k = 1; k < edges.length; k++) {
            if (!(edges[k] > edges[k - 1])) {
                throw new IllegalArgumentException(name + " must increase strictly, got " + edges[k - 1] + " then "
                        + edges[k] + " at index " + k);
            }
        }
    }

    public int nNpvBins() {
        return npvEdges.length - 1;
    }

    public int nGenMetBins() {
        return genMetEdges.length - 1;
    }

    /**
     * Defaults for the built-in simulation (nPV about 0.7 x 32 pileup interactions, DESIGN.md):
     * nPV 0, 10, 15, 20, 25, 30, 35, 40, 60; gen p_T^miss 20, 40, 60, 80, 100, 150, 200, 300, 500 GeV.
     */
    public static PerformanceBinning defaults() {
        return new PerformanceBinning(new double[] {0, 10, 15, 20, 25, 30, 35, 40, 60},
                new double[] {20, 40, 60, 80, 100, 150, 200, 300, 500});
    }

    /** Bin of x, or -1 outside the edges. */
    static int find(double[] edges, double x) {
        if (!(x >= edges[0]) || !(x < edges[edges.length - 1])) {
            return -1;
        }
        int k = java.util.Arrays.binarySearch(edges, x);
        return k >= 0 ? k : -k - 2;
    }
}
