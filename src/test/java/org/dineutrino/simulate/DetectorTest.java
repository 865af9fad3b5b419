package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DetectorTest {

    @Test
    void muon_resolution_follows_the_delphes_parametrisation() {
        // sqrt(0.01^2 + (1e-4 * 50)^2) = 0.01118 in the central barrel
        assertEquals(0.011180, Detector.muonResolution(50, 0.2), 1e-6);
        assertEquals(Math.sqrt(0.025 * 0.025 + 3.5e-4 * 3.5e-4 * 100 * 100), Detector.muonResolution(100, 2.0), 1e-12);
    }

    @Test
    void electrons_in_the_barrel_endcap_gap_are_found_half_as_often() {
        assertEquals(0.95, Detector.electronRecoEfficiency(1.0), 0.0);
        assertEquals(0.425, Detector.electronRecoEfficiency(1.5), 1e-12);
        assertEquals(0.85, Detector.electronRecoEfficiency(2.0), 0.0);
    }

    @Test
    void missing_momentum_is_minus_the_vector_sum_of_what_was_seen() {
        // one central 100 GeV muon along x, no jets, no pileup: p_T^miss = -muon + underlying-event noise
        EventRecord ev = new EventRecord();
        Detector.MetSums sums = new Detector.MetSums();
        SplittableRandom rng = new SplittableRandom(14);
        int n = 40_000;
        int found = 0;
        double sumX = 0;
        double sumY2 = 0;
        for (int i = 0; i < n; i++) {
            ev.clear();
            ev.addLepton(new double[] {100, 0, 0, 100}, 0, 13, false);
            java.util.Arrays.fill(ev.photon, 0.0);
            java.util.Arrays.fill(ev.dressed, 0, 4, 0.0);
            Lorentz.copy(ev.lepton, 0, ev.dressed, 0);
            ev.nPU = 0;
            ev.rho = 0;
            Detector.reconstruct(rng, ev, sums);
            if (ev.nMuons == 1) {
                found++;
                sumX += ev.metPx;
                sumY2 += ev.metPy * ev.metPy;
            }
        }
        // efficiency 0.95 (binomial error 0.001); mean -100 GeV (error 0.03); y spread = sigma_UE = 6 GeV
        assertEquals(Detector.MUON_RECO_EFFICIENCY, (double) found / n, 0.005);
        assertEquals(-100.0, sumX / found, 0.2);
        assertEquals(Detector.SIGMA_UNDERLYING_EVENT, Math.sqrt(sumY2 / found), 0.1);
    }

    @Test
    void calibrated_response_is_one_for_hard_central_light_jets() {
        assertEquals(1.0, Detector.meanResponse(500, 0.5, 0), 1e-6);
        assertEquals(1.0 - 0.015, Detector.meanResponse(500, 0.5, 5), 1e-6);
        assertEquals(1.03, Detector.meanResponse(15, 0.5, 0), 1e-12);
    }
}
