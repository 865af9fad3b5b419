package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectShiftsTest {

    @Test
    void jes_uncertainty_is_cms_like_central_and_grows_forward_and_at_low_pt() {
        // sqrt(0.010^2 + (0.70 / 30)^2) = 0.025386 and sqrt(0.010^2 + 0.0070^2) = 0.012207
        assertEquals(0.025386, ObjectShifts.jesUncertainty(30, 0.4, 0), 1e-6);
        assertEquals(0.012207, ObjectShifts.jesUncertainty(100, -1.0, 4), 1e-6);
        // |eta| = 3.5: sqrt(0.030^2 + (1.54 / 30)^2) = 0.059457
        assertEquals(0.059457, ObjectShifts.jesUncertainty(30, 3.5, 0), 1e-6);
        // a b jet: sqrt(0.010^2 + 0.0070^2 + 0.005^2) = 0.013191
        assertEquals(0.013191, ObjectShifts.jesUncertainty(100, 0.2, 5), 1e-6);
        assertTrue(ObjectShifts.jesUncertainty(20, 0, 0) > ObjectShifts.jesUncertainty(30, 0, 0));
        assertTrue(ObjectShifts.jesUncertainty(50, 2.0, 0) > ObjectShifts.jesUncertainty(50, 1.0, 0));
    }

    @Test
    void the_jer_scaling_branch_scales_the_deviation_from_the_mean_response() {
        // gen 100 GeV, R = 1.01, reco 113: deviation 12 GeV x 1.1 -> 101 + 13.2 = 114.2
        assertEquals(114.2 / 113, ObjectShifts.scalingFactor(113, 100, 1.01, 1.1), 1e-12);
        // a jet at its mean response does not move
        assertEquals(1.0, ObjectShifts.scalingFactor(101, 100, 1.01, 0.8), 1e-12);
        // truncated at 5 % of the gen pT like the nominal smearing
        assertEquals(5.0 / 20, ObjectShifts.scalingFactor(20, 100, 1.0, 2.0), 1e-12);
    }

    @Test
    void lepton_scale_uncertainties_are_the_documented_sizes() {
        assertEquals(0.005, ObjectShifts.electronScaleUncertainty(1.2), 0.0);
        assertEquals(0.010, ObjectShifts.electronScaleUncertainty(-2.0), 0.0);
        assertEquals(0.002, ObjectShifts.MUON_SCALE, 0.0);
    }

    /**
     * The up/down jets have the resolution the varied scale factor gives: for central gen-matched
     * jets (|eta| &lt; 0.522, the first scale-factor bin; pT &gt; 30 GeV) the RMS of
     * (pT / pT_gen - R) / sigma_MC is SF = 1.1432 nominal, SF_up = 1.1654 and SF_down = 1.1210 varied
     * (the Fall17_V3 table). Tolerance: three standard errors of an RMS of n Gaussian values,
     * 1 / sqrt(2n) relative, on the largest value.
     */
    @Test
    void jer_factors_give_the_resolution_of_the_varied_scale_factor() {
        double[] sums = new double[3];
        int[] n = new int[1];
        SimulatedSamples.forEachGenerated(SimProcess.TTBAR, 31L, 250_000, ev -> {
            for (int k = 0; k < ev.nJets; k++) {
                if (ev.jetGenPt[k] > 30 && ev.jetSfAbsEta[k] < 0.522) {
                    double r = ev.jetMeanResponse[k];
                    double scale = ev.jetGenPt[k] * ev.jetSigmaMc[k];
                    sums[0] += square((ev.jetPt[k] - r * ev.jetGenPt[k]) / scale);
                    sums[1] += square((ev.jetPt[k] * ev.jetJerUp[k] - r * ev.jetGenPt[k]) / scale);
                    sums[2] += square((ev.jetPt[k] * ev.jetJerDown[k] - r * ev.jetGenPt[k]) / scale);
                    n[0]++;
                }
            }
        });
        assertTrue(n[0] > 5000, n[0] + " jets");
        double tolerance = 3 * 1.15 / Math.sqrt(2.0 * n[0]);
        assertEquals(1.1432, Math.sqrt(sums[0] / n[0]), tolerance);
        assertEquals(1.1654, Math.sqrt(sums[1] / n[0]), tolerance);
        assertEquals(1.1210, Math.sqrt(sums[2] / n[0]), tolerance);
        // up and down move the same jets by opposite relative amounts: the ratio of the RMS is exact
        assertEquals(1.1654 / 1.1210, Math.sqrt(sums[1] / sums[2]), 1e-9);
    }

    /** Pileup jets have no gen jet: up widens them by sigma_MC sqrt(SF_up^2 - SF^2), down leaves them. */
    @Test
    void unmatched_jets_are_widened_up_and_left_alone_down() {
        double[] sum = new double[1];
        int[] n = new int[1];
        SimulatedSamples.forEachGenerated(SimProcess.TTBAR, 32L, 150_000, ev -> {
            for (int k = 0; k < ev.nJets; k++) {
                if (ev.jetGenPt[k] == 0) {
                    assertEquals(1.0, ev.jetJerDown[k], 0.0);
                    double sfUp = JetResolution.scaleFactorUp(ev.jetSfAbsEta[k]);
                    double sf = JetResolution.scaleFactor(ev.jetSfAbsEta[k]);
                    sum[0] += square((ev.jetJerUp[k] - 1) / (ev.jetSigmaMc[k] * Math.sqrt(sfUp * sfUp - sf * sf)));
                    n[0]++;
                }
            }
        });
        assertTrue(n[0] > 1000, n[0] + " pileup jets");
        // the standardised widening is a unit Gaussian: RMS 1 within 3 / sqrt(2n)
        assertEquals(1.0, Math.sqrt(sum[0] / n[0]), 3 / Math.sqrt(2.0 * n[0]));
    }

    private static double square(double x) {
        return x * x;
    }
}
