package org.dineutrino.testing;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;
import org.dineutrino.event.WDecay;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleMeta;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.store.SampleStore;

/**
 * Small synthetic samples for pipeline tests, independent of the built-in simulation:
 * e-mu "tt̄" events with p_T^nunu drawn from an exponential, p_T^miss smeared from it by
 * 20 GeV per component, a tenth of the events with a tau (not fiducial: fakes) and some
 * leptons below threshold (fiducial but not selected: missed); and a background with
 * softer p_T^miss.
 */
public final class ToySamples {

    /** Every event stands for this many generated ones: sumGenWeights = nEvents * factor. */
    public static final double GENERATED_PER_KEPT = 20;

    private ToySamples() {
    }

    public static SampleInfo signal(SampleStore store, String name, int nEvents, long seed) {
        return write(store, name, Process.TTBAR, 831.76, nEvents, seed, true);
    }

    public static SampleInfo background(SampleStore store, String name, int nEvents, long seed) {
        return write(store, name, Process.SINGLE_TOP, 39.12, nEvents, seed, false);
    }

    /** A signal sample whose batches {@code edit} changes before they are stored (a column set or dropped). */
    public static SampleInfo signal(SampleStore store, String name, int nEvents, long seed,
                                    UnaryOperator<EventBatch> edit) {
        return write(store, name, Process.TTBAR, 831.76, nEvents, seed, true, edit);
    }

    /** A background sample of a cross section [pb] whose batches {@code edit} changes before they are stored. */
    public static SampleInfo background(SampleStore store, String name, double sigmaPb, int nEvents, long seed,
                                        UnaryOperator<EventBatch> edit) {
        return write(store, name, Process.SINGLE_TOP, sigmaPb, nEvents, seed, false, edit);
    }

    /** An edit that sets a DOUBLE per-event column to one value in every event. */
    public static UnaryOperator<EventBatch> constant(String column, double value) {
        return batch -> {
            EventBatch.Builder b = EventBatch.builder(batch.nEvents());
            for (ColumnSpec spec : batch.columns()) {
                if (spec.name().equals(column)) {
                    double[] v = new double[batch.nEvents()];
                    java.util.Arrays.fill(v, value);
                    b.put(spec, v);
                } else {
                    copy(b, batch, spec);
                }
            }
            return b.build();
        };
    }

    /** An edit that drops a column, as an imported file without it would be stored. */
    public static UnaryOperator<EventBatch> without(String column) {
        return batch -> {
            EventBatch.Builder b = EventBatch.builder(batch.nEvents());
            batch.columns().stream().filter(c -> !c.name().equals(column)).forEach(c -> copy(b, batch, c));
            return b.build();
        };
    }

    private static void copy(EventBatch.Builder b, EventBatch batch, ColumnSpec spec) {
        if (spec.type() == ValueType.DOUBLE) {
            b.put(spec, batch.doubles(spec.name()));
        } else {
            b.put(spec, batch.ints(spec.name()));
        }
    }

    private static SampleInfo write(SampleStore store, String name, Process process, double sigmaPb, int nEvents,
                                    long seed, boolean signal) {
        return write(store, name, process, sigmaPb, nEvents, seed, signal, UnaryOperator.identity());
    }

    private static SampleInfo write(SampleStore store, String name, Process process, double sigmaPb, int nEvents,
                                    long seed, boolean signal, UnaryOperator<EventBatch> edit) {
        return store.write(name, sink -> {
            SplittableRandom rng = new SplittableRandom(seed);
            int chunk = 5000;
            for (int start = 0; start < nEvents; start += chunk) {
                Events events = new Events();
                for (int i = start; i < Math.min(nEvents, start + chunk); i++) {
                    event(events, rng, signal);
                }
                sink.accept(edit.apply(events.build()));
            }
            return new SampleMeta(name, process, "simulation", SampleRole.TEMPLATE, sigmaPb,
                    nEvents * GENERATED_PER_KEPT, (long) (nEvents * GENERATED_PER_KEPT), seed, "toy", "test toy");
        });
    }

    private static void event(Events events, SplittableRandom rng, boolean signal) {
        double meanPt = signal ? 70 : 35;
        double nuPt = -meanPt * Math.log(1 - rng.nextDouble());
        double nuPhi = rng.nextDouble(-Math.PI, Math.PI);
        double px = nuPt * Math.cos(nuPhi) + 20 * rng.nextGaussian();
        double py = nuPt * Math.sin(nuPhi) + 20 * rng.nextGaussian();
        boolean tau = rng.nextDouble() < 0.1;
        double muPt = 20 + 60 * rng.nextDouble();
        double elPt = 15 + 60 * rng.nextDouble();
        double muPhi = rng.nextDouble(-Math.PI, Math.PI);
        double elPhi = rng.nextDouble(-Math.PI, Math.PI);
        events.add()
                .decays(tau ? WDecay.TAU_TO_MUON : WDecay.MUON, WDecay.ELECTRON)
                .nuNu(nuPt, nuPhi)
                .met(Math.hypot(px, py), Math.atan2(py, px))
                .muon(muPt * (1 + 0.02 * rng.nextGaussian()), 0.5, muPhi, 1)
                .electron(elPt * (1 + 0.02 * rng.nextGaussian()), -0.5, elPhi, -1)
                .genLepton(muPt, 0.5, muPhi, -13)
                .genLepton(elPt, -0.5, elPhi, 11)
                .jet(70, 2.0, muPhi + 1.5, 0.9).jet(50, -2.0, elPhi + 1.5, 0.8)
                .genJet(70, 2.0, muPhi + 1.5, signal ? 5 : 0).genJet(50, -2.0, elPhi + 1.5, signal ? 5 : 0);
    }
}
