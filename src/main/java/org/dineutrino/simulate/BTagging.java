package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * A DeepJet-like b-tag discriminant in [0, 1] whose cuts at the 2018 working points give the
 * efficiency of the jet's flavour (SIMULATION-PHYSICS.md sec. 7.3).
 *
 * <p>Working points: loose 0.0490, medium 0.2783, tight 0.7100 (CMS BTV DeepJet recommendation
 * for 2018 UL, public twiki BtagRecommendation106XUL18). Efficiencies at (L, M, T) for jets of
 * 30-100 GeV (the note's approximate DeepJet values, defined by the light mistag of 10 %/1 %/0.1 %):
 * b (0.92, 0.79, 0.62), c (0.40, 0.15, 0.03), light (0.10, 0.011, 0.0012). Dependence on pT (our
 * model): b and c efficiencies are lower at low pT, by the factor 1 - 0.2 exp(-(pT - 20 GeV)/30 GeV),
 * and fall by 10 % between 100 and 500 GeV; the light mistag rises linearly from 0.8x at 20 GeV
 * to 1.2x at 320 GeV and above; all are 5 % lower for 1.5 &lt; |eta| &lt; 2.5 and zero beyond the tracker
 * (|eta| &gt;= 2.5, discriminant 0). The discriminant's cumulative distribution is piecewise linear
 * between the working points, so P(d &gt; WP) is exactly the efficiency at that WP.
 */
final class BTagging {

    static final double LOOSE = 0.0490;
    static final double MEDIUM = 0.2783;
    static final double TIGHT = 0.7100;

    /** Efficiencies at loose, medium, tight for b, c and light jets (class javadoc). */
    private static final double[] B_EFF = {0.92, 0.79, 0.62};
    private static final double[] C_EFF = {0.40, 0.15, 0.03};
    private static final double[] LIGHT_EFF = {0.10, 0.011, 0.0012};

    static final double TRACKER_ETA = 2.5;
    private static final double FORWARD_ETA = 1.5;
    private static final double FORWARD_FACTOR = 0.95;
    private static final double MAX_EFFICIENCY = 0.995;

    private BTagging() {
    }

    /**
     * Efficiency of a jet (pT [GeV], eta, hadron flavour 5/4/0) at working point 0 (loose),
     * 1 (medium) or 2 (tight).
     */
    static double efficiency(double pt, double eta, int flavour, int workingPoint) {
        double absEta = Math.abs(eta);
        if (absEta >= TRACKER_ETA) {
            return 0.0;
        }
        double factor = absEta > FORWARD_ETA ? FORWARD_FACTOR : 1.0;
        double eff;
        if (flavour == 5 || flavour == 4) {
            double lowPt = 1.0 - 0.2 * Math.exp(-(pt - 20.0) / 30.0);
            double highPt = 1.0 - 0.10 * clamp((pt - 100.0) / 400.0);
            eff = (flavour == 5 ? B_EFF : C_EFF)[workingPoint] * lowPt * highPt;
        } else {
            eff = LIGHT_EFF[workingPoint] * (0.8 + 0.4 * clamp((pt - 20.0) / 300.0));
        }
        return Math.min(MAX_EFFICIENCY, eff * factor);
    }

    private static double clamp(double x) {
        return Math.min(1.0, Math.max(0.0, x));
    }

    /** Draws the discriminant of a jet (class javadoc); 0 outside the tracker. */
    static double discriminant(SplittableRandom rng, double pt, double eta, int flavour) {
        if (Math.abs(eta) >= TRACKER_ETA) {
            return 0.0;
        }
        double loose = efficiency(pt, eta, flavour, 0);
        double medium = efficiency(pt, eta, flavour, 1);
        double tight = efficiency(pt, eta, flavour, 2);
        double u = rng.nextDouble();
        if (u < 1 - loose) {
            return LOOSE * u / (1 - loose);
        }
        if (u < 1 - medium) {
            return LOOSE + (MEDIUM - LOOSE) * (u - (1 - loose)) / (loose - medium);
        }
        if (u < 1 - tight) {
            return MEDIUM + (TIGHT - MEDIUM) * (u - (1 - medium)) / (medium - tight);
        }
        return TIGHT + (1 - TIGHT) * (u - (1 - tight)) / tight;
    }
}
