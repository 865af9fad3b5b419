package org.dineutrino.event;

/**
 * How one W boson (or one leg of a Z) decayed, as stored in the {@code genDecay1}
 * and {@code genDecay2} columns (the code is the ordinal).
 */
public enum WDecay {
    HADRONIC,
    ELECTRON,
    MUON,
    TAU_TO_ELECTRON,
    TAU_TO_MUON,
    TAU_TO_HADRONS,
    /** No W in this slot (e.g. Drell-Yan to two leptons uses ELECTRON/MUON/TAU_* for both legs). */
    NONE;

    private static final WDecay[] VALUES = values();

    public static WDecay of(int code) {
        if (code < 0 || code >= VALUES.length) {
            throw new IllegalArgumentException("unknown W decay code " + code + ", expected 0.." + (VALUES.length - 1));
        }
        return VALUES[code];
    }

    public int code() {
        return ordinal();
    }

    /** A prompt electron or muon directly from the W. */
    public boolean isPromptLightLepton() {
        return this == ELECTRON || this == MUON;
    }

    public boolean involvesTau() {
        return this == TAU_TO_ELECTRON || this == TAU_TO_MUON || this == TAU_TO_HADRONS;
    }
}
