package org.dineutrino.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dineutrino.event.EventBatch;
import org.dineutrino.testing.Events;
import org.junit.jupiter.api.Test;

class RecoSelectionTest {

    /** Float round-off of the kinematic formulas on values of order 100 GeV. */
    private static final double TOLERANCE = 1e-9;

    private static RecoSelection.Result select(Events events) {
        EventBatch batch = events.build();
        return RecoSelection.select(batch, SelectionCuts.defaults(), batch.doubles("puppiMet"),
                batch.doubles("puppiMetPhi"));
    }

    /** An e-mu event that passes everything: back-to-back leptons, two jets far from them, one b tag. */
    private static Events.Event goodEmu(Events events) {
        return events.add()
                .muon(60, 0.5, 0.0, +1)
                .electron(40, -0.5, Math.PI, -1)
                .jet(80, 1.0, Math.PI / 2, 0.9)
                .jet(50, -1.0, -Math.PI / 2, 0.01)
                .met(50, 1.0);
    }

    @Test
    void an_emu_event_passing_every_cut_is_selected_in_the_emu_channel() {
        Events events = new Events();
        goodEmu(events);
        RecoSelection.Result r = select(events);
        assertTrue(r.selected(0));
        assertEquals(Channel.EMU.ordinal(), r.channel()[0]);
        assertEquals(2, r.nJets()[0]);
        assertEquals(1, r.nBJets()[0]);
    }

    @Test
    void dilepton_mass_of_back_to_back_leptons_is_twice_the_geometric_mean_times_cosh() {
        Events events = new Events();
        goodEmu(events);
        // m^2 = 2 pT1 pT2 (cosh(1.0) - cos(pi)) = 4800 (cosh 1 + 1), by hand
        double expected = Math.sqrt(2 * 60 * 40 * (Math.cosh(1.0) + 1));
        assertEquals(expected, select(events).mll()[0], TOLERANCE);
    }

    @Test
    void min_delta_phi_is_the_smaller_angle_to_the_two_leptons() {
        Events events = new Events();
        goodEmu(events).met(50, 1.0);
        // leptons at phi 0 and pi: |1 - 0| = 1, |1 - pi| = 2.14; the minimum is 1
        assertEquals(1.0, select(events).minDeltaPhi()[0], TOLERANCE);
    }

    @Test
    void subleading_lepton_exactly_at_threshold_passes_and_just_below_fails() {
        Events events = new Events();
        goodEmu(events);
        events.add().muon(60, 0.5, 0.0, +1).electron(20.0, -0.5, Math.PI, -1)
                .jet(80, 1.0, Math.PI / 2, 0.9).jet(50, -1.0, -Math.PI / 2, 0.01).met(50, 1);
        events.add().muon(60, 0.5, 0.0, +1).electron(19.999, -0.5, Math.PI, -1)
                .jet(80, 1.0, Math.PI / 2, 0.9).jet(50, -1.0, -Math.PI / 2, 0.01).met(50, 1);
        RecoSelection.Result r = select(events);
        assertTrue(r.stepsPassed()[1] >= 1, "pT = 20 GeV is >= 20");
        assertEquals(0, r.stepsPassed()[2], "pT = 19.999 GeV fails the dilepton step");
    }

    @Test
    void same_charge_pair_fails_the_dilepton_step() {
        Events events = new Events();
        events.add().muon(60, 0.5, 0.0, +1).electron(40, -0.5, Math.PI, +1);
        assertEquals(0, select(events).stepsPassed()[0]);
    }

    @Test
    void a_third_tight_lepton_above_15_gev_vetoes_the_event() {
        Events events = new Events();
        goodEmu(events).muon(16, 0.1, 2.0, -1);
        goodEmu(events).muon(14, 0.1, 2.0, -1);
        RecoSelection.Result r = select(events);
        assertEquals(1, r.stepsPassed()[0], "16 GeV third lepton: stops after DILEPTON");
        assertTrue(r.selected(1), "14 GeV third lepton is below the veto threshold");
    }

    @Test
    void electrons_in_the_barrel_endcap_gap_are_not_used() {
        Events events = new Events();
        events.add().muon(60, 0.5, 0.0, +1).electron(40, 1.5, Math.PI, -1)
                .jet(80, 1.0, Math.PI / 2, 0.9).jet(50, -1.0, -Math.PI / 2, 0.01).met(50, 1);
        assertEquals(0, select(events).stepsPassed()[0]);
    }

    @Test
    void same_flavour_pair_near_the_z_mass_fails_the_z_veto_but_emu_does_not() {
        Events events = new Events();
        // back-to-back at eta 0: m = sqrt(2 * 45.6 * 45.6 * 2) = 91.2 GeV
        events.add().muon(45.6, 0, 0, +1).muon(45.6, 0, Math.PI, -1)
                .jet(80, 1.0, Math.PI / 2, 0.9).jet(50, -1.0, -Math.PI / 2, 0.01).met(80, 1);
        events.add().muon(45.6, 0, 0, +1).electron(45.6, 0, Math.PI, -1)
                .jet(80, 1.0, Math.PI / 2, 0.9).jet(50, -1.0, -Math.PI / 2, 0.01).met(80, 1);
        RecoSelection.Result r = select(events);
        assertEquals(91.2, r.mll()[0], 1e-9);
        assertEquals(CutStep.Z_VETO.ordinal(), r.stepsPassed()[0]);
        assertTrue(r.selected(1));
    }

    @Test
    void same_flavour_needs_40_gev_of_met_and_emu_does_not() {
        Events events = new Events();
        events.add().muon(60, 0, 0, +1).muon(40, 0.5, 1.0, -1)
                .jet(80, 1.0, Math.PI / 2, 0.9).jet(50, -1.0, -Math.PI / 2, 0.01).met(39.9, 1);
        goodEmu(events).met(5, 1);
        RecoSelection.Result r = select(events);
        assertEquals(CutStep.MET.ordinal(), r.stepsPassed()[0]);
        assertTrue(r.selected(1));
    }

    @Test
    void jets_within_delta_r_04_of_a_lepton_are_not_counted() {
        Events events = new Events();
        events.add().muon(60, 0.5, 0.0, +1).electron(40, -0.5, Math.PI, -1)
                .jet(80, 0.5, 0.3, 0.9).jet(50, -1.0, -Math.PI / 2, 0.01).met(50, 1);
        RecoSelection.Result r = select(events);
        assertEquals(1, r.nJets()[0]);
        assertFalse(r.selected(0));
        assertEquals(CutStep.JETS.ordinal(), r.stepsPassed()[0]);
    }

    @Test
    void an_event_without_b_tag_stops_before_the_last_step() {
        Events events = new Events();
        events.add().muon(60, 0.5, 0.0, +1).electron(40, -0.5, Math.PI, -1)
                .jet(80, 1.0, Math.PI / 2, 0.0490).jet(50, -1.0, -Math.PI / 2, 0.01).met(50, 1);
        RecoSelection.Result r = select(events);
        assertEquals(CutStep.BTAG.ordinal(), r.stepsPassed()[0], "0.0490 is not above the threshold");
    }

    @Test
    void an_empty_batch_selects_nothing() {
        RecoSelection.Result r = select(new Events());
        assertEquals(0, r.stepsPassed().length);
    }

    @Test
    void cutflow_pass_plus_fail_equals_total_at_every_step() {
        Events events = new Events();
        goodEmu(events).weight(2.0);
        events.add().muon(60, 0.5, 0.0, +1).electron(40, -0.5, Math.PI, +1).weight(3.0);
        goodEmu(events).muon(16, 0.1, 2.0, -1).weight(0.5);
        EventBatch batch = events.build();
        RecoSelection.Result r = RecoSelection.select(batch, SelectionCuts.defaults(), batch.doubles("puppiMet"),
                batch.doubles("puppiMetPhi"));
        Cutflow cf = new Cutflow();
        cf.fill(r, batch.doubles("genWeight"));
        assertEquals(5.5, cf.sumWeights(0, Cutflow.TOTAL), 1e-12);
        assertEquals(2.5, cf.sumWeights(1, Cutflow.TOTAL), 1e-12, "the same-charge event fails the first step");
        assertEquals(2.0, cf.sumWeights(cf.nRows() - 1, Cutflow.TOTAL), 1e-12);
        assertEquals(2.0, cf.sumWeights(cf.nRows() - 1, Channel.EMU.ordinal()), 1e-12);
        assertEquals(1, cf.count(cf.nRows() - 1, Cutflow.TOTAL));
    }
}
