package org.dineutrino.simulate;

import org.dineutrino.sample.Process;

/** Interim process list; replaced by the full simulation. */
public enum SimProcess {
    TTBAR("ttbar", Process.TTBAR, 831.76),
    TW("tw", Process.SINGLE_TOP, 2 * 19.56),
    DY_M50("dy_m50", Process.DRELL_YAN, 6077.22),
    DY_M10_50("dy_m10_50", Process.DRELL_YAN, 18610);

    private final String key;
    private final Process category;
    private final double crossSectionPb;

    SimProcess(String key, Process category, double crossSectionPb) {
        this.key = key;
        this.category = category;
        this.crossSectionPb = crossSectionPb;
    }

    public String key() {
        return key;
    }

    public Process category() {
        return category;
    }

    public double crossSectionPb() {
        return crossSectionPb;
    }

    public static SimProcess parse(String text) {
        for (SimProcess p : values()) {
            if (p.key.equalsIgnoreCase(text) || p.name().equalsIgnoreCase(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown process '" + text + "'");
    }
}
