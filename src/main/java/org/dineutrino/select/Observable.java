package org.dineutrino.select;

import java.util.Locale;

/**
 * The measured observables (1D and 2D) and their default bins (DESIGN.md, "Default binning";
 * the CMS analysis's bins, which the fixed-order tables in ../shared/data/theory use).
 */
public enum Observable {
    PT_NUNU("ptNuNu", "p_T^νν", "GeV",
            new Binning(new double[] {0, 40, 68, 100, 140, 196, 260, 332, 410}, true),
            new Binning(new double[] {0, 20, 40, 54, 68, 84, 100, 120, 140, 168, 196, 228, 260, 296, 332, 371, 410,
                455}, true)),
    MIN_DELTA_PHI("minDeltaPhi", "min Δφ(p_T^νν, ℓ)", "rad",
            new Binning(new double[] {0, 0.4, 0.88, 1.36, 1.84, 2.36, Math.PI}, false),
            new Binning(new double[] {0, 0.2, 0.4, 0.64, 0.88, 1.12, 1.36, 1.6, 1.84, 2.1, 2.36, 2.74, Math.PI},
                    false)),
    /** Both at once, flattened with p_T^nunu fastest. */
    PT_NUNU_MIN_DELTA_PHI("ptNuNuMinDeltaPhi", "p_T^νν × min Δφ(p_T^νν, ℓ)", "GeV·rad",
            new Binning2D(new Binning(new double[] {0, 70, 125, 200}, true),
                    new Binning(new double[] {0, 0.56, 1.08, Math.PI}, false)),
            new Binning2D(new Binning(new double[] {0, 40, 70, 97.5, 125, 162.5, 200, 300}, true),
                    new Binning(new double[] {0, 0.28, 0.56, 0.82, 1.08, 2.14, Math.PI}, false)));

    private final String key;
    private final String label;
    private final String unit;
    private final Bins defaultTruth;
    private final Bins defaultReco;

    Observable(String key, String label, String unit, Bins defaultTruth, Bins defaultReco) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.defaultTruth = defaultTruth;
        this.defaultReco = defaultReco;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public Bins defaultTruth() {
        return defaultTruth;
    }

    public Bins defaultReco() {
        return defaultReco;
    }

    public boolean isTwoDimensional() {
        return defaultTruth.axes().size() == 2;
    }

    public static Observable parse(String text) {
        for (Observable o : values()) {
            if (o.key.equalsIgnoreCase(text) || o.name().equalsIgnoreCase(text)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown observable '" + text
                + "', expected ptNuNu, minDeltaPhi or ptNuNuMinDeltaPhi");
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
