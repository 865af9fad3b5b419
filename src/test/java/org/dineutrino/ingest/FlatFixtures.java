package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/** Batches for the flat-file tests: collected from an import, joined, compared, and made at random. */
final class FlatFixtures {

    /** Doubles an export must keep bit for bit, each picked now and then by {@link #randomBatch}. */
    static final double[] AWKWARD_DOUBLES = {
        0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1.0 / 3, 1e-300,
        123456789.123456789, Math.PI, Math.nextUp(1.0), (double) 25.1f
    };
    /** Integers at the edges of the int range. */
    static final int[] AWKWARD_INTS = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 5, -13};

    private FlatFixtures() {
    }

    /** What an import gave: the summary and every batch. */
    record Imported(ImportSummary summary, List<EventBatch> batches, List<Double> progress) {
        EventBatch joined() {
            return join(batches);
        }
    }

    /** An importer's read method: ParquetImporter::read, CsvImporter::read, NanoAodImporter::read. */
    @FunctionalInterface
    interface Importer {
        ImportSummary read(Path file, NanoAodMapping mapping, int batchSize, Consumer<EventBatch> sink,
                           DoubleConsumer progress);
    }

    static Imported parquet(Path file) {
        return parquet(file, NanoAodMapping.defaults(), NanoAodImporter.DEFAULT_BATCH_SIZE);
    }

    static Imported parquet(Path file, NanoAodMapping mapping, int batchSize) {
        return run(ParquetImporter::read, file, mapping, batchSize);
    }

    static Imported csv(Path file) {
        return csv(file, NanoAodMapping.defaults(), NanoAodImporter.DEFAULT_BATCH_SIZE);
    }

    static Imported csv(Path file, NanoAodMapping mapping, int batchSize) {
        return run(CsvImporter::read, file, mapping, batchSize);
    }

    static Imported root(Path file) {
        return run(NanoAodImporter::read, file, NanoAodMapping.defaults(), NanoAodImporter.DEFAULT_BATCH_SIZE);
    }

    private static Imported run(Importer importer, Path file, NanoAodMapping mapping, int batchSize) {
        List<EventBatch> batches = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        ImportSummary summary = importer.read(file, mapping, batchSize, batches::add, progress::add);
        return new Imported(summary, batches, progress);
    }

    /** The batches as one, column by column. */
    static EventBatch join(List<EventBatch> batches) {
        int n = batches.stream().mapToInt(EventBatch::nEvents).sum();
        EventBatch.Builder joined = EventBatch.builder(n);
        if (batches.isEmpty()) {
            return joined.build();
        }
        for (ColumnSpec spec : batches.get(0).columns()) {
            if (spec.type() == ValueType.DOUBLE) {
                joined.put(spec, batches.stream().flatMapToDouble(b -> Arrays.stream(b.doubles(spec.name())))
                        .toArray());
            } else {
                joined.put(spec, batches.stream().flatMapToInt(b -> Arrays.stream(b.ints(spec.name()))).toArray());
            }
        }
        return joined.build();
    }

    /**
     * Asserts the same columns (name, type, count column) in the same order, and every value the same
     * bit for bit (Arrays.equals on doubles compares bits: NaN equals NaN, -0.0 differs from 0.0).
     */
    static void assertSameEvents(EventBatch expected, EventBatch actual) {
        assertEquals(shapes(expected), shapes(actual), "columns");
        assertEquals(expected.nEvents(), actual.nEvents(), "events");
        for (ColumnSpec spec : expected.columns()) {
            if (spec.type() == ValueType.DOUBLE) {
                assertArrayEquals(expected.doubles(spec.name()), actual.doubles(spec.name()), spec.name());
            } else {
                assertArrayEquals(expected.ints(spec.name()), actual.ints(spec.name()), spec.name());
            }
        }
    }

    private static List<String> shapes(EventBatch batch) {
        return batch.columns().stream().map(c -> c.name() + ":" + c.type() + ":" + c.countColumn()).toList();
    }

    /**
     * A batch with every column of {@link Columns#SIMULATED} (plus nTrueInt): 0 to 7 objects per
     * collection and event, values spread over many magnitudes with the {@link #AWKWARD_DOUBLES}
     * mixed in.
     */
    static EventBatch randomBatch(int nEvents, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        EventBatch.Builder b = EventBatch.builder(nEvents);
        List<ColumnSpec> columns = new ArrayList<>(Columns.SIMULATED);
        columns.add(NanoAodImporter.N_TRUE_INT);
        for (ColumnSpec spec : columns) {
            if (FlatNames.isCountColumn(spec.name(), FlatNames.EVENT_MODEL)) {
                b.put(spec, rng.ints(nEvents, 0, 8).toArray());
            }
        }
        EventBatch counts = b.build();
        for (ColumnSpec spec : columns) {
            if (FlatNames.isCountColumn(spec.name(), FlatNames.EVENT_MODEL)) {
                continue;
            }
            int n = spec.isJagged() ? Arrays.stream(counts.ints(spec.countColumn())).sum() : nEvents;
            if (spec.type() == ValueType.DOUBLE) {
                b.put(spec, randomDoubles(rng, n));
            } else {
                b.put(spec, randomInts(rng, n));
            }
        }
        return b.build();
    }

    private static double[] randomDoubles(SplittableRandom rng, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextInt(10) == 0 ? AWKWARD_DOUBLES[rng.nextInt(AWKWARD_DOUBLES.length)]
                    : (rng.nextDouble() - 0.3) * Math.pow(10, rng.nextInt(-6, 7));
        }
        return out;
    }

    private static int[] randomInts(SplittableRandom rng, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextInt(10) == 0 ? AWKWARD_INTS[rng.nextInt(AWKWARD_INTS.length)] : rng.nextInt(-30, 30);
        }
        return out;
    }
}
