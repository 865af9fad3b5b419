package org.dineutrino.simulate;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of the built-in simulation: kept and generated events per second and kept events
 * per minute, all threads of the machine (surefire never runs it). Usage:
 * {@code java -cp target/classes:target/test-classes org.dineutrino.simulate.SimulationBenchmark
 * [process|all] [nKept] [threads]}; {@code all} runs every process in turn.
 * A warm-up run of a tenth of the events precedes each timed one, so that the figure is for
 * JIT-compiled code, as in a long simulation job.
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "ttbar";
        List<SimProcess> processes = which.equalsIgnoreCase("all") ? List.of(SimProcess.values())
                : List.of(SimProcess.parse(which));
        long nKept = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000L;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        for (SimProcess process : processes) {
            run(process, Math.max(1, nKept / 10), threads);
            SimulationSummary summary = run(process, nKept, threads);
            System.err.println(summary);
        }
    }

    private static SimulationSummary run(SimProcess process, long nKept, int threads) {
        AtomicLong events = new AtomicLong();
        long start = System.nanoTime();
        SimulationSummary summary = Simulation.simulate(process, nKept, 12345L, 50_000,
                batch -> events.addAndGet(batch.nEvents()), p -> { }, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("%s: %d kept of %d generated on %d threads in %.1f s = %.0f kept/s, %.0f generated/s, "
                        + "%.2f million kept events/min%n", process.key(), events.get(), summary.nGenerated(), threads,
                seconds, events.get() / seconds, summary.nGenerated() / seconds, events.get() / seconds * 60 / 1e6);
        return summary;
    }
}
