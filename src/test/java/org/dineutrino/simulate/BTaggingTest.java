package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;

class BTaggingTest {

    @Test
    void cuts_at_the_working_points_select_the_flavour_efficiency() {
        SplittableRandom rng = new SplittableRandom(13);
        double[] wp = {BTagging.LOOSE, BTagging.MEDIUM, BTagging.TIGHT};
        for (int flavour : new int[] {5, 4, 0}) {
            int n = 200_000;
            int[] above = new int[3];
            for (int i = 0; i < n; i++) {
                double d = BTagging.discriminant(rng, 60.0, 0.5, flavour);
                assertTrue(d >= 0 && d <= 1);
                for (int k = 0; k < 3; k++) {
                    above[k] += d > wp[k] ? 1 : 0;
                }
            }
            for (int k = 0; k < 3; k++) {
                double eff = BTagging.efficiency(60.0, 0.5, flavour, k);
                assertEquals(eff, (double) above[k] / n, 5 * Math.sqrt(eff * (1 - eff) / n) + 1e-6,
                        "flavour " + flavour + " working point " + k);
            }
        }
    }

    @Test
    void no_tag_beyond_the_tracker() {
        assertEquals(0.0, BTagging.discriminant(new SplittableRandom(1), 60.0, 2.6, 5), 0.0);
    }

    @Test
    void simulated_tt_bar_jets_have_deepjet_loose_efficiencies() {
        long[] tagged = new long[6];
        long[] all = new long[6];
        for (EventBatch b : SimulatedSamples.ttbar().batches()) {
            double[] pt = b.doubles("jetPt");
            double[] eta = b.doubles("jetEta");
            double[] tag = b.doubles("jetBtag");
            int[] flavour = b.ints("jetHadronFlavour");
            for (int j = 0; j < pt.length; j++) {
                if (pt[j] > 30 && Math.abs(eta[j]) < 2.4) {
                    all[flavour[j]]++;
                    tagged[flavour[j]] += tag[j] > BTagging.LOOSE ? 1 : 0;
                }
            }
        }
        // DeepJet loose: b ~0.92 on the plateau (note sec. 7.3), lower for the softer tt-bar b jets;
        // light mistag 10 % by the working point's definition
        double b = (double) tagged[5] / all[5];
        double light = (double) tagged[0] / all[0];
        assertTrue(b > 0.82 && b < 0.93, "b-jet loose efficiency " + b);
        assertTrue(light > 0.07 && light < 0.13, "light-jet loose mistag " + light);
    }
}
