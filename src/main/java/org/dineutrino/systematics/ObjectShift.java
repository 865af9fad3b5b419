package org.dineutrino.systematics;

/** The object shifts the built-in simulation provides columns for (Columns.SHIFT_VARIATIONS). */
public enum ObjectShift {
    /** Jet energy scale: jet pT and mass times (1 +/- jetJesUnc), propagated to p_T^miss. */
    JES,
    /** Jet energy resolution: jet pT and mass times jetJerUp or jetJerDown, propagated to p_T^miss. */
    JER,
    /** Unclustered energy: p_T^miss plus or minus a fraction of its unclustered part. */
    UNCLUSTERED,
    /** Lepton energy scale: muon and electron pT times (1 +/- their scale uncertainty), propagated to p_T^miss. */
    LEPTON_SCALE
}
