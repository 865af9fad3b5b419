package org.dineutrino.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/**
 * What was imported, in numbers a user can compare with their own tools: the number of
 * events, per collection the number of objects, and per quantity the number of values, their
 * sum and their mean (sum / number of values; NaN when there are none). Sums are compensated
 * (Neumaier), so they do not depend on how the events were split into batches beyond the
 * last few bits.
 *
 * @param nEvents     number of events
 * @param collections per collection (named by its count column, {@code nMuon}) the number of objects
 * @param quantities  per column, in the order the columns first appeared
 */
public record SampleStatistics(long nEvents, List<CollectionCount> collections,
                               List<QuantityStatistics> quantities) {

    public SampleStatistics {
        collections = List.copyOf(collections);
        quantities = List.copyOf(quantities);
    }

    /**
     * The objects of one collection.
     *
     * @param countColumn the collection's count column ({@code nMuon})
     * @param nObjects    objects over all events
     */
    public record CollectionCount(String countColumn, long nObjects) {
    }

    /**
     * One column summed over all events (per-event column) or all objects (per-object column).
     *
     * @param column      column name ({@code muonPt})
     * @param countColumn the collection's count column for a per-object column, null per event
     * @param unit        the column's unit ({@code GeV}, {@code rad}, {@code ""})
     * @param n           number of values
     * @param sum         their sum, in the unit
     * @param mean        sum / n, NaN when n is 0
     */
    public record QuantityStatistics(String column, String countColumn, String unit, long n, double sum,
                                     double mean) {
    }

    /** The statistics of a sequence of batches. */
    public static SampleStatistics of(Iterable<EventBatch> batches) {
        Accumulator accumulator = accumulator();
        for (EventBatch batch : batches) {
            accumulator.add(batch);
        }
        return accumulator.result();
    }

    /** An accumulator to feed batch by batch, e.g. from an import's sink. */
    public static Accumulator accumulator() {
        return new Accumulator();
    }

    /** Sums batch by batch; not thread-safe. */
    public static final class Accumulator {
        private long nEvents;
        private final Map<String, ColumnSpec> specs = new LinkedHashMap<>();
        private final Map<String, double[]> sums = new LinkedHashMap<>();
        private final Map<String, long[]> counts = new LinkedHashMap<>();

        private Accumulator() {
        }

        /** Adds one batch. */
        public void add(EventBatch batch) {
            nEvents += batch.nEvents();
            for (ColumnSpec spec : batch.columns()) {
                specs.putIfAbsent(spec.name(), spec);
                double[] sum = sums.computeIfAbsent(spec.name(), k -> new double[2]);
                long[] n = counts.computeIfAbsent(spec.name(), k -> new long[1]);
                if (spec.type() == ValueType.DOUBLE) {
                    addAll(batch.doubles(spec.name()), sum);
                    n[0] += batch.doubles(spec.name()).length;
                } else {
                    addAll(batch.ints(spec.name()), sum);
                    n[0] += batch.ints(spec.name()).length;
                }
            }
        }

        /** The statistics of the batches added so far. */
        public SampleStatistics result() {
            List<QuantityStatistics> quantities = new ArrayList<>();
            Set<String> countColumns = new LinkedHashSet<>();
            for (ColumnSpec spec : specs.values()) {
                long n = counts.get(spec.name())[0];
                double[] sum = sums.get(spec.name());
                double total = sum[0] + sum[1];
                quantities.add(new QuantityStatistics(spec.name(), spec.countColumn(), spec.unit(), n, total,
                        n == 0 ? Double.NaN : total / n));
                if (spec.isJagged()) {
                    countColumns.add(spec.countColumn());
                }
            }
            List<CollectionCount> collections = new ArrayList<>();
            for (String count : countColumns) {
                double[] sum = sums.get(count);
                collections.add(new CollectionCount(count, sum == null ? 0 : Math.round(sum[0] + sum[1])));
            }
            return new SampleStatistics(nEvents, Collections.unmodifiableList(collections), quantities);
        }
    }

    /**
     * Neumaier's compensated summation: {@code acc[0]} holds the running sum, {@code acc[1]}
     * the rounding error lost so far; their sum is the result.
     */
    static void addAll(double[] values, double[] acc) {
        for (double v : values) {
            addOne(v, acc);
        }
    }

    static void addAll(int[] values, double[] acc) {
        for (int v : values) {
            addOne(v, acc);
        }
    }

    private static void addOne(double v, double[] acc) {
        double t = acc[0] + v;
        acc[1] += Math.abs(acc[0]) >= Math.abs(v) ? (acc[0] - t) + v : (v - t) + acc[0];
        acc[0] = t;
    }
}
