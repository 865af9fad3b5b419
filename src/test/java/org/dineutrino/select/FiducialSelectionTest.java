package org.dineutrino.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dineutrino.event.WDecay;
import org.dineutrino.testing.Events;
import org.junit.jupiter.api.Test;

class FiducialSelectionTest {

    private static FiducialSelection.Result select(Events events) {
        return FiducialSelection.select(events.build(), FiducialCuts.defaults(), false);
    }

    private static Events.Event fiducialEmu(Events events) {
        return events.add().decays(WDecay.MUON, WDecay.ELECTRON)
                .genLepton(50, 0.3, 0.0, -13).genLepton(35, -0.2, 2.0, 11)
                .genJet(70, 0.5, 1.0, 5).genJet(45, -1.0, -2.0, 5).nuNu(30, -1.0);
    }

    @Test
    void an_emu_event_with_two_b_jets_is_fiducial_whatever_its_pt_nunu() {
        Events events = new Events();
        fiducialEmu(events);
        FiducialSelection.Result r = select(events);
        assertTrue(r.fiducial()[0]);
        assertEquals(Channel.EMU.ordinal(), r.channel()[0]);
    }

    @Test
    void a_tau_in_either_w_decay_is_not_signal() {
        Events events = new Events();
        fiducialEmu(events).decays(WDecay.TAU_TO_MUON, WDecay.ELECTRON);
        assertFalse(select(events).fiducial()[0]);
    }

    @Test
    void same_flavour_needs_pt_nunu_above_40_gev() {
        Events events = new Events();
        events.add().decays(WDecay.MUON, WDecay.MUON).genLepton(50, 0.3, 0.0, -13).genLepton(35, -0.2, 2.0, 13)
                .genJet(70, 0.5, 1.0, 5).genJet(45, -1.0, -2.0, 5).nuNu(40.5, 1);
        events.add().decays(WDecay.MUON, WDecay.MUON).genLepton(50, 0.3, 0.0, -13).genLepton(35, -0.2, 2.0, 13)
                .genJet(70, 0.5, 1.0, 5).genJet(45, -1.0, -2.0, 5).nuNu(39.5, 1);
        FiducialSelection.Result r = select(events);
        assertTrue(r.fiducial()[0]);
        assertFalse(r.fiducial()[1]);
    }

    @Test
    void one_b_jet_is_not_enough() {
        Events events = new Events();
        events.add().decays(WDecay.MUON, WDecay.ELECTRON).genLepton(50, 0.3, 0.0, -13).genLepton(35, -0.2, 2.0, 11)
                .genJet(70, 0.5, 1.0, 5).genJet(45, -1.0, -2.0, 0).nuNu(30, 1);
        assertFalse(select(events).fiducial()[0]);
    }

    @Test
    void min_delta_phi_uses_the_prompt_neutrinos_and_the_dressed_leptons() {
        Events events = new Events();
        fiducialEmu(events).nuNu(30, -1.0);
        // leptons at phi 0 and 2: |-1 - 0| = 1, |-1 - 2| = 3; minimum 1
        assertEquals(1.0, select(events).minDeltaPhi()[0], 1e-12);
    }

    @Test
    void neutralinos_enter_pt_nunu_only_in_the_bsm_definition() {
        Events events = new Events();
        fiducialEmu(events).nuNu(30, 0.0);
        var batch = events.build();
        double[] chiPt = batch.doubles("genChiChiPt");
        double[] chiPhi = batch.doubles("genChiChiPhi");
        chiPt[0] = 40;
        chiPhi[0] = Math.PI / 2;
        assertEquals(30, FiducialSelection.select(batch, FiducialCuts.defaults(), false).ptNuNu()[0], 1e-12);
        assertEquals(50, FiducialSelection.select(batch, FiducialCuts.defaults(), true).ptNuNu()[0], 1e-12,
                "3-4-5 triangle");
    }
}
