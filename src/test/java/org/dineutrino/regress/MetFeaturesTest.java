package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;

class MetFeaturesTest {

    /** Round-off of cos/sin at multiples of pi/2 times momenta of ~100 GeV. */
    private static final double TOL_GEV = 1e-9;

    private static final double HALF_PI = Math.PI / 2;

    /** m_mu and m_e from PDG 2024 [GeV], written out here independently of the code. */
    private static final double M_MU = 0.1056583755;
    private static final double M_E = 0.51099895e-3;

    /**
     * Event 0: tight mu (50 GeV, phi 0), non-tight mu (60), tight e (40, phi pi), tight e (20,
     * third tight lepton); jets in batch order: b (80 GeV, eta asinh(0.75), phi 0, btag 0.01),
     * c (25 GeV: below threshold), a (100 GeV, phi pi/2, m 10, btag 0.9), d (40 GeV, eta 3: outside).
     * Event 1: no leptons, no jets. PUPPI 30 GeV at pi/2 and PF 45 GeV at pi in event 0.
     */
    static EventBatch twoEvents() {
        return EventBatch.builder(2)
                .put(Columns.N_PV, new int[] {17, 5})
                .put(Columns.MET, new double[] {45, 12})
                .put(Columns.MET_PHI, new double[] {Math.PI, 0})
                .put(Columns.PUPPI_MET, new double[] {30, 10})
                .put(Columns.PUPPI_MET_PHI, new double[] {HALF_PI, 0})
                .put(Columns.N_MUON, new int[] {2, 0})
                .put(Columns.MUON_PT, new double[] {50, 60})
                .put(Columns.MUON_ETA, new double[] {0, 0})
                .put(Columns.MUON_PHI, new double[] {0, HALF_PI})
                .put(Columns.MUON_TIGHT, new int[] {1, 0})
                .put(Columns.N_ELECTRON, new int[] {2, 0})
                .put(Columns.ELECTRON_PT, new double[] {40, 20})
                .put(Columns.ELECTRON_ETA, new double[] {0, 0})
                .put(Columns.ELECTRON_PHI, new double[] {Math.PI, -HALF_PI})
                .put(Columns.ELECTRON_TIGHT, new int[] {1, 1})
                .put(Columns.N_JET, new int[] {4, 0})
                .put(Columns.JET_PT, new double[] {80, 25, 100, 40})
                .put(Columns.JET_ETA, new double[] {asinh(0.75), 0, 0, 3.0})
                .put(Columns.JET_PHI, new double[] {0, Math.PI, HALF_PI, -HALF_PI})
                .put(Columns.JET_MASS, new double[] {0, 0, 10, 0})
                .put(Columns.JET_BTAG, new double[] {0.01, 0.5, 0.9, 0.2})
                .build();
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static double feature(FeatureMatrix m, int row, String name) {
        return m.value(row, m.names().indexOf(name));
    }

    @Test
    void features_of_a_two_jet_dilepton_event_match_hand_computation() {
        FeatureMatrix m = MetFeatures.compute(twoEvents(), new int[] {0}, FeatureSettings.defaults());

        double eMu = Math.sqrt(50 * 50 + M_MU * M_MU);
        double eE = Math.sqrt(40 * 40 + M_E * M_E);
        double eJetA = Math.sqrt(100 * 100 + 10 * 10);
        double[][] expected = {
            {0, 30, 30, -45, 0, 45},
            {80, 100, 180, Math.sqrt(90 * 90 + 100 * 100), -25, -40, 65},
            {0, 100, 0, eJetA, 0.9, 80, 0, 60, 100, 0.01},
            {50, 0, 0, eMu, 1, -40, 0, 0, eE, 0},
        };
        String[][] names = {
            {"puppiMetPx", "puppiMetPy", "puppiMet", "metPx", "metPy", "met"},
            {"jetSumPx", "jetSumPy", "ht", "mht", "otherJetSumPx", "otherJetSumPy", "otherJetHt"},
            {"jet1Px", "jet1Py", "jet1Pz", "jet1E", "jet1Btag", "jet2Px", "jet2Py", "jet2Pz", "jet2E", "jet2Btag"},
            {"lep1Px", "lep1Py", "lep1Pz", "lep1E", "lep1IsMuon", "lep2Px", "lep2Py", "lep2Pz", "lep2E", "lep2IsMuon"},
        };
        for (int g = 0; g < names.length; g++) {
            for (int k = 0; k < names[g].length; k++) {
                assertEquals(expected[g][k], feature(m, 0, names[g][k]), TOL_GEV, names[g][k]);
            }
        }
        // two-body masses from m^2 = m1^2 + m2^2 + 2 (E1 E2 - p1.p2)
        double mLL = Math.sqrt(M_MU * M_MU + M_E * M_E + 2 * (eMu * eE + 50 * 40));
        double mJJ = Math.sqrt(10 * 10 + 2 * (eJetA * 100));
        double eAll = eMu + eE + eJetA + 100;
        double mAll = Math.sqrt(eAll * eAll - 90 * 90 - 100 * 100 - 60 * 60);
        assertEquals(mLL, feature(m, 0, "mLL"), TOL_GEV);
        assertEquals(mJJ, feature(m, 0, "mJJ"), TOL_GEV);
        assertEquals(mAll, feature(m, 0, "mLLJets"), 1e-6);
        assertEquals(2, feature(m, 0, "nJets"));
        assertEquals(1, feature(m, 0, "nBJets"));
        assertEquals(17, feature(m, 0, "nPV"));
    }

    @Test
    void empty_slots_are_zero_padded_and_rows_follow_the_given_event_order() {
        FeatureMatrix m = MetFeatures.compute(twoEvents(), new int[] {1, 0}, FeatureSettings.defaults());

        assertEquals(2, m.nRows());
        assertEquals(1, m.events()[0]);
        for (String name : m.names()) {
            double expected = switch (name) {
                case "puppiMetPx", "puppiMet" -> 10;
                case "metPx", "met" -> 12;
                case "nPV" -> 5;
                default -> 0;
            };
            assertEquals(expected, feature(m, 0, name), TOL_GEV, name);
        }
        assertEquals(0, feature(m, 1, "jet3Px"));
        assertEquals(17, feature(m, 1, "nPV"));
    }

    @Test
    void names_are_unique_and_match_the_matrix_width_for_every_slot_count() {
        for (int slots = 2; slots <= 6; slots++) {
            FeatureSettings s = new FeatureSettings(30, 2.4, 0.049, slots);
            List<String> names = MetFeatures.names(s);
            FeatureMatrix m = MetFeatures.compute(twoEvents(), new int[] {0, 1}, s);

            assertEquals(6 + 7 + 5 * slots + 10 + 6, names.size());
            assertEquals(names.size(), new HashSet<>(names).size());
            assertEquals(2 * names.size(), m.values().length);
        }
    }

    @Test
    void a_jet_exactly_on_the_pt_or_eta_threshold_is_not_selected() {
        EventBatch b = EventBatch.builder(1)
                .put(Columns.N_PV, new int[] {1})
                .put(Columns.MET, new double[] {0})
                .put(Columns.MET_PHI, new double[] {0})
                .put(Columns.PUPPI_MET, new double[] {0})
                .put(Columns.PUPPI_MET_PHI, new double[] {0})
                .put(Columns.N_MUON, new int[] {0})
                .put(Columns.MUON_PT, new double[0])
                .put(Columns.MUON_ETA, new double[0])
                .put(Columns.MUON_PHI, new double[0])
                .put(Columns.MUON_TIGHT, new int[0])
                .put(Columns.N_ELECTRON, new int[] {0})
                .put(Columns.ELECTRON_PT, new double[0])
                .put(Columns.ELECTRON_ETA, new double[0])
                .put(Columns.ELECTRON_PHI, new double[0])
                .put(Columns.ELECTRON_TIGHT, new int[0])
                .put(Columns.N_JET, new int[] {3})
                .put(Columns.JET_PT, new double[] {30.0, 50, 30.000001})
                .put(Columns.JET_ETA, new double[] {0, -2.4, 0})
                .put(Columns.JET_PHI, new double[] {0, 0, 0})
                .put(Columns.JET_MASS, new double[] {0, 0, 0})
                .put(Columns.JET_BTAG, new double[] {0, 0, 0})
                .build();
        FeatureMatrix m = MetFeatures.compute(b, new int[] {0}, FeatureSettings.defaults());

        assertEquals(1, feature(m, 0, "nJets"));
        assertEquals(30.000001, feature(m, 0, "ht"), TOL_GEV);
        assertEquals(80.0, feature(m, 0, "otherJetHt"), TOL_GEV);
    }

    @Test
    void an_empty_selection_gives_an_empty_matrix() {
        FeatureMatrix m = MetFeatures.compute(twoEvents(), new int[0], FeatureSettings.defaults());

        assertEquals(0, m.nRows());
        assertEquals(0, m.values().length);
    }

    @Test
    void a_missing_column_is_named() {
        EventBatch b = EventBatch.builder(1).put(Columns.N_PV, new int[] {1}).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetFeatures.compute(b, new int[] {0}, FeatureSettings.defaults()));
        assertTrue(e.getMessage().contains("'met'"), e.getMessage());
    }

    @Test
    void an_event_index_outside_the_batch_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetFeatures.compute(twoEvents(), new int[] {0, 2}, FeatureSettings.defaults()));
        assertTrue(e.getMessage().contains("event index 2 at row 1"), e.getMessage());
    }

    @Test
    void regression_data_targets_are_puppi_minus_gen_components() {
        EventBatch b = SyntheticEvents.generate(50, 5);
        RegressionData d = RegressionData.fromBatch(b, SyntheticEvents.allEvents(50), FeatureSettings.defaults());

        for (int r = 0; r < 50; r++) {
            double gen = b.doubles("genMet")[r];
            double genPhi = b.doubles("genMetPhi")[r];
            assertEquals(gen * Math.cos(genPhi), d.genPx()[r], TOL_GEV);
            assertEquals(b.doubles("puppiMet")[r] * Math.sin(b.doubles("puppiMetPhi")[r]), d.puppiPy()[r], TOL_GEV);
            assertEquals(gen, d.genMet()[r], TOL_GEV);
        }
    }

    @Test
    void concatenated_parts_keep_their_rows_in_order() {
        EventBatch b = SyntheticEvents.generate(30, 6);
        FeatureSettings s = FeatureSettings.defaults();
        RegressionData whole = RegressionData.fromBatch(b, SyntheticEvents.allEvents(30), s);
        RegressionData first = RegressionData.fromBatch(b, java.util.stream.IntStream.range(0, 10).toArray(), s);
        RegressionData rest = RegressionData.fromBatch(b, java.util.stream.IntStream.range(10, 30).toArray(), s);

        RegressionData joined = RegressionData.concat(List.of(first, rest));

        assertEquals(java.util.Arrays.toString(whole.features().values()),
                java.util.Arrays.toString(joined.features().values()));
        assertEquals(java.util.Arrays.toString(whole.genPy()), java.util.Arrays.toString(joined.genPy()));
        assertEquals(java.util.Arrays.toString(whole.nPV()), java.util.Arrays.toString(joined.nPV()));
    }
}
