package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopPtReweightingTest {

    @Test
    void the_weight_is_the_geometric_mean_of_the_cms_factors_over_the_sample_mean() {
        // sqrt(exp(0.0615 - 0.0005 * 100) exp(0.0615 - 0.0005 * 300)) = exp(0.0615 - 0.1)
        assertEquals(Math.exp(0.0615 - 0.1) / TopPtReweighting.SAMPLE_MEAN, TopPtReweighting.weight(100, 300), 1e-12);
    }

    @Test
    void the_normalised_weight_has_mean_one_over_generated_ttbar_and_softens_the_top_spectrum() {
        double[] sums = new double[4];
        SimulatedSamples.forEachGenerated(SimProcess.TTBAR, 77L, 300_000, ev -> {
            if (ev.hasTop) {
                double pt = Lorentz.pt(ev.top, 0);
                double w = TopPtReweighting.weight(pt, Lorentz.pt(ev.antitop, 0));
                sums[0]++;
                sums[1] += w;
                sums[2] += pt;
                sums[3] += w * pt;
            }
        });
        // ~2e4 tops, weight spread ~ 0.03: error of the mean 2e-4; 1e-3 is 5 sigma
        assertTrue(sums[0] > 15_000, sums[0] + " events with tops");
        assertEquals(1.0, sums[1] / sums[0], 1e-3);
        assertTrue(sums[3] / sums[1] < sums[2] / sums[0], "weighted mean top pT is lower");
    }
}
