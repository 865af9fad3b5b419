package org.dineutrino.sample;

import java.util.Locale;

/**
 * What a sample is for. The response, background-template, training and pseudo-data
 * samples are simulated with their own seeds so that they are statistically
 * independent (DESIGN.md, "Pseudo-data and independence").
 */
public enum SampleRole {
    /** Fills the response matrix (signal) or the background templates. */
    TEMPLATE,
    /** Summed over processes and Poisson-fluctuated as pseudo-data. */
    PSEUDO_DATA,
    /** Trains the MET regression network. */
    TRAINING,
    /**
     * Another simulation of a process for one systematic source (m_t, hdamp, UE, colour reconnection,
     * tW DS), compared with the nominal template of that process.
     */
    ALTERNATIVE,
    /** Collision data. */
    DATA,
    /** Anything else a user brings. */
    OTHER;

    public static SampleRole parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
