package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dineutrino.event.EventBatch;
import org.dineutrino.sample.Process;
import org.junit.jupiter.api.Test;

/**
 * The alternative tt&#772; samples: each changes what its setting should change, by about the
 * expected amount, and leaves the rest alone. Expected numbers are worked out outside the code
 * (formulas in the comments; the hdamp bin ratios by numerical integration with numpy 2, see
 * {@link #HDAMP_UP_RATIOS}).
 */
class AlternativeSamplesTest {

    /** Generated events of the top-mass loop: ~19k of them have kinematics (two leptonic W). */
    private static final long MASS_LOOP_EVENTS = 300_000;
    /** Kept events per sample of the lepton-efficiency comparison (~20k leptons each). */
    private static final int EFFICIENCY_EVENTS = 10_000;
    /** Recoil draws per hdamp setting: the 310-420 GeV bin then holds ~20k of them (0.7 %). */
    private static final int RECOIL_DRAWS = 2_000_000;

    /** pT(tt) bins [GeV] of CMS TOP-17-014 (note sec. 5.1) up to 420 GeV. */
    private static final double[] PT_TT_EDGES = {0, 40, 100, 200, 310, 420};
    /**
     * Expected (hdamp variant / nominal) per bin: the recoil density of the note sec. 5.1 times the
     * hdamp weight with k = 0.5, integrated with numpy.trapezoid on a 0.5 MeV grid over 0-1000 GeV
     * and normalised (python3, numpy 2.x; computed for this test).
     */
    private static final double[] HDAMP_UP_RATIOS = {0.9839, 0.9973, 1.0337, 1.0747, 1.0864};
    private static final double[] HDAMP_DOWN_RATIOS = {1.0220, 0.9953, 0.9520, 0.9395, 0.9558};
    /** Tolerance of a ratio of bin fractions in its own statistical errors (Poisson counts of both). */
    private static final double RATIO_SIGMAS = 4.0;

    @Test
    void alternative_samples_are_ttbar_and_mass_variants_follow_the_top_pp_mass_dependence() {
        // sigma(m) = 831.76 (172.5/m)^4 (1 + a1 x + a2 x^2), x = (m - 172.5)/172.5, a1 = -0.745047,
        // a2 = 0.127417, evaluated by hand (python3): 855.0106 pb at 171.5 GeV, 809.2423 pb at 173.5 GeV
        assertEquals(855.0106, SimProcess.TTBAR_MT_171P5.crossSectionPb(), 1e-4);
        assertEquals(809.2423, SimProcess.TTBAR_MT_173P5.crossSectionPb(), 1e-4);
        for (SimProcess p : new SimProcess[] {SimProcess.TTBAR_HDAMP_UP, SimProcess.TTBAR_HDAMP_DOWN,
                SimProcess.TTBAR_UE_UP, SimProcess.TTBAR_UE_DOWN, SimProcess.TTBAR_CR1, SimProcess.TTBAR_CR2}) {
            assertEquals(831.76, p.crossSectionPb(), 0.0, p.key());
            assertEquals(Process.TTBAR, p.category(), p.key());
        }
        assertEquals(SimProcess.TTBAR_MT_171P5, SimProcess.parse("ttbar_mt171p5"));
        assertEquals(SimProcess.TTBAR_CR2, SimProcess.parse("TTBAR_CR2"));
    }

    @Test
    void mass_variants_move_the_generated_top_and_antitop_mass_by_one_gev() {
        double nominal = meanTopMass(SimProcess.TTBAR);
        double low = meanTopMass(SimProcess.TTBAR_MT_171P5);
        double high = meanTopMass(SimProcess.TTBAR_MT_173P5);
        // sd of the truncated Breit-Wigner ~2.5 GeV over ~38k tops: 0.013 GeV per mean; 0.1 GeV is > 5 sigma
        assertEquals(1.0, nominal - low, 0.1);
        assertEquals(1.0, high - nominal, 0.1);
        assertEquals(172.5, nominal, 0.3, "the acceptance shifts the mean only a little");
    }

    private static double meanTopMass(SimProcess process) {
        double[] sum = new double[2];
        SimulatedSamples.forEachGenerated(process, 515L, MASS_LOOP_EVENTS, ev -> {
            if (ev.top[3] > 0) {
                sum[0] += Lorentz.mass(ev.top, 0) + Lorentz.mass(ev.antitop, 0);
                sum[1] += 2;
            }
        });
        return sum[0] / sum[1];
    }

    @Test
    void mass_variants_leave_the_lepton_efficiency_unchanged_within_statistics() {
        double[] nominal = leptonEfficiency(SimProcess.TTBAR, 61L);
        double[] low = leptonEfficiency(SimProcess.TTBAR_MT_171P5, 62L);
        double[] high = leptonEfficiency(SimProcess.TTBAR_MT_173P5, 63L);
        for (double[] other : new double[][] {low, high}) {
            double sigma = Math.hypot(nominal[1], other[1]);
            assertEquals(nominal[0], other[0], 4 * sigma, "tight leptons per particle-level lepton");
        }
    }

    /**
     * Tight reconstructed leptons with pT &gt; 20 GeV, |eta| &lt; 2.4 per dressed lepton in the same
     * range, in kept events, and its binomial error.
     */
    private static double[] leptonEfficiency(SimProcess process, long seed) {
        long tight = 0;
        long gen = 0;
        for (EventBatch b : SimulatedSamples.simulate(process, EFFICIENCY_EVENTS, seed, 5000, 2).batches()) {
            tight += count(b, "muonPt", "muonEta", "muonTight");
            tight += count(b, "electronPt", "electronEta", "electronTight");
            gen += count(b, "genLeptonPt", "genLeptonEta", null);
        }
        double eff = (double) tight / gen;
        return new double[] {eff, Math.sqrt(eff * (1 - eff) / gen)};
    }

    private static long count(EventBatch b, String pt, String eta, String flag) {
        double[] p = b.doubles(pt);
        double[] e = b.doubles(eta);
        int[] f = flag == null ? null : b.ints(flag);
        long n = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 20 && Math.abs(e[i]) < 2.4 && (f == null || f[i] == 1)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void hdamp_up_hardens_and_hdamp_down_softens_the_ttbar_recoil_tail_as_the_model_predicts() {
        double[] nominal = recoilFractions(TtbarTune.NOMINAL, 1L);
        double[] up = recoilFractions(TtbarTune.withHdamp(TtbarTune.HDAMP_UP), 2L);
        double[] down = recoilFractions(TtbarTune.withHdamp(TtbarTune.HDAMP_DOWN), 3L);
        for (int bin = 0; bin < HDAMP_UP_RATIOS.length; bin++) {
            assertRatio(HDAMP_UP_RATIOS[bin], up[bin], nominal[bin], "up, bin " + bin);
            assertRatio(HDAMP_DOWN_RATIOS[bin], down[bin], nominal[bin], "down, bin " + bin);
        }
        assertTrue(up[3] > nominal[3] * 1.05 && down[3] < nominal[3] * 0.95, "the 200-310 GeV bin moves by > 5 %");
        assertEquals(1.0, up[0] / nominal[0], 0.03, "the peak region moves little");
        assertEquals(1.0, down[0] / nominal[0], 0.03, "the peak region moves little");
    }

    private static void assertRatio(double expected, double fraction, double nominalFraction, String what) {
        double ratio = fraction / nominalFraction;
        double relative = Math.sqrt(1 / (fraction * RECOIL_DRAWS) + 1 / (nominalFraction * RECOIL_DRAWS));
        assertEquals(expected, ratio, RATIO_SIGMAS * relative * ratio, what);
    }

    private static double[] recoilFractions(TtbarTune tune, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] fractions = new double[PT_TT_EDGES.length - 1];
        for (int i = 0; i < RECOIL_DRAWS; i++) {
            double pt = tune.sampleRecoilPt(rng, Recoil.TTBAR);
            for (int bin = 0; bin < fractions.length; bin++) {
                if (pt >= PT_TT_EDGES[bin] && pt < PT_TT_EDGES[bin + 1]) {
                    fractions[bin] += 1.0 / RECOIL_DRAWS;
                }
            }
        }
        return fractions;
    }

    @Test
    void the_generator_draws_the_recoil_of_its_hdamp_setting() {
        // <pT(tt)> of the recoil model: 66.27 GeV (up) and 62.76 GeV (down), numpy integration as above;
        // ~19k events per sample with an rms of ~60 GeV: 0.45 GeV per mean, 0.65 GeV on the difference
        double difference = meanPtTt(SimProcess.TTBAR_HDAMP_UP) - meanPtTt(SimProcess.TTBAR_HDAMP_DOWN);
        assertEquals(66.27 - 62.76, difference, 3 * 0.65);
    }

    private static double meanPtTt(SimProcess process) {
        double[] sum = new double[2];
        SimulatedSamples.forEachGenerated(process, 616L, MASS_LOOP_EVENTS, ev -> {
            if (ev.top[3] > 0) {
                sum[0] += Math.hypot(ev.top[0] + ev.antitop[0], ev.top[1] + ev.antitop[1]);
                sum[1]++;
            }
        });
        return sum[0] / sum[1];
    }

    @Test
    void hdamp_weight_is_one_for_the_nominal_and_bounded_by_one_plus_k() {
        TtbarTune up = TtbarTune.withHdamp(TtbarTune.HDAMP_UP);
        // by hand at pT = 300 GeV: h0 = 237.9 GeV, h = 397.6 GeV, k = 0.5:
        // (1 + 0.5 * 0.6372) / (1 + 0.5 * 0.3860) = 1.1053
        assertEquals(1.1053, up.hdampWeight(300.0), 1e-4);
        for (double pt = 0; pt < 1000; pt += 7.5) {
            assertEquals(1.0, TtbarTune.NOMINAL.hdampWeight(pt), 0.0);
            assertTrue(up.hdampWeight(pt) <= 1 + TtbarTune.HDAMP_HARDNESS);
        }
    }

    @Test
    void ue_variants_change_only_the_underlying_event_term_of_the_missing_momentum() {
        // Same seed: the UE term is the only difference, so every other quantity is identical event by
        // event, and metPx(variant) - metPx(nominal) = 6 GeV (sqrt(1.1) - 1) g with g ~ N(0, 1):
        // rms 0.2929 GeV for UE up, 6 (1 - sqrt(0.9)) = 0.3079 GeV for UE down; 4000 events estimate an
        // rms to 1/sqrt(8000) = 1.1 %, so 3 % is ~3 sigma.
        assertEquals(0.2929, ueMetShiftRms(SimProcess.TTBAR_UE_UP), 0.2929 * 0.03);
        assertEquals(0.3079, ueMetShiftRms(SimProcess.TTBAR_UE_DOWN), 0.3079 * 0.03);
    }

    /** Steps the nominal and a UE generator in lockstep; asserts the shared truth; returns the rms shift. */
    private static double ueMetShiftRms(SimProcess variant) {
        EventGenerator nominal = new EventGenerator(SimProcess.TTBAR);
        EventGenerator ue = new EventGenerator(variant);
        nominal.reseed(99L);
        ue.reseed(99L);
        double sum2 = 0;
        int n = 0;
        while (n < 4000) {
            boolean kept = nominal.next();
            assertEquals(kept, ue.next());
            if (kept) {
                EventRecord a = nominal.record();
                EventRecord b = ue.record();
                assertArrayEquals(a.top, b.top, 0.0, "parton-level top");
                assertArrayEquals(a.jetPt, b.jetPt, 0.0, "reconstructed jets");
                assertEquals(a.muonPt[0], b.muonPt[0], 0.0);
                double d = b.metPx - a.metPx;
                assertEquals(d, b.puppiMetPx - a.puppiMetPx, 1e-9, "the UE term is shared by PF and PUPPI");
                sum2 += d * d;
                n++;
            }
        }
        return Math.sqrt(sum2 / n);
    }

    @Test
    void cr1_raises_the_out_of_cone_loss_and_lowers_the_b_jet_response_by_half_a_percent() {
        // E[min(0.4, Exp(mu))] = mu (1 - e^(-0.4/mu)): nominal 0.0400, CR1 light 0.0440, CR1 b 0.0440 + 0.005
        assertEquals(1 - 0.0400, meanJetResponse(ColourReconnection.NOMINAL, 5), 5e-4);
        assertEquals(1 - 0.0440, meanJetResponse(ColourReconnection.QCD_INSPIRED, 0), 5e-4);
        assertEquals(1 - 0.0490, meanJetResponse(ColourReconnection.QCD_INSPIRED, 5), 5e-4);
        assertEquals(1 - 0.0400, meanJetResponse(ColourReconnection.GLUON_MOVE, 5), 5e-4);
    }

    /** Mean particle-level jet pT / parton pT of a lone 100 GeV parton (sd of the loss 0.04: 1e-4 over 1e5). */
    private static double meanJetResponse(ColourReconnection cr, int flavour) {
        SplittableRandom rng = new SplittableRandom(7L);
        EventRecord ev = new EventRecord();
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            ev.clear();
            ev.addParton(new double[] {100, 0, 0, 100}, 0, flavour);
            ParticleLevel.buildJets(rng, ev, cr);
            sum += Lorentz.pt(ev.genJet, 0) / 100;
        }
        return sum / n;
    }

    @Test
    void cr2_merges_partons_up_to_delta_r_0_44_and_the_others_keep_the_jet_radius() {
        assertEquals(1, jetsOfTwoPartons(0.42, ColourReconnection.GLUON_MOVE));
        assertEquals(2, jetsOfTwoPartons(0.42, ColourReconnection.NOMINAL));
        assertEquals(2, jetsOfTwoPartons(0.42, ColourReconnection.QCD_INSPIRED));
        assertEquals(2, jetsOfTwoPartons(0.46, ColourReconnection.GLUON_MOVE));
        assertEquals(1, jetsOfTwoPartons(0.38, ColourReconnection.NOMINAL));
    }

    private static int jetsOfTwoPartons(double deltaPhi, ColourReconnection cr) {
        EventRecord ev = new EventRecord();
        ev.clear();
        ev.addParton(new double[] {100, 0, 0, 100}, 0, 0);
        ev.addParton(new double[] {40 * Math.cos(deltaPhi), 40 * Math.sin(deltaPhi), 0, 40}, 0, 0);
        ParticleLevel.buildJets(new SplittableRandom(5), ev, cr);
        return ev.nGenJets;
    }
}
