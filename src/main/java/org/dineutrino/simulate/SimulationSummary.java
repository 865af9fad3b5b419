package org.dineutrino.simulate;

/** Totals of one simulated sample. */
public record SimulationSummary(SimProcess process, double crossSectionPb, double sumGenWeights, long nGenerated,
                                long nKept, long seed, String generatorVersion) {
}
