package org.dineutrino.run;

import java.util.Arrays;

/** The unfolding methods a run can use. */
public enum UnfoldingMethod {
    /** Unregularised generalised least squares with the input covariance (tau = 0). */
    LEAST_SQUARES("least-squares", "least squares (τ = 0)"),
    /** Bin-by-bin correction factors, on the particle-level bins at both levels. */
    BIN_BY_BIN("bin-by-bin", "bin-by-bin"),
    /** Tikhonov, curvature regularisation, tau at the minimum average global correlation. */
    TIKHONOV("tikhonov", "regularised (Tikhonov, curvature, τ at min ρ_avg)"),
    /** Iterative D'Agostini from the response truth, stopped by the KS test. */
    ITERATIVE("iterative", "iterative (D'Agostini)");

    private final String key;
    private final String label;

    UnfoldingMethod(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static UnfoldingMethod parse(String text) {
        return Arrays.stream(values()).filter(m -> m.key.equalsIgnoreCase(text) || m.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("method: unknown value '" + text
                        + "', expected least-squares, bin-by-bin, tikhonov or iterative"));
    }
}
