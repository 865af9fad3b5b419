package org.dineutrino.regress;

/**
 * Mean and standard deviation of a quantity in each bin of another (NaN in a bin with fewer than
 * two entries).
 *
 * @param mean per-bin mean
 * @param std  per-bin standard deviation with the 1/(n-1) normalisation
 */
public record Profile(double[] mean, double[] std) {
}
