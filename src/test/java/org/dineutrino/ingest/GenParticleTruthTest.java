package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.WDecay;
import org.junit.jupiter.api.Test;

/**
 * Particle-level quantities on generator records built by hand, laid out as NanoAOD stores
 * them (mother index within the event, copies of a particle linked by the same PDG id).
 * Expected values are worked out by hand in each test.
 */
class GenParticleTruthTest {

    private static final double EXACT = 1e-12;

    /**
     * tt-bar to e+ nu_e b, tau- nu_tau-bar b-bar with tau- to mu- nu_mu-bar nu_tau: the nu_e has
     * a second copy (pt 31) after the shower; the neutrinos of the tau decay are not prompt.
     */
    private static Events dileptonTtbar() {
        return new Events().event()
                .particle(21, -1, 0, 0, 0, 0).particle(21, -1, 0, 0, 0, 0)
                .particle(6, 0, 90, 0.4, 1.0, 172.0).particle(-6, 0, 80, -0.3, -2.0, 172.5)
                .particle(6, 2, 100, 0.5, 1.1, 172.5)
                .particle(24, 4, 50, 0.1, 1.0, 80.4).particle(5, 4, 60, 0.2, 1.2, 4.8)
                .particle(-24, 3, 40, 0, -2.0, 80.4).particle(-5, 3, 45, 0, -2.1, 4.8)
                .particle(-11, 5, 35, 0, 0.5, 0).particle(12, 5, 30, 0, 0.0, 0)
                .particle(15, 7, 30, 0, -2.0, 1.777).particle(-16, 7, 40, 0, Math.PI / 2, 0)
                .particle(15, 11, 29, 0, -2.0, 1.777)
                .particle(13, 13, 20, 0, -2.0, 0).particle(-14, 13, 5, 0, -2.0, 0).particle(16, 13, 4, 0, -2.0, 0)
                .particle(12, 10, 31, 0, 0.0, 0);
    }

    @Test
    void prompt_neutrinos_are_those_from_w_bosons_taken_at_their_last_copy() {
        Events ev = dileptonTtbar();
        double[] pt = new double[1];
        double[] phi = new double[1];
        GenParticleTruth.promptNeutrinoSum(ev.offsets(), ev.pdgId(), ev.mother(), ev.child(), ev.pt(), ev.phi(),
                pt, phi);
        // nu_e last copy (31, 0) + nu_tau-bar (0, 40): |sum| = sqrt(31^2 + 40^2), phi = atan2(40, 31).
        assertEquals(Math.sqrt(31 * 31 + 40 * 40), pt[0], EXACT);
        assertEquals(Math.atan2(40, 31), phi[0], EXACT);
    }

    @Test
    void the_w_plus_fills_the_first_slot_and_a_tau_is_classified_by_its_daughters() {
        Events ev = dileptonTtbar();
        int[][] decays = decays(ev);
        assertEquals(WDecay.ELECTRON.code(), decays[0][0]);
        assertEquals(WDecay.TAU_TO_MUON.code(), decays[1][0]);
    }

    @Test
    void the_top_quarks_are_taken_at_their_last_copy() {
        Events ev = dileptonTtbar();
        double[][] top = {new double[1], new double[1], new double[1], new double[1]};
        GenParticleTruth.lastCopyKinematics(ev.offsets(), ev.pdgId(), ev.child(), 6, ev.pt(), ev.eta(), ev.phi(),
                ev.mass(), top);
        assertArrayEquals(new double[] {100, 0.5, 1.1, 172.5}, new double[] {top[0][0], top[1][0], top[2][0],
                top[3][0]}, EXACT);
        double[][] antitop = {new double[1], new double[1], new double[1], new double[1]};
        GenParticleTruth.lastCopyKinematics(ev.offsets(), ev.pdgId(), ev.child(), -6, ev.pt(), ev.eta(),
                ev.phi(), ev.mass(), antitop);
        assertEquals(80, antitop[0][0], EXACT, "the antitop has a single copy");
    }

    @Test
    void a_z_gives_both_legs_negative_lepton_first() {
        // Z to tau- tau+: tau- to pi- nu_tau (hadronic), tau+ to e+ nu_e nu_tau-bar.
        Events ev = new Events().event()
                .particle(1, -1, 0, 0, 0, 0).particle(-1, -1, 0, 0, 0, 0).particle(23, 0, 10, 0, 0, 91.2)
                .particle(15, 2, 40, 0, 0, 1.777).particle(-15, 2, 45, 0, 3, 1.777)
                .particle(-211, 3, 30, 0, 0, 0.14).particle(16, 3, 10, 0, 0, 0)
                .particle(-11, 4, 20, 0, 3, 0).particle(12, 4, 15, 0, 3, 0).particle(-16, 4, 10, 0, 3, 0);
        int[][] decays = decays(ev);
        assertEquals(WDecay.TAU_TO_HADRONS.code(), decays[0][0]);
        assertEquals(WDecay.TAU_TO_ELECTRON.code(), decays[1][0]);
    }

    @Test
    void a_single_hadronic_w_fills_the_first_slot_and_an_empty_event_has_none() {
        Events ev = new Events()
                .event().particle(2, -1, 0, 0, 0, 0).particle(-24, 0, 20, 0, 0, 80).particle(1, 1, 40, 0, 0, 0)
                .particle(-2, 1, 40, 0, 3, 0)
                .event();
        int[][] decays = decays(ev);
        assertArrayEquals(new int[] {WDecay.HADRONIC.code(), WDecay.NONE.code()}, decays[0]);
        assertArrayEquals(new int[] {WDecay.NONE.code(), WDecay.NONE.code()}, decays[1]);
        double[] pt = new double[2];
        double[] phi = new double[2];
        GenParticleTruth.promptNeutrinoSum(ev.offsets(), ev.pdgId(), ev.mother(), ev.child(), ev.pt(), ev.phi(),
                pt, phi);
        assertArrayEquals(new double[] {0, 0}, pt, "no neutrino");
    }

    @Test
    void neutralinos_are_counted_once_each() {
        // Two neutralinos at phi 0 and pi/2, 100 GeV each; the first has a second copy.
        Events ev = new Events().event()
                .particle(1000006, -1, 0, 0, 0, 525).particle(1000022, 0, 100, 0, 0, 350)
                .particle(1000022, 1, 100, 0, 0, 350).particle(1000022, -1, 100, 0, Math.PI / 2, 350);
        double[] pt = new double[1];
        double[] phi = new double[1];
        GenParticleTruth.neutralinoSum(ev.offsets(), ev.pdgId(), ev.child(), ev.pt(), ev.phi(), pt, phi);
        assertEquals(100 * Math.sqrt(2), pt[0], EXACT);
        assertEquals(Math.PI / 4, phi[0], EXACT);
    }

    @Test
    void finds_a_mother_index_outside_its_event() {
        Events ev = new Events().event().particle(24, -1, 0, 0, 0, 0)
                .event().particle(24, -1, 0, 0, 0, 0).particle(11, 0, 1, 0, 0, 0).particle(12, 5, 1, 0, 0, 0);
        assertEquals(3, GenParticleTruth.firstBadMother(ev.offsets(), ev.mother()), "index 5 in a 3-particle event");
        Events self = new Events().event().particle(24, -1, 0, 0, 0, 0).particle(24, 1, 0, 0, 0, 0);
        assertEquals(1, GenParticleTruth.firstBadMother(self.offsets(), self.mother()), "its own mother");
        assertEquals(-1, GenParticleTruth.firstBadMother(dileptonTtbar().offsets(), dileptonTtbar().mother()));
    }

    private static int[][] decays(Events ev) {
        int n = ev.offsets().length - 1;
        int[][] out = {new int[n], new int[n]};
        GenParticleTruth.bosonDecays(ev.offsets(), ev.pdgId(), ev.mother(), ev.child(), out[0], out[1]);
        return new int[][] {out[0], out[1]};
    }

    /** Builds a batch of generator records; {@code particle} appends to the last event. */
    private static final class Events {
        private final List<Integer> counts = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();

        Events event() {
            counts.add(0);
            return this;
        }

        Events particle(int pdgId, int mother, double pt, double eta, double phi, double mass) {
            counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            rows.add(new double[] {pdgId, mother, pt, eta, phi, mass});
            return this;
        }

        int[] offsets() {
            return org.dineutrino.event.Jagged.offsets(counts.stream().mapToInt(Integer::intValue).toArray());
        }

        int[] pdgId() {
            return rows.stream().mapToInt(r -> (int) r[0]).toArray();
        }

        int[] mother() {
            return rows.stream().mapToInt(r -> (int) r[1]).toArray();
        }

        double[] pt() {
            return column(2);
        }

        double[] eta() {
            return column(3);
        }

        double[] phi() {
            return column(4);
        }

        double[] mass() {
            return column(5);
        }

        int[] child() {
            return GenParticleTruth.sameIdChild(offsets(), pdgId(), mother());
        }

        private double[] column(int k) {
            return rows.stream().mapToDouble(r -> r[k]).toArray();
        }
    }
}
