package org.dineutrino.sample;

import java.util.Arrays;
import java.util.Locale;

/** The physics process a sample holds, as the analysis groups them. */
public enum Process {
    TTBAR("ttbar", "tt̄"),
    SINGLE_TOP("tW", "single top tW"),
    DRELL_YAN("DY", "Drell–Yan"),
    DIBOSON("VV", "WW, WZ, ZZ"),
    BSM("BSM", "stop pair T2tt"),
    DATA("data", "collision data or pseudo-data");

    private final String shortName;
    private final String label;

    Process(String shortName, String label) {
        this.shortName = shortName;
        this.label = label;
    }

    public String shortName() {
        return shortName;
    }

    public String label() {
        return label;
    }

    /** Parses a process as users type it: ttbar, tW, DY, VV, BSM, data (case-insensitive) or the enum name. */
    public static Process parse(String text) {
        for (Process p : values()) {
            if (p.shortName.equalsIgnoreCase(text) || p.name().equalsIgnoreCase(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown process '" + text + "', expected one of "
                + Arrays.stream(values()).map(p -> p.shortName).toList());
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
