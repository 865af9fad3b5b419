package org.dineutrino.unfold;

/**
 * Test statistics between successive iterations of the iterative method, as pyunfold 0.5 defines
 * them (pyunfold/teststat.py): both compare the shapes of two non-negative histograms.
 */
final class StoppingStatistics {

    /** pyunfold replaces a combined bin content below 1 by 1 in the χ² denominator. */
    private static final double CHI2_MIN_DENOMINATOR = 1.0;

    private StoppingStatistics() {}

    /** The statistic of the given kind between the new and the previous iteration. */
    static double value(UnfoldSettings.StoppingTest test, double[] current, double[] previous) {
        return test == UnfoldSettings.StoppingTest.KS ?
                ks(current, previous) :
                chi2(current, previous);
    }

    /** Kolmogorov–Smirnov distance max_k |C₁(k)/C₁(n) − C₂(k)/C₂(n)| of the cumulative sums. */
    static double ks(double[] a, double[] b) {
        double totalA = Flat.sum(a);
        double totalB = Flat.sum(b);
        double cumA = 0.0;
        double cumB = 0.0;
        double distance = 0.0;
        for (int k = 0; k < a.length; k++) {
            cumA += a[k];
            cumB += b[k];
            distance = Math.max(distance, Math.abs(cumA / totalA - cumB / totalB));
        }
        return distance;
    }

    /**
     * Reduced χ² of two histograms: Σ_k (n₂a_k − n₁b_k)² / (a_k + b_k) / (n₁ n₂) / nBins with n₁ =
     * Σa, n₂ = Σb.
     */
    static double chi2(double[] a, double[] b) {
        double n1 = Flat.sum(a);
        double n2 = Flat.sum(b);
        double sum = 0.0;
        for (int k = 0; k < a.length; k++) {
            double denominator =
                    a[k] + b[k] < CHI2_MIN_DENOMINATOR ? CHI2_MIN_DENOMINATOR : a[k] + b[k];
            double difference = n2 * a[k] - n1 * b[k];
            sum += difference * difference / denominator;
        }
        return sum / (n1 * n2) / a.length;
    }
}
