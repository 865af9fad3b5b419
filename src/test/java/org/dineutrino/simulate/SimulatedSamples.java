package org.dineutrino.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dineutrino.event.EventBatch;

/**
 * Samples shared by the simulation tests, generated once per test JVM: the kept tt&#772; events of a
 * fixed seed through the public API, and a loop over the generator's own event records (which
 * hold intermediate truth such as W four-vectors).
 */
final class SimulatedSamples {

    /** Kept tt&#772; events of the shared sample: ~63k of them are fiducial (per-bin shape errors 1-5 %). */
    static final int TTBAR_KEPT = 150_000;
    static final long TTBAR_SEED = 20_240_901L;

    /** A simulated sample: its summary and its batches in order. */
    record Sample(SimulationSummary summary, List<EventBatch> batches) {
        long nEvents() {
            return batches.stream().mapToLong(EventBatch::nEvents).sum();
        }
    }

    private static Sample ttbar;

    private SimulatedSamples() {
    }

    static synchronized Sample ttbar() {
        if (ttbar == null) {
            ttbar = simulate(SimProcess.TTBAR, TTBAR_KEPT, TTBAR_SEED, 25_000, 2);
        }
        return ttbar;
    }

    static Sample simulate(SimProcess process, long nKept, long seed, int batchSize, int threads) {
        List<EventBatch> batches = new ArrayList<>();
        SimulationSummary summary = Simulation.simulate(process, nKept, seed, batchSize, batches::add,
                p -> { }, threads);
        return new Sample(summary, batches);
    }

    /**
     * Runs the generator of a process for {@code nEvents} generated events (kept or not) and hands
     * each record to {@code visitor} right after generation; records of events skipped before
     * kinematics have only their decay codes filled.
     */
    static void forEachGenerated(SimProcess process, long seed, long nEvents, Consumer<EventRecord> visitor) {
        EventGenerator generator = new EventGenerator(process);
        generator.reseed(seed);
        for (long i = 0; i < nEvents; i++) {
            generator.next();
            visitor.accept(generator.record());
        }
    }
}
