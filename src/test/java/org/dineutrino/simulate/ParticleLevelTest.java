package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParticleLevelTest {

    /** Out-of-cone losses are random: this bounds them (at most 40 %, mean 4 %). */
    private static final double MAX_LOSS = 0.4;

    private static EventRecord twoPartons(double deltaPhi, int flavour1, int flavour2) {
        EventRecord ev = new EventRecord();
        ev.clear();
        ev.addParton(new double[] {100, 0, 0, 100}, 0, flavour1);
        ev.addParton(new double[] {40 * Math.cos(deltaPhi), 40 * Math.sin(deltaPhi), 0, 40}, 0, flavour2);
        return ev;
    }

    @Test
    void partons_closer_than_the_jet_radius_form_one_jet_with_the_heavier_flavour() {
        EventRecord ev = twoPartons(0.3, 0, 5);
        ParticleLevel.buildJets(new SplittableRandom(1), ev);
        assertEquals(1, ev.nGenJets);
        assertEquals(5, ev.genJetFlavour[0]);
        assertEquals(140, Lorentz.pt(ev.genJet, 0), 140 * MAX_LOSS);
    }

    @Test
    void partons_farther_than_the_jet_radius_form_two_jets_sorted_by_pt() {
        EventRecord ev = twoPartons(0.5, 0, 4);
        ParticleLevel.buildJets(new SplittableRandom(2), ev);
        assertEquals(2, ev.nGenJets);
        assertEquals(0, ev.genJetFlavour[0]);
        assertEquals(4, ev.genJetFlavour[1]);
    }

    @Test
    void momentum_lost_by_jets_is_unclustered_not_lost() {
        EventRecord ev = twoPartons(Math.PI, 0, 0);
        ev.addParton(new double[] {0, 5, 0, 5}, 0, 0);
        ParticleLevel.buildJets(new SplittableRandom(3), ev);
        double px = ev.unclusteredPx;
        double py = ev.unclusteredPy;
        for (int j = 0; j < ev.nGenJets; j++) {
            px += ev.genJet[4 * j];
            py += ev.genJet[4 * j + 1];
        }
        // partons sum to (60, 5): the 5 GeV parton is below the 10 GeV jet threshold
        assertEquals(2, ev.nGenJets);
        assertEquals(60.0, px, 1e-9);
        assertEquals(5.0, py, 1e-9);
    }

    @Test
    void dressing_adds_back_collinear_photons_and_conserves_momentum() {
        SplittableRandom rng = new SplittableRandom(4);
        EventRecord ev = new EventRecord();
        double[] scratch = new double[3];
        int radiated = 0;
        for (int i = 0; i < 20_000; i++) {
            ev.clear();
            ev.addLepton(new double[] {30, 40, 0, 50}, 0, 11, false);
            ParticleLevel.radiateAndDress(rng, ev, scratch);
            for (int k = 0; k < 4; k++) {
                assertEquals(new double[] {30, 40, 0, 50}[k], ev.lepton[k] + ev.photon[k], 1e-9);
            }
            if (ev.photon[3] > 0) {
                radiated++;
                boolean inside = ParticleLevel.photonDistance(ev, 0) < ParticleLevel.DRESSING_CONE;
                assertEquals(inside ? 50.0 : ev.lepton[3], ev.dressed[3], 1e-9);
            }
        }
        // electron FSR probability 0.12: binomial error 0.0023
        assertEquals(0.12, radiated / 20_000.0, 0.01);
    }
}
