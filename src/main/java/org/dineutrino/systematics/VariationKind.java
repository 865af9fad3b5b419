package org.dineutrino.systematics;

/** How a variation is made from the samples. */
public enum VariationKind {
    /** The nominal events with {@code genWeight} multiplied by a per-event weight column. */
    WEIGHT,
    /** The nominal events with objects (jets, leptons, p_T^miss) shifted from per-object shift columns. */
    OBJECT_SHIFT,
    /** A sample of its own, simulated with different physics, replaces the nominal sample of its process. */
    ALTERNATIVE_SAMPLE,
    /** The nominal events, with the normalisation of one process category (or of all) scaled by a fraction. */
    NORMALISATION
}
