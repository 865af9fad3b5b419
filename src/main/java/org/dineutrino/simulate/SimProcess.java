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

    // --- dibosons and the T2tt signal (sim-vv) ---
    /** W+ W-, all decays: 118.7 pb (DESIGN.md). */
    WW("ww", Process.DIBOSON, 118.7),
    /** W+ Z and W- Z, all decays: 47.13 pb (DESIGN.md). */
    WZ("wz", Process.DIBOSON, 47.13),
    /** Z Z, all decays: 16.52 pb (DESIGN.md). */
    ZZ("zz", Process.DIBOSON, 16.52),
    /**
     * Stop pairs of the T2tt simplified model at the default point m(stop) = 525 GeV,
     * m(neutralino) = 350 GeV: 0.457 pb, NNLO+NNLL (note sec. 8.1; DESIGN.md). Other mass points
     * take their cross section from {@link StopPoint#crossSectionPb()}.
     */
    T2TT("t2tt", Process.BSM, 0.457),

    // Alternative tt bar samples (sim-alt): the nominal generator with one setting of TtbarTune changed;
    // docs/SIMULATION.md, "Alternative samples".
    /** tt&#772; with m_t = 171.5 GeV, sigma from the Top++ mass dependence (TtbarTune). */
    TTBAR_MT_171P5("ttbar_mt171p5", TtbarTune.withTopMass(171.5)),
    /** tt&#772; with m_t = 173.5 GeV, sigma from the Top++ mass dependence (TtbarTune). */
    TTBAR_MT_173P5("ttbar_mt173p5", TtbarTune.withTopMass(173.5)),
    /** tt&#772; with hdamp = 2.305 m_t (CMS CP5 up, EPJC 80 (2020) 4): a harder pT(tt) tail (our model). */
    TTBAR_HDAMP_UP("ttbar_hdamp_up", TtbarTune.withHdamp(TtbarTune.HDAMP_UP)),
    /** tt&#772; with hdamp = 0.874 m_t (CMS CP5 down, EPJC 80 (2020) 4): a softer pT(tt) tail (our model). */
    TTBAR_HDAMP_DOWN("ttbar_hdamp_down", TtbarTune.withHdamp(TtbarTune.HDAMP_DOWN)),
    /** tt&#772; with 10 % more underlying-event activity (CP5 up; our size). */
    TTBAR_UE_UP("ttbar_ue_up", TtbarTune.withUnderlyingEvent(1 + TtbarTune.UE_DENSITY_CHANGE)),
    /** tt&#772; with 10 % less underlying-event activity (CP5 down; our size). */
    TTBAR_UE_DOWN("ttbar_ue_down", TtbarTune.withUnderlyingEvent(1 - TtbarTune.UE_DENSITY_CHANGE)),
    /** tt&#772; with the QCD-inspired colour reconnection (CR1; our model of its effect on jets). */
    TTBAR_CR1("ttbar_cr1", TtbarTune.withColourReconnection(ColourReconnection.QCD_INSPIRED)),
    /** tt&#772; with the gluon-move colour reconnection (CR2; our model of its effect on jets). */
    TTBAR_CR2("ttbar_cr2", TtbarTune.withColourReconnection(ColourReconnection.GLUON_MOVE)),

    // sim-dy: alternative samples of the processes above
    /**
     * tW in the diagram-subtraction scheme, our model ({@link TwDiagramSubtraction}): the alternative
     * to the DR sample {@link #TW}, same cross section 2 x 19.56 pb (DESIGN.md).
     */
    TW_DS("tw_ds", Process.SINGLE_TOP, 2 * 19.56);

    private final String key;
    private final Process category;
    private final double crossSectionPb;
    private final TtbarTune tune;

    SimProcess(String key, Process category, double crossSectionPb) {
        this.key = key;
        this.category = category;
        this.crossSectionPb = crossSectionPb;
        this.tune = TtbarTune.NOMINAL;
    }

    /** An alternative tt&#772; sample: category tt&#772;, the cross section at its tune's top mass. */
    SimProcess(String key, TtbarTune tune) {
        this.key = key;
        this.category = Process.TTBAR;
        this.crossSectionPb = tune.crossSectionPb();
        this.tune = tune;
    }

    /** The physics settings the generator uses: {@link TtbarTune#NOMINAL} except for the alternative samples. */
    TtbarTune tune() {
        return tune;
    }

    /** The cross section [pb] of everything the sample's generated events stand for. */
    public double crossSectionPb() {
        return crossSectionPb;
    }

    /** The analysis category of the sample (tt&#772;, single top, Drell-Yan, ...). */
    public Process category() {
        return category;
    }

    /** Lower-case key as users and the command line write it: ttbar, tw, dy_m50, dy_m10_50, ww, tw_ds, ... */
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
