package org.dineutrino.systematics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;
import org.dineutrino.select.RecoSelection;
import org.dineutrino.select.SelectionCuts;
import org.dineutrino.testing.Events;
import org.junit.jupiter.api.Test;

/** Each variation on one hand-built event: what it must move, worked out by hand, and what it must leave. */
class VariedBatchTest {

    /** Round-off of a few products and sums of values of order 100 GeV. */
    private static final double TOLERANCE = 1e-9;
    private static final ColumnSpec W_ISR_UP = ColumnSpec.perEvent("wIsrUp", ValueType.DOUBLE, "", "ISR up weight");

    /**
     * A muon of 50 GeV along x, an electron of 40 GeV along y, jets of 100 GeV along x, 50 GeV along y and
     * 12 GeV along -x (below the type-1 threshold); p_T^miss (PF and PUPPI) 30 GeV along -y, i.e. (0, -30).
     */
    private static EventBatch event() {
        Events events = new Events();
        events.add().weight(0.8)
                .muon(50, 0.3, 0.0, +1)
                .electron(40, -0.7, Math.PI / 2, -1)
                .jet(100, 0.5, 0.0, 0.9)
                .jet(50, -1.0, Math.PI / 2, 0.1)
                .jet(12, 2.0, Math.PI, 0.0)
                .met(30, -Math.PI / 2);
        Map<ColumnSpec, double[]> extra = new LinkedHashMap<>();
        extra.put(Columns.JET_MASS, new double[] {10, 5, 2});
        extra.put(Columns.JET_JES_UNC, new double[] {0.02, 0.04, 0.10});
        extra.put(Columns.JET_JER_UP, new double[] {1.05, 0.90, 1.20});
        extra.put(Columns.JET_JER_DOWN, new double[] {0.97, 1.02, 1.00});
        extra.put(Columns.MUON_SCALE_UNC, new double[] {0.002});
        extra.put(Columns.ELECTRON_SCALE_UNC, new double[] {0.005});
        extra.put(Columns.MET_UNCL_PX, new double[] {10});
        extra.put(Columns.MET_UNCL_PY, new double[] {-20});
        extra.put(Columns.PUPPI_MET_UNCL_PX, new double[] {-5});
        extra.put(Columns.PUPPI_MET_UNCL_PY, new double[] {0});
        extra.put(W_ISR_UP, new double[] {1.25});
        return with(events.build(), extra, Set.of());
    }

    /** The batch with some columns added or replaced and some dropped. */
    static EventBatch with(EventBatch batch, Map<ColumnSpec, double[]> columns, Set<String> dropped) {
        EventBatch.Builder b = EventBatch.builder(batch.nEvents());
        for (ColumnSpec spec : batch.columns()) {
            if (dropped.contains(spec.name()) || columns.containsKey(spec)) {
                continue;
            }
            if (spec.type() == ValueType.DOUBLE) {
                b.put(spec, batch.doubles(spec.name()));
            } else {
                b.put(spec, batch.ints(spec.name()));
            }
        }
        columns.forEach(b::put);
        return b.build();
    }

    @Test
    void jes_up_scales_jets_and_propagates_only_jets_above_the_type1_threshold_to_both_met() {
        EventBatch varied = VariedBatch.apply(event(), Variation.JES_UP);
        assertArrayEquals(new double[] {102, 52, 13.2}, varied.doubles("jetPt"), TOLERANCE);
        assertArrayEquals(new double[] {10.2, 5.2, 2.2}, varied.doubles("jetMass"), TOLERANCE);
        // visible change (2, 2) from the two jets above 15 GeV: p_T^miss (0, -30) -> (-2, -32)
        for (String met : new String[] {"met", "puppiMet"}) {
            assertEquals(Math.sqrt(2 * 2 + 32 * 32), varied.doubles(met)[0], TOLERANCE);
            assertEquals(Math.atan2(-32, -2), varied.doubles(met + "Phi")[0], TOLERANCE);
        }
    }

    @Test
    void jes_down_and_jer_use_the_opposite_sign_and_the_stored_factors() {
        EventBatch down = VariedBatch.apply(event(), Variation.JES_DOWN);
        assertArrayEquals(new double[] {98, 48, 10.8}, down.doubles("jetPt"), TOLERANCE);
        assertEquals(Math.hypot(2, 28), down.doubles("met")[0], TOLERANCE);

        // JER up: jets 105, 45, 14.4; visible change (5, -5): p_T^miss (-5, -25)
        EventBatch jerUp = VariedBatch.apply(event(), Variation.JER_UP);
        assertArrayEquals(new double[] {105, 45, 14.4}, jerUp.doubles("jetPt"), TOLERANCE);
        assertEquals(Math.hypot(5, 25), jerUp.doubles("puppiMet")[0], TOLERANCE);
        assertEquals(Math.atan2(-25, -5), jerUp.doubles("puppiMetPhi")[0], TOLERANCE);
    }

    @Test
    void a_jet_shift_moves_jets_and_met_and_leaves_every_other_column_as_it_was() {
        EventBatch nominal = event();
        Set<String> moved = Set.of("jetPt", "jetMass", "met", "metPhi", "puppiMet", "puppiMetPhi");
        for (Variation v : new Variation[] {Variation.JES_UP, Variation.JER_DOWN}) {
            assertOnlyChanged(nominal, VariedBatch.apply(nominal, v), moved);
        }
    }

    @Test
    void the_lepton_scale_moves_leptons_and_met_not_jets() {
        EventBatch nominal = event();
        EventBatch up = VariedBatch.apply(nominal, Variation.LEPTON_SCALE_UP);
        assertArrayEquals(new double[] {50.1}, up.doubles("muonPt"), TOLERANCE);
        assertArrayEquals(new double[] {40.2}, up.doubles("electronPt"), TOLERANCE);
        // visible change (0.1, 0.2): p_T^miss (0, -30) -> (-0.1, -30.2)
        assertEquals(Math.hypot(0.1, 30.2), up.doubles("met")[0], TOLERANCE);
        assertEquals(Math.atan2(-30.2, -0.1), up.doubles("metPhi")[0], TOLERANCE);
        assertOnlyChanged(nominal, up, Set.of("muonPt", "electronPt", "met", "metPhi", "puppiMet", "puppiMetPhi"));
    }

    @Test
    void the_unclustered_shift_moves_only_met_by_ten_percent_of_its_unclustered_part() {
        EventBatch nominal = event();
        EventBatch up = VariedBatch.apply(nominal, Variation.UNCLUSTERED_UP);
        // PF: (0, -30) + 0.1 (10, -20) = (1, -32); PUPPI: (0, -30) + 0.1 (-5, 0) = (-0.5, -30)
        assertEquals(Math.hypot(1, 32), up.doubles("met")[0], TOLERANCE);
        assertEquals(Math.hypot(0.5, 30), up.doubles("puppiMet")[0], TOLERANCE);
        EventBatch down = VariedBatch.apply(nominal, Variation.UNCLUSTERED_DOWN);
        assertEquals(Math.hypot(1, 28), down.doubles("met")[0], TOLERANCE);
        assertEquals(Math.atan2(-30, 0.5), down.doubles("puppiMetPhi")[0], TOLERANCE);
        assertOnlyChanged(nominal, up, Set.of("met", "metPhi", "puppiMet", "puppiMetPhi"));
    }

    @Test
    void a_weight_variation_multiplies_gen_weight_and_changes_nothing_else() {
        EventBatch nominal = event();
        EventBatch isr = VariedBatch.apply(nominal, Variation.ISR_UP);
        assertEquals(0.8 * 1.25, isr.doubles("genWeight")[0], TOLERANCE);
        assertOnlyChanged(nominal, isr, Set.of("genWeight"));
    }

    @Test
    void jets_that_a_shift_leaves_out_of_order_are_selected_as_sorted_ones() {
        // e-mu event; JES up takes the stored second jet from 28 GeV to 28 x 1.2 = 33.6 GeV, past the first (31.3)
        Events events = new Events();
        events.add().muon(60, 0.5, 0.0, +1).electron(40, -0.5, Math.PI, -1)
                .jet(31, 1.0, Math.PI / 2, 0.9).jet(28, -1.0, -Math.PI / 2, 0.01).met(50, 1.0);
        EventBatch nominal = with(events.build(), Map.of(Columns.JET_JES_UNC, new double[] {0.01, 0.2}), Set.of());
        EventBatch up = VariedBatch.apply(nominal, Variation.JES_UP);
        assertArrayEquals(new double[] {31.31, 33.6}, up.doubles("jetPt"), TOLERANCE);
        RecoSelection.Result before = RecoSelection.select(nominal, SelectionCuts.defaults(),
                nominal.doubles("puppiMet"), nominal.doubles("puppiMetPhi"));
        RecoSelection.Result after = RecoSelection.select(up, SelectionCuts.defaults(), up.doubles("puppiMet"),
                up.doubles("puppiMetPhi"));
        assertEquals(1, before.nJets()[0]);
        assertEquals(2, after.nJets()[0]);
        assertTrue(after.selected(0));
    }

    @Test
    void an_event_without_objects_to_shift_keeps_its_met_bit_for_bit() {
        Events events = new Events();
        events.add().met(37.3, 0.123);
        EventBatch varied = VariedBatch.apply(events.build(), Variation.JES_UP);
        assertEquals(37.3, varied.doubles("met")[0], 0.0);
        assertEquals(0.123, varied.doubles("puppiMetPhi")[0], 0.0);
    }

    @Test
    void a_batch_without_the_variation_columns_is_refused_naming_variation_and_column() {
        EventBatch imported = with(event(), Map.of(), Set.of("jetJesUnc", "wIsrUp"));
        IllegalArgumentException jes = assertThrows(IllegalArgumentException.class,
                () -> VariedBatch.apply(imported, Variation.JES_DOWN));
        assertTrue(jes.getMessage().contains("jesDown") && jes.getMessage().contains("jetJesUnc"), jes.getMessage());
        IllegalArgumentException isr = assertThrows(IllegalArgumentException.class,
                () -> VariedBatch.apply(imported, Variation.ISR_UP));
        assertTrue(isr.getMessage().contains("isrUp") && isr.getMessage().contains("wIsrUp"), isr.getMessage());
        // the other shifts still work on it
        assertEquals(50.1, VariedBatch.apply(imported, Variation.LEPTON_SCALE_UP).doubles("muonPt")[0], TOLERANCE);
    }

    @Test
    void alternative_sample_and_normalisation_variations_are_not_applied_to_a_batch() {
        EventBatch nominal = event();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VariedBatch.apply(nominal, Variation.MTOP_UP));
        assertTrue(e.getMessage().contains("mtopUp"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VariedBatch.apply(nominal, Variation.LUMI_DOWN));
    }

    /** Columns outside {@code moved} are the very same arrays; those in it are new arrays. */
    private static void assertOnlyChanged(EventBatch nominal, EventBatch varied, Set<String> moved) {
        assertEquals(nominal.columns(), varied.columns());
        for (ColumnSpec c : nominal.columns()) {
            Object before = c.type() == ValueType.DOUBLE ? nominal.doubles(c.name()) : nominal.ints(c.name());
            Object after = c.type() == ValueType.DOUBLE ? varied.doubles(c.name()) : varied.ints(c.name());
            if (moved.contains(c.name())) {
                assertNotSame(before, after, c.name());
            } else {
                assertSame(before, after, c.name());
            }
        }
    }
}
