package org.dineutrino.simulate;

/**
 * What a simulation run produced: enough to normalise the sample, weight x sigma x L / sumGenWeights,
 * and to reproduce it.
 *
 * @param process          the simulated process
 * @param crossSectionPb   the cross section the generated events stand for [pb]
 * @param sumGenWeights    sum of the generator weights of every generated event, kept or not; equal to
 *                         nGenerated for unweighted processes, an estimate of it for the biased
 *                         Drell-Yan samples
 * @param nGenerated       events generated, including those skipped or failing the preselection (a count,
 *                         not a sum of weights)
 * @param nKept            events handed to the sink
 * @param seed             the run's seed
 * @param generatorVersion {@link Simulation#VERSION}
 */
public record SimulationSummary(SimProcess process, double crossSectionPb, double sumGenWeights,
                                long nGenerated, long nKept, long seed, String generatorVersion) {

    /**
     * Fraction of the generated events that were kept, unweighted: the preselection efficiency of
     * the (possibly biased) generation, not of nature; see {@code SimulatedSamples.eventsForLuminosity}.
     */
    public double keptFraction() {
        return nGenerated == 0 ? 0.0 : (double) nKept / nGenerated;
    }
}
