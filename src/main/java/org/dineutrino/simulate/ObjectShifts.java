package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * The shifted-object variations of a reconstructed event ({@code Columns.SHIFT_VARIATIONS}), filled
 * after {@link Detector} from a random stream of their own so that the nominal event is untouched.
 * {@code org.dineutrino.systematics} applies them to a batch; docs/SIMULATION.md "Variations" has
 * the models in words.
 *
 * <p><b>JES</b>: one nuisance, relative uncertainty delta(pT, eta) = sqrt(c^2 + (s / pT)^2) with
 * (c, s) = (1.0 %, 0.70 GeV), (1.5 %, 0.91 GeV), (2.5 %, 1.26 GeV), (3.0 %, 1.54 GeV) for |eta| below
 * 1.3, 2.5, 3.0 and beyond: 2.5 % at 30 GeV and 1.2 % at 100 GeV in the barrel, rising forward and
 * at low pT (our parametrisation, sized after the total uncertainty of CMS, JINST 12 (2017) P02014:
 * below 3 % over most of the phase space, about 1 % in the barrel above 30 GeV); b jets add 0.5 % in
 * quadrature for their flavour response (SIMULATION-PHYSICS.md sec. 7.1: 0.5-1 %).
 *
 * <p><b>JER</b> (the CMS hybrid method, JME twiki "JetResolution", relative to our nominal): the
 * nominal jet already carries the data resolution, pT = pT_gen (R + SF sigma_MC g). A jet with a
 * gen jet keeps its response and has its deviation from the mean scaled to the varied factor,
 * pT' = R pT_gen + (pT - R pT_gen) SF' / SF (the "scaling" branch), truncated like the nominal at
 * 0.05 pT_gen. A pileup jet has no gen jet: the up variation widens it stochastically,
 * pT' = pT (1 + sigma_MC sqrt(SF_up^2 - SF^2) g') with g' from the shift stream; the down
 * variation leaves it as it is, since no smearing narrows a resolution (the CMS rule for SF &lt; 1).
 * SF, SF_up, SF_down: the Fall17_V3 table of {@link JetResolution}. The column holds f = pT' / pT.
 *
 * <p><b>Lepton scale</b>: muons 0.2 % (the momentum-scale precision of CMS, JINST 7 (2012)
 * P10002); electrons 0.5 % barrel (|eta| &lt; 1.479), 1.0 % endcap (ours: wider than the Z-pole
 * precision of 0.1 % / 0.3 % of JINST 16 (2021) P05014, to cover electrons away from the Z peak).
 */
final class ObjectShifts {

    /** |eta| edges of the JES parametrisation's regions, and (c, s [GeV]) per region (class javadoc; ours). */
    private static final double[] JES_ETA_HIGH = {1.3, 2.5, 3.0};
    private static final double[] JES_CONSTANT = {0.010, 0.015, 0.025, 0.030};
    private static final double[] JES_LOW_PT = {0.70, 0.91, 1.26, 1.54};
    /** Extra JES uncertainty of b jets, in quadrature (the physics note sec. 7.1, lower end of 0.5-1 %). */
    private static final double JES_B_FLAVOUR = 0.005;
    /** Muon momentum-scale uncertainty (JINST 7 (2012) P10002). */
    static final double MUON_SCALE = 0.002;
    /** Electron energy-scale uncertainty, barrel and endcap (ours, class javadoc). */
    static final double ELECTRON_SCALE_BARREL = 0.005;
    static final double ELECTRON_SCALE_ENDCAP = 0.010;
    private static final double ELECTRON_BARREL_ETA = 1.479;
    /** Smallest response a re-smeared jet keeps, as in the nominal smearing (Detector's MIN_RESPONSE). */
    private static final double MIN_RESPONSE = 0.05;

    private ObjectShifts() {
    }

    /** Fills the shift columns of the reconstructed event in {@code ev}; draws only from shiftRng. */
    static void fill(SplittableRandom shiftRng, EventRecord ev) {
        for (int k = 0; k < ev.nJets; k++) {
            ev.jetJesUnc[k] = jesUncertainty(ev.jetPt[k], ev.jetEta[k], ev.jetFlavour[k]);
            double sf = JetResolution.scaleFactor(ev.jetSfAbsEta[k]);
            double sfUp = JetResolution.scaleFactorUp(ev.jetSfAbsEta[k]);
            double sfDown = JetResolution.scaleFactorDown(ev.jetSfAbsEta[k]);
            if (ev.jetGenPt[k] > 0) {
                ev.jetJerUp[k] = scalingFactor(ev.jetPt[k], ev.jetGenPt[k], ev.jetMeanResponse[k], sfUp / sf);
                ev.jetJerDown[k] = scalingFactor(ev.jetPt[k], ev.jetGenPt[k], ev.jetMeanResponse[k], sfDown / sf);
            } else {
                double extra = Math.sqrt(Math.max(0.0, sfUp * sfUp - sf * sf));
                ev.jetJerUp[k] = Math.max(MIN_RESPONSE, 1.0 + ev.jetSigmaMc[k] * extra * shiftRng.nextGaussian());
                ev.jetJerDown[k] = 1.0;
            }
        }
        for (int m = 0; m < ev.nMuons; m++) {
            ev.muonScaleUnc[m] = MUON_SCALE;
        }
        for (int e = 0; e < ev.nElectrons; e++) {
            ev.electronScaleUnc[e] = electronScaleUncertainty(ev.electronEta[e]);
        }
    }

    /** Relative JES uncertainty delta(pT [GeV], eta, hadron flavour 5/4/0) of the class javadoc. */
    static double jesUncertainty(double pt, double eta, int flavour) {
        double absEta = Math.abs(eta);
        int region = 0;
        while (region < JES_ETA_HIGH.length && absEta >= JES_ETA_HIGH[region]) {
            region++;
        }
        double lowPt = JES_LOW_PT[region] / pt;
        double b = flavour == 5 ? JES_B_FLAVOUR : 0.0;
        return Math.sqrt(JES_CONSTANT[region] * JES_CONSTANT[region] + lowPt * lowPt + b * b);
    }

    /**
     * The hybrid method's scaling branch: pT' / pT with pT' = R pT_gen + (pT - R pT_gen) ratio,
     * ratio = SF' / SF, and pT' at least 0.05 pT_gen.
     */
    static double scalingFactor(double pt, double genPt, double meanResponse, double ratio) {
        double centre = meanResponse * genPt;
        double varied = Math.max(MIN_RESPONSE * genPt, centre + (pt - centre) * ratio);
        return varied / pt;
    }

    /** Relative electron energy-scale uncertainty at eta. */
    static double electronScaleUncertainty(double eta) {
        return Math.abs(eta) < ELECTRON_BARREL_ETA ? ELECTRON_SCALE_BARREL : ELECTRON_SCALE_ENDCAP;
    }
}
