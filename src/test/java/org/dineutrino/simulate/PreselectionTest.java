package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dineutrino.event.WDecay;
import org.junit.jupiter.api.Test;

class PreselectionTest {

    private static EventRecord muons(double pt1, double pt2, double deltaEta) {
        EventRecord ev = new EventRecord();
        ev.clear();
        ev.nMuons = 2;
        ev.muonPt[0] = pt1;
        ev.muonPt[1] = pt2;
        ev.muonEta[0] = 0.0;
        ev.muonEta[1] = deltaEta;
        ev.muonPhi[0] = 0.0;
        ev.muonPhi[1] = 0.0;
        return ev;
    }

    @Test
    void two_reconstructed_leptons_above_fifteen_gev_with_mass_above_ten_pass() {
        // collinear in phi, Delta eta = 1: m^2 = 2 * 16 * 16 * (cosh 1 - 1) = 277 GeV^2, m = 16.6 GeV
        assertTrue(Preselection.passesReconstructed(muons(16, 16, 1.0)));
        assertFalse(Preselection.passesReconstructed(muons(16, 14.9, 1.0)), "second lepton below 15 GeV");
        // Delta eta = 0.3: m = 16 * sqrt(2 (cosh 0.3 - 1)) = 4.8 GeV
        assertFalse(Preselection.passesReconstructed(muons(16, 16, 0.3)), "pair mass below 10 GeV");
    }

    @Test
    void the_pair_mass_uses_the_two_leading_leptons() {
        EventRecord ev = muons(40, 16, 0.3);
        ev.nElectrons = 1;
        ev.electronPt[0] = 30;
        ev.electronEta[0] = 1.5;
        ev.electronPhi[0] = 0.0;
        // leading pair is (40, 30) with Delta eta 1.5: m = 2 * sqrt(40 * 30) * sinh(0.75) = 56.9 GeV
        assertTrue(Preselection.passesReconstructed(ev));
    }

    private static EventRecord fiducialEmu(WDecay d1, WDecay d2, double nuNuPt) {
        EventRecord ev = new EventRecord();
        ev.clear();
        ev.twoWs = true;
        ev.decay1 = d1.code();
        ev.decay2 = d2.code();
        ev.addLepton(new double[] {50, 0, 0, 50}, 0, -11, false);
        ev.addLepton(new double[] {-40, 0, 0, 40}, 0, 13, false);
        Lorentz.copy(ev.lepton, 0, ev.dressed, 0);
        Lorentz.copy(ev.lepton, 4, ev.dressed, 4);
        ev.nGenJets = 2;
        Lorentz.set(ev.genJet, 0, 0, 60, 0, 60);
        Lorentz.set(ev.genJet, 4, 0, -45, 0, 45);
        ev.genJetFlavour[0] = 5;
        ev.genJetFlavour[1] = 5;
        ev.promptNuPx = nuNuPt;
        return ev;
    }

    @Test
    void fiducial_region_needs_prompt_light_leptons_and_two_b_jets() {
        assertTrue(Preselection.isFiducial(fiducialEmu(WDecay.ELECTRON, WDecay.MUON, 10)));
        assertFalse(Preselection.isFiducial(fiducialEmu(WDecay.TAU_TO_ELECTRON, WDecay.MUON, 10)), "tau decays");
        EventRecord oneB = fiducialEmu(WDecay.ELECTRON, WDecay.MUON, 10);
        oneB.genJetFlavour[1] = 0;
        assertFalse(Preselection.isFiducial(oneB), "one b jet");
    }

    @Test
    void same_flavour_fiducial_events_need_forty_gev_of_pt_nunu() {
        EventRecord low = fiducialEmu(WDecay.ELECTRON, WDecay.ELECTRON, 39.9);
        low.leptonPdgId[1] = 11;
        EventRecord high = fiducialEmu(WDecay.ELECTRON, WDecay.ELECTRON, 40.1);
        high.leptonPdgId[1] = 11;
        assertFalse(Preselection.isFiducial(low));
        assertTrue(Preselection.isFiducial(high));
    }

    @Test
    void neutralinos_count_in_the_same_flavour_pt_nunu_of_t2tt_events() {
        EventRecord stops = fiducialEmu(WDecay.ELECTRON, WDecay.ELECTRON, 30.0);
        stops.leptonPdgId[1] = 11;
        assertFalse(Preselection.isFiducial(stops), "30 GeV of W neutrinos alone");
        // a neutralino pair of (0, 40) GeV: |(30, 40)| = 50 GeV in the BSM definition
        stops.setNeutralino(1, new double[] {0, 40, 0, 400}, 0);
        assertTrue(Preselection.isFiducial(stops));
    }
}
