package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;

class EventWeightsTest {

    private static EventBatch ttbar;

    private static synchronized EventBatch ttbar() {
        if (ttbar == null) {
            ttbar = SimulatedSamples.simulate(SimProcess.TTBAR, 4000, 21L, 4000, 2).batches().get(0);
        }
        return ttbar;
    }

    @Test
    void slots_follow_the_column_list() {
        List<String> names = Columns.WEIGHT_VARIATIONS.stream().map(ColumnSpec::name).toList();
        assertEquals(EventWeights.SIZE, names.size());
        assertEquals("wLeptonSfUp", names.get(EventWeights.LEPTON_SF_UP));
        assertEquals("wBtagLfDown", names.get(EventWeights.BTAG_LF_DOWN));
        assertEquals("wPileupDown", names.get(EventWeights.PILEUP_DOWN));
        assertEquals("wTriggerDown", names.get(EventWeights.TRIGGER_DOWN));
        assertEquals("wMuRUp", names.get(EventWeights.MU_R_UP + HardScatterWeights.MU_R_UP));
        assertEquals("wMuFDown", names.get(EventWeights.MU_R_UP + HardScatterWeights.MU_F_DOWN));
        assertEquals("wMuRMuFDown", names.get(EventWeights.MU_R_UP + HardScatterWeights.MU_R_MU_F_DOWN));
        assertEquals("wIsrUp", names.get(EventWeights.ISR_UP));
        assertEquals("wFsrDown", names.get(EventWeights.FSR_DOWN));
        assertEquals("wTopPt", names.get(EventWeights.TOP_PT));
        assertEquals("wPdf1", names.get(EventWeights.PDF_1));
        assertEquals("wPdf6", names.get(EventWeights.PDF_1 + HardScatterWeights.N_PDF - 1));
    }

    @Test
    void ttbar_weights_are_floats_bracket_one_per_event_where_the_model_says_so() {
        EventBatch b = ttbar();
        for (ColumnSpec c : Columns.WEIGHT_VARIATIONS) {
            for (double w : b.doubles(c.name())) {
                assertEquals((double) (float) w, w, 0.0, c.name() + " is rounded to float");
                // the largest factor: FSR Up with both b quarks at the 3-gluon cap, (0.1205/0.0231)^2 = 27.2
                assertTrue(w > 0 && w < 28, c.name() + " = " + w);
            }
        }
        for (String source : List.of("LeptonSf", "Trigger")) {
            double[] up = b.doubles("w" + source + "Up");
            double[] down = b.doubles("w" + source + "Down");
            for (int i = 0; i < b.nEvents(); i++) {
                assertTrue(up[i] >= 1 && down[i] <= 1 && up[i] - 1 <= 0.07 && 1 - down[i] <= 0.07, source);
            }
        }
        double[] topPt = b.doubles("wTopPt");
        assertTrue(java.util.Arrays.stream(topPt).distinct().count() > 100, "wTopPt varies for tt-bar");
    }

    @Test
    void btag_up_and_down_bracket_one_on_average_where_a_jet_of_that_flavour_is_tagged() {
        EventBatch b = ttbar();
        double[] btag = b.doubles("jetBtag");
        double[] pt = b.doubles("jetPt");
        double[] eta = b.doubles("jetEta");
        int[] flavour = b.ints("jetHadronFlavour");
        int[] offsets = b.offsets("nJet");
        double[] sum = new double[4];
        int[] n = new int[2];
        for (int i = 0; i < b.nEvents(); i++) {
            boolean heavy = false;
            boolean light = false;
            for (int j = offsets[i]; j < offsets[i + 1]; j++) {
                boolean tagged = btag[j] > BTagging.LOOSE && pt[j] > 30 && Math.abs(eta[j]) < 2.4;
                heavy |= tagged && flavour[j] != 0;
                light |= tagged && flavour[j] == 0;
            }
            if (heavy) {
                n[0]++;
                sum[0] += b.doubles("wBtagHfUp")[i];
                sum[1] += b.doubles("wBtagHfDown")[i];
            }
            if (light) {
                n[1]++;
                sum[2] += b.doubles("wBtagLfUp")[i];
                sum[3] += b.doubles("wBtagLfDown")[i];
            }
        }
        assertTrue(n[0] > 1000 && n[1] > 50, n[0] + " and " + n[1] + " events");
        assertTrue(sum[0] / n[0] > 1 && sum[1] / n[0] < 1, "heavy flavour " + sum[0] / n[0] + ", " + sum[1] / n[0]);
        assertTrue(sum[2] / n[1] > 1 && sum[3] / n[1] < 1, "light flavour " + sum[2] / n[1] + ", " + sum[3] / n[1]);
    }

    @Test
    void sources_that_do_not_apply_give_exactly_one() {
        EventBatch dy = SimulatedSamples.simulate(SimProcess.DY_M50, 1500, 23L, 1500, 2).batches().get(0);
        for (String name : List.of("wTopPt", "wFsrUp", "wFsrDown", "wMuRUp", "wMuRDown")) {
            assertTrue(java.util.Arrays.stream(dy.doubles(name)).allMatch(w -> w == 1.0), "Drell-Yan " + name);
        }
        assertTrue(java.util.Arrays.stream(dy.doubles("wMuFUp")).anyMatch(w -> w != 1.0), "Drell-Yan muF varies");
        EventBatch tw = SimulatedSamples.simulate(SimProcess.TW, 1500, 24L, 1500, 2).batches().get(0);
        assertTrue(java.util.Arrays.stream(tw.doubles("wTopPt")).allMatch(w -> w == 1.0), "tW has no top-pT weight");
        assertTrue(java.util.Arrays.stream(tw.doubles("wFsrUp")).anyMatch(w -> w != 1.0), "tW FSR varies");
        assertTrue(java.util.Arrays.stream(tw.doubles("wPdf6")).allMatch(w -> Math.abs(w - 1.05) < 1e-6),
                "tW: every event has one b from the proton, member 6 scales it by 5 %");
    }
}
