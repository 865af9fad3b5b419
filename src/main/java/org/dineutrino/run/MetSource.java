package org.dineutrino.run;

import java.util.Arrays;

/** Which p_T^miss the reconstruction-level observables use. */
public enum MetSource {
    PF("pf", "PF p_T^miss"),
    PUPPI("puppi", "PUPPI p_T^miss"),
    /** PUPPI corrected by a stored regression network: "model:NAME" or "model:NAME vN". */
    MODEL("model", "p_T^miss corrected by the regression network");

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
        String key = text.startsWith("model:") ? "model" : text;
        return Arrays.stream(values()).filter(m -> m.key.equalsIgnoreCase(key) || m.name().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("metSource: unknown value '" + text
                        + "', expected pf, puppi or model:NAME"));
    }

    /** The model reference of "model:NAME", or null. */
    public static String modelOf(String text) {
        return text.startsWith("model:") ? text.substring("model:".length()).trim() : null;
    }
}
