package org.dineutrino.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.run.SimulatedSamples;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleMeta;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.select.RecoSelection;
import org.dineutrino.select.SelectionCuts;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.simulate.Simulation;
import org.dineutrino.simulate.SimulationSummary;
import org.dineutrino.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures events per second for the simulation (kept and generated, every process, then a
 * large tt̄ sample), for writing a sample to the store, for streaming it back and for the
 * selection. Run it with a heap large enough to hold the sample in memory (about 0.6 GB per
 * million tt̄ events), e.g. -Xmx4g.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Report events per second for simulation, store write, store read and selection.")
final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "1000000", description = "tt̄ events (default: ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--process-events", defaultValue = "20000",
            description = "kept events per process for the rate of every process (default: ${DEFAULT-VALUE}; 0: skip)")
    long processEvents;

    @Override
    public Integer call() throws Exception {
        benchmarkProcesses();
        List<EventBatch> batches = new ArrayList<>();
        long t0 = System.nanoTime();
        SimulationSummary summary = Simulation.simulate(SimProcess.TTBAR, events, 42, SimulatedSamples.CHUNK_EVENTS,
                batches::add, f -> { });
        report("simulation (tt̄, kept events)", events, t0);
        Path dir = Files.createTempDirectory("dineutrino-benchmark");
        try (Database db = Database.open(dir)) {
            long t1 = System.nanoTime();
            SampleInfo info = db.samples().write("benchmark", sink -> {
                batches.forEach(sink);
                return new SampleMeta("benchmark", Process.TTBAR, "simulation", SampleRole.OTHER,
                        summary.crossSectionPb(), summary.sumGenWeights(), summary.nGenerated(), 42L, "benchmark", "");
            });
            report("store write (all " + info.columns().size() + " columns)", events, t1);
            batches.clear();
            Set<String> all = new HashSet<>();
            info.columns().forEach(c -> all.add(c.name()));
            long t2 = System.nanoTime();
            long[] read = {0};
            db.samples().stream(info, all, (batch, chunk, n) -> {
                read[0] += batch.nEvents();
                return true;
            });
            report("store read (all columns)", read[0], t2);
            benchmarkSelection(db, info);
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    /** Kept and generated events per second of every simulated process, after a short warm-up each. */
    private void benchmarkProcesses() {
        if (processEvents <= 0) {
            return;
        }
        for (SimProcess p : SimProcess.values()) {
            long warmUp = Math.max(1, processEvents / 10);
            Simulation.simulate(p, warmUp, 41, SimulatedSamples.CHUNK_EVENTS, b -> { }, f -> { });
            long t0 = System.nanoTime();
            SimulationSummary s = Simulation.simulate(p, processEvents, 42, SimulatedSamples.CHUNK_EVENTS, b -> { },
                    f -> { });
            report("simulation (" + p.key() + ", kept events)", s.nKept(), t0);
            report("simulation (" + p.key() + ", generated events)", s.nGenerated(), t0);
        }
    }

    private static void benchmarkSelection(Database db, SampleInfo info) {
        Set<String> cols = new HashSet<>(RecoSelection.COLUMNS);
        cols.add(Columns.PUPPI_MET.name());
        cols.add(Columns.PUPPI_MET_PHI.name());
        List<EventBatch> batches = new ArrayList<>();
        db.samples().stream(info, cols, (batch, chunk, n) -> batches.add(batch));
        long t3 = System.nanoTime();
        long selected = 0;
        long total = 0;
        for (EventBatch b : batches) {
            RecoSelection.Result r = RecoSelection.select(b, SelectionCuts.defaults(), b.doubles("puppiMet"),
                    b.doubles("puppiMetPhi"));
            for (int i = 0; i < b.nEvents(); i++) {
                selected += r.selected(i) ? 1 : 0;
            }
            total += b.nEvents();
        }
        report("selection (in memory, " + selected + " selected)", total, t3);
    }

    private static void report(String what, long n, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-45s %,12d events in %7.2f s = %,12.0f events/s%n", what, n, seconds,
                n / seconds);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
