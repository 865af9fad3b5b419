package org.dineutrino.run;

import java.util.function.DoubleConsumer;
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
     * Kept events that correspond to a luminosity: sigma * L * (kept / generated), the
     * kept fraction measured on a short pilot run of the same process.
     */
    public static long eventsForLuminosity(SimProcess process, double lumiInvFb, long pilotEvents) {
        SimulationSummary pilot = Simulation.simulate(process, pilotEvents, 1, CHUNK_EVENTS, b -> { }, f -> { });
        double keptFraction = pilot.nKept() / pilot.sumGenWeights();
        return Math.round(process.crossSectionPb() * lumiInvFb * SampleInfo.INV_PB_PER_INV_FB * keptFraction);
    }
}
