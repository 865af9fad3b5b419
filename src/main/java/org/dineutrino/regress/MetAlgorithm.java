package org.dineutrino.regress;

/** The p_T^miss reconstructions compared on the performance page. */
public enum MetAlgorithm {
    /** Particle-flow p_T^miss (columns met, metPhi). */
    PF,
    /** PUPPI p_T^miss (columns puppiMet, puppiMetPhi). */
    PUPPI,
    /** PUPPI corrected by the regression network. */
    NETWORK
}
