package org.dineutrino.simulate;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.dineutrino.event.EventBatch;

/**
 * Entry point of the built-in event simulation: generates the kept events of one process in
 * batches, deterministically for a given (process, nKept, seed, batchSize) whatever the number of
 * threads.
 *
 * <p>Batch b holds the kept events b * batchSize ... and is generated from its own random stream,
 * seeded by a SplitMix64 mix of (seed, process, b), until it has its share of kept events; the
 * batches are generated on a small pool and handed to the sink on the calling thread, in order.
 * Every generated event counts in the sum of generator weights, kept or not, so
 * genWeight x sigma x L / sumGenWeights normalises the kept events to the process cross section.
 * Weights are 1 except for Drell-Yan, which is generated biased towards the selected phase space
 * ({@link DrellYanBias}).
 * See {@code docs/SIMULATION.md} for what is modelled.
 */
public final class Simulation {

    /** Version of the simulation's physics; bumped whenever generated events change. */
    public static final String VERSION = "dineutrino-sim 1.1.0";

    /** Batches in flight per worker thread: enough to keep the pool busy, little memory. */
    private static final int BATCHES_IN_FLIGHT_PER_THREAD = 2;
    private static final int MAX_THREADS = 16;

    private Simulation() {
    }

    /**
     * Generates nKept kept events, handing them to sink in order, in batches of at most batchSize
     * events; reports progress in [0, 1] after each batch. Uses up to the available processors;
     * the result does not depend on how many.
     *
     * @throws IllegalArgumentException if nKept &lt; 0 or batchSize &lt; 1
     * @throws CancellationException    if the calling thread is interrupted (the flag stays set)
     */
    public static SimulationSummary simulate(SimProcess process, long nKept, long seed, int batchSize,
                                             Consumer<EventBatch> sink, DoubleConsumer progress) {
        int threads = Math.min(MAX_THREADS, Math.max(1, Runtime.getRuntime().availableProcessors()));
        return simulate(process, nKept, seed, batchSize, sink, progress, threads);
    }

    /** As {@link #simulate(SimProcess, long, long, int, Consumer, DoubleConsumer)} on nThreads threads. */
    public static SimulationSummary simulate(SimProcess process, long nKept, long seed, int batchSize,
                                             Consumer<EventBatch> sink, DoubleConsumer progress, int nThreads) {
        return simulate(process, StopPoint.DEFAULT, nKept, seed, batchSize, sink, progress, nThreads);
    }

    /**
     * T2tt stop pairs at another mass point, normalised to its NNLO+NNLL cross section
     * ({@link StopPoint#crossSectionPb()}); otherwise as
     * {@link #simulate(SimProcess, long, long, int, Consumer, DoubleConsumer)}.
     */
    public static SimulationSummary simulate(StopPoint point, long nKept, long seed, int batchSize,
                                             Consumer<EventBatch> sink, DoubleConsumer progress) {
        int threads = Math.min(MAX_THREADS, Math.max(1, Runtime.getRuntime().availableProcessors()));
        return simulate(SimProcess.T2TT, point, nKept, seed, batchSize, sink, progress, threads);
    }

    /** As {@link #simulate(StopPoint, long, long, int, Consumer, DoubleConsumer)} on nThreads threads. */
    public static SimulationSummary simulate(StopPoint point, long nKept, long seed, int batchSize,
                                             Consumer<EventBatch> sink, DoubleConsumer progress, int nThreads) {
        return simulate(SimProcess.T2TT, point, nKept, seed, batchSize, sink, progress, nThreads);
    }

    private static SimulationSummary simulate(SimProcess process, StopPoint point, long nKept, long seed,
                                              int batchSize, Consumer<EventBatch> sink, DoubleConsumer progress,
                                              int nThreads) {
        checkArguments(process, nKept, batchSize, sink, nThreads);
        Objects.requireNonNull(point, "point");
        long nBatches = (nKept + batchSize - 1) / batchSize;
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, daemonThreads(process));
        ThreadLocal<EventGenerator> generators = ThreadLocal.withInitial(() -> new EventGenerator(process, point));
        ArrayDeque<Future<BatchResult>> inFlight = new ArrayDeque<>();
        long generated = 0;
        double sumWeights = 0;
        long next = 0;
        try {
            for (long b = 0; b < nBatches; b++) {
                while (next < nBatches && inFlight.size() < nThreads * BATCHES_IN_FLIGHT_PER_THREAD) {
                    long index = next++;
                    int size = (int) Math.min(batchSize, nKept - index * batchSize);
                    long batchSeed = batchSeed(seed, process, index);
                    inFlight.add(pool.submit(() -> generateBatch(generators.get(), batchSeed, size)));
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("simulation of " + process.key() + " interrupted after "
                            + b + " of " + nBatches + " batches");
                }
                BatchResult result = await(inFlight.poll());
                generated += result.generated();
                sumWeights += result.sumWeights();
                sink.accept(result.batch());
                if (progress != null) {
                    progress.accept((double) (b + 1) / nBatches);
                }
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        double crossSectionPb = process == SimProcess.T2TT ? point.crossSectionPb() : process.crossSectionPb();
        return new SimulationSummary(process, crossSectionPb, sumWeights, generated, nKept, seed, VERSION);
    }

    private static void checkArguments(SimProcess process, long nKept, int batchSize, Consumer<EventBatch> sink,
                                       int nThreads) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(sink, "sink");
        if (nKept < 0) {
            throw new IllegalArgumentException("nKept must be >= 0 kept events, got " + nKept);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1 event, got " + batchSize);
        }
        if (nThreads < 1) {
            throw new IllegalArgumentException("nThreads must be >= 1, got " + nThreads);
        }
    }

    /** One batch's events, how many events were generated to keep them and the sum of their weights. */
    private record BatchResult(EventBatch batch, long generated, double sumWeights) {
    }

    private static BatchResult generateBatch(EventGenerator generator, long seed, int nKept) {
        generator.reseed(seed);
        ColumnBuffers buffers = new ColumnBuffers(nKept);
        while (buffers.nEvents() < nKept) {
            if (generator.next()) {
                buffers.append(generator.record());
            }
        }
        return new BatchResult(buffers.build(), generator.generated(), generator.sumWeights());
    }

    private static BatchResult await(Future<BatchResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("simulation interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("simulation batch failed", cause);
        }
    }

    /**
     * Seed of batch b: SplitMix64 finaliser of seed + golden-ratio multiples of the batch index and
     * the process (Steele, Lea, Flood, OOPSLA 2014), so that neighbouring batches, seeds and
     * processes get unrelated streams.
     */
    static long batchSeed(long seed, SimProcess process, long batch) {
        long z = seed + (batch + 1) * 0x9E3779B97F4A7C15L + (process.ordinal() + 1) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static ThreadFactory daemonThreads(SimProcess process) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dineutrino-sim-" + process.key() + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
