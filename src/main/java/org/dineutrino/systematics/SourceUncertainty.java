package org.dineutrino.systematics;

/**
 * One systematic source's effect on a measured vector: its shifts and covariance.
 *
 * @param source     the source name of the catalogue ({@code Variation.source()})
 * @param group      where breakdowns show it
 * @param up         per bin: the up shift of a pair, the shift of a one-sided source, the envelope of an
 *                   envelope source, +sqrt(diagonal) of a Hessian set; null for a pair whose up variation
 *                   was not evaluated
 * @param down       per bin: the down shift of a pair, -sqrt(diagonal) of a Hessian set; null otherwise
 * @param covariance [bin][bin] the source's covariance, positive semi-definite (rank 1 or 2 for a pair, up to the
 *                   number of members for a Hessian set)
 */
public record SourceUncertainty(String source, SystematicGroup group, double[] up, double[] down,
                                double[][] covariance) {
}
