package org.dineutrino.run;

import java.util.function.DoubleConsumer;
import org.dineutrino.event.Columns;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleMeta;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.simulate.Simulation;
import org.dineutrino.simulate.SimulationSummary;
import org.dineutrino.simulate.StopPoint;
import org.dineutrino.store.SampleStore;

/** Simulates a sample with the built-in simulation and stores it in one transaction. */
public final class SimulatedSamples {

    /** Events per stored chunk (DESIGN.md: for example 64k events of one column as one value). */
    public static final int CHUNK_EVENTS = 65_536;

    private SimulatedSamples() {
    }

    /** A sample of one process; T2tt at its default mass point, {@link StopPoint#DEFAULT}. */
    public static SampleInfo create(SampleStore store, String name, SimProcess process, long nEvents, long seed,
                                    SampleRole role, DoubleConsumer progress) {
        if (process == SimProcess.T2TT) {
            return createStopPair(store, name, StopPoint.DEFAULT, nEvents, seed, role, progress);
        }
        checkEvents(nEvents);
        checkRole(role);
        return store.write(name, sink -> {
            SimulationSummary s = Simulation.simulate(process, nEvents, seed, CHUNK_EVENTS, sink, progress);
            return meta(name, role, s, process.key() + ", " + nEvents + " kept events, seed " + seed);
        });
    }

    /** A T2tt sample at the given mass point; the masses are recorded in the sample's description. */
    public static SampleInfo createStopPair(SampleStore store, String name, StopPoint point, long nEvents, long seed,
                                            SampleRole role, DoubleConsumer progress) {
        checkEvents(nEvents);
        checkRole(role);
        return store.write(name, sink -> {
            SimulationSummary s = Simulation.simulate(point, nEvents, seed, CHUNK_EVENTS, sink, progress);
            return meta(name, role, s, SimProcess.T2TT.key() + " (" + point.describe() + "), " + nEvents
                    + " kept events, seed " + seed);
        });
    }

    /**
     * The most kept events of one simulated sample: four times the full Run-2 tt&#772; response (about
     * 5 million), which still fits in one store transaction with a few GB of heap.
     */
    public static final long MAX_EVENTS = 20_000_000;

    private static void checkEvents(long nEvents) {
        if (nEvents <= 0 || nEvents > MAX_EVENTS) {
            throw new IllegalArgumentException("events must be between 1 and " + MAX_EVENTS + " per sample, got "
                    + nEvents + " (simulate several samples for more)");
        }
    }

    private static void checkRole(SampleRole role) {
        if (role == SampleRole.DATA) {
            throw new IllegalArgumentException("a simulated sample cannot have the role data; use pseudo-data");
        }
    }

    private static SampleMeta meta(String name, SampleRole role, SimulationSummary s, String description) {
        return new SampleMeta(name, s.process().category(), "simulation", role, s.crossSectionPb(), s.sumGenWeights(),
                s.nGenerated(), s.seed(), "dineutrino simulation " + s.generatorVersion(), description);
    }

    /**
     * Kept events that correspond to a luminosity: sigma * L * (sum of kept weights / sum of
     * generated weights), the weighted kept fraction measured on a short pilot run of the same
     * process. For unweighted processes this is kept / generated; for the biased Drell-Yan samples
     * the weights make it the true preselection efficiency, so the sample's events then carry a mean
     * weight of 1 at L.
     */
    public static long eventsForLuminosity(SimProcess process, double lumiInvFb, long pilotEvents) {
        double[] sumKeptWeights = new double[1];
        SimulationSummary pilot = Simulation.simulate(process, pilotEvents, 1, CHUNK_EVENTS,
                b -> sumKeptWeights[0] += sum(b.doubles(Columns.GEN_WEIGHT.name())), f -> { });
        double keptFraction = sumKeptWeights[0] / pilot.sumGenWeights();
        return Math.round(process.crossSectionPb() * lumiInvFb * SampleInfo.INV_PB_PER_INV_FB * keptFraction);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
