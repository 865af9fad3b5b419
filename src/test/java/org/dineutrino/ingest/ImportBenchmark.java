package org.dineutrino.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dineutrino.event.EventBatch;
import org.dineutrino.testing.SharedData;

/**
 * Import speed on {@code open-data-example.root} (100,000 events, 3.6 MB, ZLIB): events per
 * second and MB of file per second, for the whole {@link NanoAodImporter#read} path (open,
 * decompress, decode, build batches, statistics). Not a unit test (surefire skips *Benchmark).
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.dineutrino.ingest.ImportBenchmark [file] [repetitions]
 * </pre>
 *
 * Prints one line per repetition after {@link #WARM_UP} unmeasured ones, then the median.
 */
public final class ImportBenchmark {

    /** Repetitions run first to let the JIT compile the hot loops. */
    static final int WARM_UP = 5;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : SharedData.file("nanoaod/open-data-example.root");
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double megabytes = Files.size(file) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            run(file);
        }
        double[] seconds = new double[repetitions];
        long events = 0;
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            events = run(file);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            report("run " + (i + 1), events, megabytes, seconds[i]);
        }
        java.util.Arrays.sort(seconds);
        report("median", events, megabytes, seconds[repetitions / 2]);
    }

    private static long run(Path file) {
        long[] objects = new long[1];
        ImportSummary summary = NanoAodImporter.read(file, NanoAodMapping.defaults(),
                NanoAodImporter.DEFAULT_BATCH_SIZE, (EventBatch b) -> objects[0] += b.nEvents(), p -> { });
        if (objects[0] != summary.events()) {
            throw new IllegalStateException("sink saw " + objects[0] + " of " + summary.events() + " events");
        }
        return summary.events();
    }

    private static void report(String label, long events, double megabytes, double seconds) {
        String line = String.format(Locale.ROOT, "%-7s %,d events in %.3f s: %,.0f events/s, %.1f MB/s",
                label, events, seconds, events / seconds, megabytes / seconds);
        System.out.println(line);
    }
}
