package org.dineutrino.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.Database;
import org.dineutrino.testing.SharedData;

/**
 * Speed of a whole import through {@link ImportService#importFile}: reading the ROOT file and
 * writing the sample's compressed chunks into an H2 file database in one transaction, as the
 * {@code import} command and an upload job do. Not a unit test (surefire skips *Benchmark);
 * {@code org.dineutrino.ingest.ImportBenchmark} measures the reader alone.
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.dineutrino.run.StoredImportBenchmark [file] [repetitions]
 * </pre>
 *
 * Prints one line per repetition after {@link #WARM_UP} unmeasured ones, then the median.
 */
public final class StoredImportBenchmark {

    /** Repetitions run first to let the JIT compile the reader's and the store's hot loops. */
    static final int WARM_UP = 3;

    private StoredImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : SharedData.file(ImportFixtures.OPEN_DATA);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        double megabytes = Files.size(file) / 1e6;
        Path dataDir = Files.createTempDirectory("dineutrino-import-benchmark");
        try (Database db = Database.open(dataDir)) {
            ImportService imports = new ImportService(db, null);
            for (int i = 0; i < WARM_UP; i++) {
                importOnce(imports, file, "warm-up-" + i);
            }
            double[] seconds = new double[repetitions];
            long events = 0;
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                events = importOnce(imports, file, "run-" + i).nEvents();
                seconds[i] = (System.nanoTime() - start) / 1e9;
                report("run " + (i + 1), events, megabytes, seconds[i]);
            }
            Arrays.sort(seconds);
            report("median", events, megabytes, seconds[repetitions / 2]);
        } finally {
            deleteTree(dataDir);
        }
    }

    private static SampleInfo importOnce(ImportService imports, Path file, String name) {
        return imports.importFile(ImportFixtures.request(file, Process.DATA, name, null, null, Map.of()), f -> { });
    }

    private static void report(String label, long events, double megabytes, double seconds) {
        System.out.println(String.format(Locale.ROOT, "%-7s %,d events in %.3f s: %,.0f events/s, %.1f MB/s",
                label, events, seconds, events / seconds, megabytes / seconds));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
