package org.dineutrino.unfold;

/**
 * A background subtracted from the data before unfolding, as TUnfoldSys subtracts one: y = data −
 * scale × values, with an uncorrelated error scale × errors[r] per bin and a fully correlated
 * normalisation error scaleError × values[r].
 *
 * @param name the source, e.g. {@code singleTop}; named in messages
 * @param values [reco] expected background counts at scale 1
 * @param errors [reco] uncorrelated errors of values (MC statistics), or null for none
 * @param scale normalisation factor applied to values
 * @param scaleError absolute uncertainty of scale (0.3 for a 30% normalisation uncertainty at scale
 *     1)
 */
public record Background(
        String name, double[] values, double[] errors, double scale, double scaleError) {

    /** A background with no uncorrelated errors. */
    public static Background of(String name, double[] values, double scale, double scaleError) {
        return new Background(name, values, null, scale, scaleError);
    }
}
