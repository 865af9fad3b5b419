package org.dineutrino.simulate;

import java.util.Arrays;
import org.dineutrino.sample.Process;

/**
 * The processes the built-in simulation generates, with the cross sections their samples are
 * normalised to (13 TeV, pb; DESIGN.md "The built-in simulation").
 */
public enum SimProcess {
    /** tt&#772;, all decays; NNLO+NNLL at m_t = 172.5 GeV, Top++ 2.0 (the LHC Top WG reference; DESIGN.md). */
    TTBAR("ttbar", Process.TTBAR, 831.76),
    /**
     * tW: top and antitop with at least one leptonic W, 2 x 19.56 pb (approx. NNLO inclusive 2 x 35.85 pb,
     * the LHC Top WG single-top reference, times the fraction with a leptonic W; DESIGN.md).
     */
    TW("tw", Process.SINGLE_TOP, 2 * 19.56),
    /**
     * Drell-Yan Z/gamma* -&gt; ll (e, mu, tau), m_ll &gt; 50 GeV: 6077.22 pb, FEWZ NNLO as CMS normalises
     * DYJetsToLL_M-50 (DESIGN.md).
     */
    DY_M50("dy_m50", Process.DRELL_YAN, 6077.22),
    /**
     * Drell-Yan Z/gamma* -&gt; ll, 10 &lt; m_ll &lt; 50 GeV: 18610 pb, as CMS normalises DYJetsToLL_M-10to50
     * (DESIGN.md).
     */
    DY_M10_50("dy_m10_50", Process.DRELL_YAN, 18610.0),

    // sim-dy: alternative samples of the processes above
    /**
     * tW in the diagram-subtraction scheme, our model ({@link TwDiagramSubtraction}): the alternative
     * to the DR sample {@link #TW}, same cross section 2 x 19.56 pb (DESIGN.md).
     */
    TW_DS("tw_ds", Process.SINGLE_TOP, 2 * 19.56);

    private final String key;
    private final Process category;
    private final double crossSectionPb;

    SimProcess(String key, Process category, double crossSectionPb) {
        this.key = key;
        this.category = category;
        this.crossSectionPb = crossSectionPb;
    }

    /** The cross section [pb] of everything the sample's generated events stand for. */
    public double crossSectionPb() {
        return crossSectionPb;
    }

    /** The analysis category of the sample (tt&#772;, single top, Drell-Yan, ...). */
    public Process category() {
        return category;
    }

    /** Lower-case key as users and the command line write it: ttbar, tw, dy_m50, dy_m10_50, tw_ds, ... */
    public String key() {
        return key;
    }

    /** Parses a key or enum name, case-insensitive. */
    public static SimProcess parse(String text) {
        String t = text == null ? "" : text.trim();
        for (SimProcess p : values()) {
            if (p.key.equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown simulated process '" + text + "', expected one of "
                + Arrays.stream(values()).map(p -> p.key).toList());
    }
}
