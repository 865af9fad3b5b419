package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;

/** The "check what was imported" numbers, on batches whose sums are worked out by hand. */
class SampleStatisticsTest {

    /** Two events: 2 muons (30, 20 GeV) and 1 muon (50 GeV); met 10 and 40 GeV. */
    private static EventBatch first() {
        return EventBatch.builder(2)
                .put(Columns.MET, new double[] {10, 40})
                .put(Columns.N_MUON, new int[] {2, 1})
                .put(Columns.MUON_PT, new double[] {30, 20, 50})
                .put(Columns.MUON_CHARGE, new int[] {1, -1, -1})
                .build();
    }

    /** One event without muons, met 100 GeV. */
    private static EventBatch second() {
        return EventBatch.builder(1)
                .put(Columns.MET, new double[] {100})
                .put(Columns.N_MUON, new int[] {0})
                .put(Columns.MUON_PT, new double[0])
                .put(Columns.MUON_CHARGE, new int[0])
                .build();
    }

    @Test
    void counts_events_and_objects_and_sums_each_quantity() {
        SampleStatistics s = SampleStatistics.of(List.of(first(), second()));
        assertEquals(3, s.nEvents());
        assertEquals(List.of(new SampleStatistics.CollectionCount("nMuon", 3)), s.collections());
        SampleStatistics.QuantityStatistics met = quantity(s, "met");
        assertEquals(3, met.n());
        assertEquals(150, met.sum());
        assertEquals(50, met.mean());
        SampleStatistics.QuantityStatistics pt = quantity(s, "muonPt");
        assertEquals("nMuon", pt.countColumn());
        assertEquals("GeV", pt.unit());
        assertEquals(3, pt.n());
        assertEquals(100, pt.sum());
        assertEquals(100.0 / 3, pt.mean(), 1e-15);
        assertEquals(-1, quantity(s, "muonCharge").sum());
    }

    @Test
    void the_order_of_batches_does_not_change_the_numbers() {
        assertEquals(SampleStatistics.of(List.of(first(), second())), SampleStatistics.of(List.of(second(), first())));
    }

    @Test
    void a_column_without_values_has_a_nan_mean_and_no_batches_give_zero_events() {
        SampleStatistics s = SampleStatistics.of(List.of(second()));
        assertTrue(Double.isNaN(quantity(s, "muonPt").mean()));
        assertEquals(0, quantity(s, "muonPt").sum());
        SampleStatistics none = SampleStatistics.of(List.of());
        assertEquals(0, none.nEvents());
        assertTrue(none.quantities().isEmpty());
    }

    @Test
    void compensated_sums_keep_small_values_next_to_large_ones() {
        double[] acc = new double[2];
        SampleStatistics.addAll(new double[] {1e16, 1.0, -1e16, 1.0}, acc);
        assertEquals(2.0, acc[0] + acc[1], "plain summation gives 1.0 here (1e16 + 1 rounds to 1e16)");
    }

    private static SampleStatistics.QuantityStatistics quantity(SampleStatistics s, String column) {
        return s.quantities().stream().filter(q -> q.column().equals(column)).findFirst().orElseThrow();
    }
}
