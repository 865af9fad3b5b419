package org.dineutrino.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/**
 * Parquet and CSV export and import speed on simulated-like events: every column of
 * {@link Columns#SIMULATED}, 0-3 muons and electrons, 2-8 jets and particle-level jets, 2 dressed
 * leptons per event, momenta drawn from an exponential of mean 50 GeV, angles uniform. Events per
 * second of the whole path: {@link SampleExporter} from batches of 65,536 events (the store's
 * chunks) to a file, and {@link FileImporter} from the file to batches (decode, checks, statistics).
 * Not a unit test (surefire skips *Benchmark).
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.dineutrino.ingest.FlatBenchmark [events] [repetitions]
 * </pre>
 */
public final class FlatBenchmark {

    /** Events per batch, as the store chunks samples. */
    static final int BATCH = 65_536;
    /** Mean of the exponential momentum spectrum [GeV]. */
    static final double MEAN_PT_GEV = 50;

    private FlatBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int nEvents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<EventBatch> batches = simulatedLike(nEvents, 1);
        Path dir = Files.createTempDirectory("flat-benchmark");
        Path parquet = dir.resolve("events.parquet");
        Path csv = dir.resolve("events.csv");
        List<ColumnSpec> columns = batches.get(0).columns();
        int maxObjects = SampleExporter.largestCollection(columns, batches);
        for (int r = 0; r < repetitions; r++) {
            time("parquet write", nEvents, parquet, () -> SampleExporter.writeParquet(columns, batches, parquet,
                    ExportLevel.BOTH, ExportHeader.none()));
            time("parquet read ", nEvents, parquet, () -> read(parquet));
            time("csv write    ", nEvents, csv, () -> SampleExporter.writeCsv(columns, batches, csv, ExportLevel.BOTH,
                    ExportHeader.none(), maxObjects));
            time("csv read     ", nEvents, csv, () -> read(csv));
        }
        Files.deleteIfExists(parquet);
        Files.deleteIfExists(csv);
        Files.deleteIfExists(dir);
    }

    private static void read(Path file) {
        long[] events = new long[1];
        FileImporter.read(file, NanoAodMapping.defaults(), BATCH, b -> events[0] += b.nEvents(), f -> { });
    }

    private static void time(String what, int nEvents, Path file, Runnable step) throws IOException {
        long start = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s %,10d events in %6.2f s: %,10.0f events/s, file %,8.1f MB%n", what,
                nEvents, seconds, nEvents / seconds, Files.size(file) / 1e6);
    }

    /** Simulated-like batches of {@link #BATCH} events (the last smaller). */
    static List<EventBatch> simulatedLike(int nEvents, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<EventBatch> batches = new ArrayList<>();
        for (int done = 0; done < nEvents; done += BATCH) {
            batches.add(batch(Math.min(BATCH, nEvents - done), rng));
        }
        return batches;
    }

    private static EventBatch batch(int n, SplittableRandom rng) {
        EventBatch.Builder b = EventBatch.builder(n);
        b.put(Columns.N_MUON, counts(rng, n, 0, 3)).put(Columns.N_ELECTRON, counts(rng, n, 0, 3))
                .put(Columns.N_JET, counts(rng, n, 2, 8)).put(Columns.N_GEN_LEPTON, counts(rng, n, 2, 2))
                .put(Columns.N_GEN_JET, counts(rng, n, 2, 8));
        EventBatch counts = b.build();
        for (ColumnSpec spec : Columns.SIMULATED) {
            if (FlatNames.isCountColumn(spec.name(), FlatNames.EVENT_MODEL)) {
                continue;
            }
            int length = spec.isJagged() ? Arrays.stream(counts.ints(spec.countColumn())).sum() : n;
            if (spec.type() == ValueType.DOUBLE) {
                b.put(spec, doubles(rng, length, spec.unit()));
            } else {
                b.put(spec, rng.ints(length, -1, 6).toArray());
            }
        }
        return b.build();
    }

    private static int[] counts(SplittableRandom rng, int n, int min, int max) {
        return rng.ints(n, min, max + 1).toArray();
    }

    /** Momenta exponential, angles uniform in [-pi, pi], the rest uniform in [-2.5, 2.5]. */
    private static double[] doubles(SplittableRandom rng, int n, String unit) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = unit.equals("GeV") ? -MEAN_PT_GEV * Math.log(1 - rng.nextDouble())
                    : unit.equals("rad") ? Math.PI * (2 * rng.nextDouble() - 1) : 5 * rng.nextDouble() - 2.5;
        }
        return out;
    }
}
