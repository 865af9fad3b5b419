package org.dineutrino.run;

import java.util.Arrays;

/** Which p_T^miss the reconstruction-level observables use. */
public enum MetSource {
    PF("pf", "PF p_T^miss"),
    PUPPI("puppi", "PUPPI p_T^miss");

    private final String key;
    private final String label;

    MetSource(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static MetSource parse(String text) {
        return Arrays.stream(values()).filter(m -> m.key.equalsIgnoreCase(text) || m.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("metSource: unknown value '" + text
                        + "', expected pf or puppi"));
    }
}
