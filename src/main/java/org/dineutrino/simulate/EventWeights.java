package org.dineutrino.simulate;

import java.util.Arrays;
import org.dineutrino.event.Columns;

/**
 * Fills the weight variations of a kept event ({@link Columns#WEIGHT_VARIATIONS}, in that order) from
 * its own objects and generator record. No random numbers are drawn, so the nominal events do not
 * depend on whether the weights are computed. Each weight is a factor relative to the nominal event
 * weight, rounded to float precision (the column chunks compress far better), and exactly 1 where
 * a source does not apply to the process. The models are those of {@link ScaleFactorWeights},
 * {@link PileupReweighting}, {@link HardScatterWeights}, {@link ShowerWeights} and
 * {@link TopPtReweighting}.
 *
 * <p>tt&#772; scale normalisation (DESIGN.md "The built-in simulation"): the LO weights of
 * {@link HardScatterWeights} change the inclusive cross section by their sample means M_v, far more
 * than the NNLO+NNLL scale uncertainty, +19.77/-29.20 pb on 831.76 pb. For tt&#772; each scale weight
 * w_v is therefore rescaled to w_v N_v / M_v with N_v = 1 + s_d (M_v - 1), where for the direction d
 * of v (Up = scales x2, Down = x1/2) s_d = (T_d - 1)/(M_{muR=muF,d} - 1), T_Up = 1 + 19.77/831.76 and
 * T_Down = 1 - 29.20/831.76: the combined variation then has exactly the NNLO+NNLL mean, and the
 * separate muR and muF ones the same fraction of their LO normalisation effect; the shapes stay LO.
 * Other processes keep the raw LO weights.
 */
final class EventWeights {

    /** Slots, in {@link Columns#WEIGHT_VARIATIONS} order. */
    static final int LEPTON_SF_UP = 0;
    static final int LEPTON_SF_DOWN = 1;
    static final int BTAG_HF_UP = 2;
    static final int BTAG_HF_DOWN = 3;
    static final int BTAG_LF_UP = 4;
    static final int BTAG_LF_DOWN = 5;
    static final int PILEUP_UP = 6;
    static final int PILEUP_DOWN = 7;
    static final int TRIGGER_UP = 8;
    static final int TRIGGER_DOWN = 9;
    /** Start of the {@link HardScatterWeights} block (muR, muF, both, Up/Down). */
    static final int MU_R_UP = 10;
    static final int ISR_UP = 16;
    static final int ISR_DOWN = 17;
    static final int FSR_UP = 18;
    static final int FSR_DOWN = 19;
    static final int TOP_PT = 20;
    static final int PDF_1 = 21;
    static final int SIZE = 27;

    /** NNLO+NNLL tt&#772; scale uncertainty, +19.77/-29.20 pb on 831.76 pb (DESIGN.md). */
    static final double TTBAR_SCALE_TARGET_UP = 1 + 19.77 / 831.76;
    static final double TTBAR_SCALE_TARGET_DOWN = 1 - 29.20 / 831.76;

    /**
     * Sample means M_v of the raw tt&#772; scale weights muR Up, Down, muF Up, Down, both Up, Down over
     * the generated (not preselected) tt&#772; hard scatterings with the shape correction: the muR ones
     * are (alpha_s(2 m_t)/alpha_s(m_t))^2 and (alpha_s(m_t/2)/alpha_s(m_t))^2 exactly, the muF ones the
     * mean of 10^6 hard scatterings, seed 20261203 (statistical precision below 1e-4); recomputed by
     * {@code HardScatterWeightsTest}.
     */
    static final double[] TTBAR_RAW_SCALE_MEANS = {0.829829, 1.228434, 0.946960, 1.059988, 0.785815, 1.302125};

    private final boolean topPair;
    private final double[] scaleNormalisation = new double[6];
    private final HardScatterWeights hardScatter = new HardScatterWeights();
    private final double[] generatorWeights = new double[HardScatterWeights.SIZE];

    /**
     * @param topPair true for tt&#772; samples (nominal and alternative): the scale normalisation above, with
     *                the nominal's means, and the top-p_T weight
     */
    EventWeights(boolean topPair) {
        this.topPair = topPair;
        for (int v = 0; v < scaleNormalisation.length; v++) {
            scaleNormalisation[v] = topPair ? ttbarScaleNormalisation(v) : 1.0;
        }
    }

    /** N_v / M_v of the class javadoc for scale slot v (0 muR Up ... 5 both Down). */
    static double ttbarScaleNormalisation(int v) {
        boolean up = v % 2 == 0;
        double mean = TTBAR_RAW_SCALE_MEANS[v];
        double both = TTBAR_RAW_SCALE_MEANS[up ? 4 : 5];
        double target = up ? TTBAR_SCALE_TARGET_UP : TTBAR_SCALE_TARGET_DOWN;
        double s = (target - 1) / (both - 1);
        return (1 + s * (mean - 1)) / mean;
    }

    /**
     * Fills every weight of a kept event into ev.weights.
     *
     * @param initial     the hard scattering's initial state, or null for a process without one (scale and
     *                    PDF weights then stay 1)
     * @param x1          parton momentum fractions x1, x2 and the nominal scale [GeV] (unused without initial)
     * @param alphaSPower power of alpha_s in the Born
     * @param gluonsPerB  the FSR Poisson mean per b quark
     * @param maxGluons   the FSR cap per b quark
     */
    void fill(EventRecord ev, InitialState initial, double x1, double x2, double scale, int alphaSPower,
              double gluonsPerB, int maxGluons) {
        double[] w = ev.weights;
        Arrays.fill(w, 1.0);
        w[LEPTON_SF_UP] = ScaleFactorWeights.leptons(ev, 1);
        w[LEPTON_SF_DOWN] = ScaleFactorWeights.leptons(ev, -1);
        fillBtag(ev, w);
        w[PILEUP_UP] = PileupReweighting.weight(ev.pileupPeriod, ev.trueMu, true);
        w[PILEUP_DOWN] = PileupReweighting.weight(ev.pileupPeriod, ev.trueMu, false);
        w[TRIGGER_UP] = ScaleFactorWeights.trigger(ev, 1);
        w[TRIGGER_DOWN] = ScaleFactorWeights.trigger(ev, -1);
        if (initial != null) {
            fillHardScatter(initial, x1, x2, scale, alphaSPower, w);
        }
        if (ev.recoilModel != null) {
            w[ISR_UP] = ShowerWeights.isr(ev.recoilModel, ev.recoilPt, ev.isrEmissions, true);
            w[ISR_DOWN] = ShowerWeights.isr(ev.recoilModel, ev.recoilPt, ev.isrEmissions, false);
        }
        w[FSR_UP] = ShowerWeights.fsr(ev.fsrEmissions, ev.nRadiatingQuarks, maxGluons, gluonsPerB, true);
        w[FSR_DOWN] = ShowerWeights.fsr(ev.fsrEmissions, ev.nRadiatingQuarks, maxGluons, gluonsPerB, false);
        if (topPair) {
            w[TOP_PT] = TopPtReweighting.weight(Lorentz.pt(ev.top, 0), Lorentz.pt(ev.antitop, 0));
        }
        for (int i = 0; i < SIZE; i++) {
            w[i] = (float) w[i];
        }
    }

    private static void fillBtag(EventRecord ev, double[] w) {
        double b = ScaleFactorWeights.BTAG_DELTA_B;
        double c = ScaleFactorWeights.BTAG_DELTA_C;
        double light = ScaleFactorWeights.BTAG_DELTA_LIGHT;
        w[BTAG_HF_UP] = ScaleFactorWeights.btag(ev, 1 + b, 1 + c, 1);
        w[BTAG_HF_DOWN] = ScaleFactorWeights.btag(ev, 1 - b, 1 - c, 1);
        w[BTAG_LF_UP] = ScaleFactorWeights.btag(ev, 1, 1, 1 + light);
        w[BTAG_LF_DOWN] = ScaleFactorWeights.btag(ev, 1, 1, 1 - light);
    }

    private void fillHardScatter(InitialState initial, double x1, double x2, double scale, int alphaSPower,
                                 double[] w) {
        hardScatter.fill(initial, x1, x2, scale, alphaSPower, generatorWeights, 0);
        for (int v = 0; v < scaleNormalisation.length; v++) {
            w[MU_R_UP + v] = generatorWeights[v] * scaleNormalisation[v];
        }
        System.arraycopy(generatorWeights, HardScatterWeights.PDF_FIRST, w, PDF_1, HardScatterWeights.N_PDF);
    }
}
