package org.dineutrino.run;

import java.util.function.DoubleConsumer;
import org.dineutrino.event.Columns;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleMeta;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.simulate.Simulation;
import org.dineutrino.simulate.SimulationSummary;
import org.dineutrino.store.SampleStore;

/** Simulates a sample with the built-in simulation and stores it in one transaction. */
public final class SimulatedSamples {

    /** Events per stored chunk (DESIGN.md: for example 64k events of one column as one value). */
    public static final int CHUNK_EVENTS = 65_536;

    private SimulatedSamples() {
    }

    public static SampleInfo create(SampleStore store, String name, SimProcess process, long nEvents, long seed,
                                    SampleRole role, DoubleConsumer progress) {
        if (nEvents <= 0) {
            throw new IllegalArgumentException("events must be > 0, got " + nEvents);
        }
        return store.write(name, sink -> {
            SimulationSummary s = Simulation.simulate(process, nEvents, seed, CHUNK_EVENTS, sink, progress);
            return new SampleMeta(name, process.category(), "simulation", role, s.crossSectionPb(), s.sumGenWeights(),
                    s.nGenerated(), seed, "dineutrino simulation " + s.generatorVersion(),
                    process.key() + ", " + nEvents + " kept events, seed " + seed);
        });
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
