package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleFactorWeightsTest {

    /** Double round-off of a product of a few factors near 1. */
    private static final double ROUND_OFF = 1e-12;

    @Test
    void lepton_weight_multiplies_the_two_leading_tight_leptons_by_one_plus_minus_delta() {
        EventRecord ev = new EventRecord();
        addMuon(ev, 40, 0.5, 1);
        addMuon(ev, 80, 0.3, 0);
        addElectron(ev, 30, 2.0, 1);
        addElectron(ev, 12, 0.1, 1);
        // hand values: muon 0.4 % (1 + e^-2), endcap electron 1.5 % (1 + e^-1); the loose muon and the
        // third tight lepton do not count
        double muon = 0.004 * (1 + Math.exp(-2.0));
        double electron = 0.015 * (1 + Math.exp(-1.0));
        assertEquals((1 + muon) * (1 + electron), ScaleFactorWeights.leptons(ev, 1), ROUND_OFF);
        assertEquals((1 - muon) * (1 - electron), ScaleFactorWeights.leptons(ev, -1), ROUND_OFF);
    }

    @Test
    void trigger_weight_follows_the_channel_of_the_two_leading_tight_leptons() {
        EventRecord ev = new EventRecord();
        addElectron(ev, 50, 0.2, 1);
        assertEquals(1.0, ScaleFactorWeights.trigger(ev, 1), 0.0);
        addMuon(ev, 30, 0.2, 1);
        assertEquals(1.007, ScaleFactorWeights.trigger(ev, 1), ROUND_OFF);
        addMuon(ev, 60, 0.2, 1);
        assertEquals(0.993, ScaleFactorWeights.trigger(ev, -1), ROUND_OFF);
        addMuon(ev, 55, 0.2, 1);
        assertEquals(0.995, ScaleFactorWeights.trigger(ev, -1), ROUND_OFF);
    }

    @Test
    void btag_weight_is_the_1a_ratio_of_probabilities() {
        EventRecord ev = new EventRecord();
        addJet(ev, 50, 0.0, 5, 0.9);
        addJet(ev, 40, 1.0, 0, 0.01);
        addJet(ev, 25, 0.0, 5, 0.9);
        addJet(ev, 60, 2.6, 4, 0.0);
        double light = BTagging.efficiency(40, 1.0, 0, 0);
        // P(data)/P(MC): tagged b -> SF_b; untagged light -> (1 - SF_l eps)/(1 - eps); the 25 GeV and the
        // |eta| = 2.6 jets are outside the b-tag acceptance
        assertEquals(1.02, ScaleFactorWeights.btag(ev, 1.02, 1.04, 1.0), ROUND_OFF);
        assertEquals((1 - 1.08 * light) / (1 - light), ScaleFactorWeights.btag(ev, 1.0, 1.0, 1.08), ROUND_OFF);
    }

    @Test
    void btag_weight_with_unit_scale_factors_is_exactly_one_on_simulated_events() {
        int[] checked = new int[1];
        SimulatedSamples.forEachGenerated(SimProcess.TTBAR, 3L, 60_000, ev -> {
            if (ev.nJets > 0) {
                assertEquals(1.0, ScaleFactorWeights.btag(ev, 1, 1, 1), 0.0);
                checked[0]++;
            }
        });
        assertTrue(checked[0] > 1000, checked[0] + " events with jets");
    }

    @Test
    void tagged_jets_raise_the_up_weight_and_untagged_ones_lower_it() {
        EventRecord tagged = new EventRecord();
        addJet(tagged, 70, 0.3, 5, 0.8);
        addJet(tagged, 50, -0.3, 0, 0.5);
        assertTrue(ScaleFactorWeights.btag(tagged, 1.02, 1.04, 1) > 1);
        assertTrue(ScaleFactorWeights.btag(tagged, 0.98, 0.96, 1) < 1);
        assertTrue(ScaleFactorWeights.btag(tagged, 1, 1, 1.08) > 1);
        EventRecord untagged = new EventRecord();
        addJet(untagged, 70, 0.3, 5, 0.01);
        addJet(untagged, 50, -0.3, 0, 0.01);
        assertTrue(ScaleFactorWeights.btag(untagged, 1.02, 1.04, 1) < 1);
        assertTrue(ScaleFactorWeights.btag(untagged, 1, 1, 1.08) < 1);
    }

    private static void addMuon(EventRecord ev, double pt, double eta, int tight) {
        int i = ev.nMuons++;
        ev.muonPt[i] = pt;
        ev.muonEta[i] = eta;
        ev.muonTight[i] = tight;
    }

    private static void addElectron(EventRecord ev, double pt, double eta, int tight) {
        int i = ev.nElectrons++;
        ev.electronPt[i] = pt;
        ev.electronEta[i] = eta;
        ev.electronTight[i] = tight;
    }

    private static void addJet(EventRecord ev, double pt, double eta, int flavour, double btag) {
        int i = ev.nJets++;
        ev.jetPt[i] = pt;
        ev.jetEta[i] = eta;
        ev.jetFlavour[i] = flavour;
        ev.jetBtag[i] = btag;
    }
}
