package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.WDecay;
import org.junit.jupiter.api.Test;

class DibosonEventsTest {

    /** W -&gt; e, mu, tau and tau -&gt; e, mu branching fractions (DESIGN.md, note sec. 3.3). */
    private static final double BE = 0.1083;
    private static final double BMU = 0.1094;
    private static final double BTAU = 0.1077;
    private static final double BHAD = 0.6746;
    private static final double TAU_TO_LIGHT = 0.1782 + 0.1739;
    /** Z -&gt; l l per flavour, nu nu, hadrons (PDG). */
    private static final double ZLL = 0.03366;
    private static final double ZNUNU = 0.2000;
    private static final double ZHAD = 0.6991;

    @Test
    void ww_events_with_two_light_leptons_occur_at_the_product_of_the_w_branching_fractions() {
        double perW = BE + BMU + BTAU * TAU_TO_LIGHT;
        assertKinematicFraction(SimProcess.WW, perW * perW, 2);
    }

    @Test
    void zz_events_are_kept_when_the_two_zs_give_two_or_four_light_leptons() {
        double zTotal = 3 * ZLL + ZNUNU + ZHAD;
        double twoLight = (2 * ZLL + ZLL * TAU_TO_LIGHT * TAU_TO_LIGHT) / zTotal;
        double noLepton = (ZNUNU + ZHAD) / zTotal;
        // two light leptons from one Z and none (nor a hadronic tau) from the other, or from both
        assertKinematicFraction(SimProcess.ZZ, twoLight * (twoLight + 2 * noLepton), 2);
    }

    @Test
    void wz_events_need_a_leptonic_z_and_the_w_without_a_hadronic_tau() {
        double zTotal = 3 * ZLL + ZNUNU + ZHAD;
        double twoLight = (2 * ZLL + ZLL * TAU_TO_LIGHT * TAU_TO_LIGHT) / zTotal;
        double wLight = BE + BMU + BTAU * TAU_TO_LIGHT;
        assertKinematicFraction(SimProcess.WZ, twoLight * (wLight + BHAD), 2);
    }

    /** Generated events that reach the kinematics (at least minLeptons prompt leptons) against the expectation. */
    private static void assertKinematicFraction(SimProcess process, double expected, int minLeptons) {
        int n = 200_000;
        long[] withKinematics = {0};
        SimulatedSamples.forEachGenerated(process, 5L, n, ev -> withKinematics[0] += ev.nLeptons >= minLeptons ? 1 : 0);
        double sigma = Math.sqrt(expected * (1 - expected) / n);
        assertEquals(expected, (double) withKinematics[0] / n, 4 * sigma, process.key());
    }

    @Test
    void third_and_fourth_leptons_are_reconstructed_at_the_lepton_efficiencies() {
        assertAtLeastThreeLeptons(SimProcess.WZ, 3);
        assertAtLeastThreeLeptons(SimProcess.ZZ, 4);
    }

    /**
     * Among events whose nPrompt prompt leptons (no tau) all have pT &gt; 25 GeV and lie in the
     * detector, the number with at least three reconstructed leptons is the sum over events of
     * P(at least 3 of nPrompt), each lepton found with its reconstruction efficiency (Detector:
     * muon 0.95 in |eta| &lt; 2.4, electron 0.95 barrel |eta| &lt; 1.4442, 0.85 endcap 1.566-2.4).
     */
    private static void assertAtLeastThreeLeptons(SimProcess process, int nPrompt) {
        double[] counts = new double[3];
        double[] eff = new double[nPrompt];
        SimulatedSamples.forEachGenerated(process, 9L, 400_000, ev -> {
            if (ev.nLeptons != nPrompt) {
                return;
            }
            for (int i = 0; i < nPrompt; i++) {
                eff[i] = efficiency(ev, i);
                if (eff[i] == 0) {
                    return;
                }
            }
            counts[0]++;
            counts[1] += ev.nMuons + ev.nElectrons >= 3 ? 1 : 0;
            counts[2] += atLeastThree(eff);
        });
        assertTrue(counts[0] > 200, process.key() + " events with " + nPrompt + " leptons: " + counts[0]);
        // 4 binomial standard deviations, plus 1 % for leptons that migrate below 10 GeV
        double sigma = Math.sqrt(counts[2] * (1 - counts[2] / counts[0]));
        assertEquals(counts[2], counts[1], 4 * sigma + 0.01 * counts[0], process.key());
    }

    private static double efficiency(EventRecord ev, int i) {
        double eta = Math.abs(Lorentz.eta(ev.lepton, 4 * i));
        if (ev.leptonFromTau[i] == 1 || Lorentz.pt(ev.lepton, 4 * i) < 25 || eta > 2.3) {
            return 0;
        }
        if (Math.abs(ev.leptonPdgId[i]) == 13) {
            return 0.95;
        }
        return eta < 1.4 ? 0.95 : eta > 1.6 ? 0.85 : 0;
    }

    /** P(at least 3 found) for independent efficiencies, 3 or 4 leptons. */
    private static double atLeastThree(double[] eff) {
        double all = 1;
        for (double e : eff) {
            all *= e;
        }
        if (eff.length == 3) {
            return all;
        }
        double oneMissing = 0;
        for (double e : eff) {
            oneMissing += all / e * (1 - e);
        }
        return all + oneMissing;
    }

    @Test
    void kept_events_are_counted_in_the_generated_weights_and_carry_their_bosons_decays() {
        SimulatedSamples.Sample s = SimulatedSamples.simulate(SimProcess.WZ, 3000, 3L, 1000, 2);
        assertEquals(3000, s.nEvents());
        assertEquals(s.summary().nGenerated(), s.summary().sumGenWeights(), 0.0);
        assertEquals(47.13, s.summary().crossSectionPb(), 0.0);
        double zTotal = 3 * ZLL + ZNUNU + ZHAD;
        double twoLight = (2 * ZLL + ZLL * TAU_TO_LIGHT * TAU_TO_LIGHT) / zTotal;
        double wLight = BE + BMU + BTAU * TAU_TO_LIGHT;
        double kinematics = twoLight * (wLight + BHAD);
        // the preselection keeps a part of the events with kinematics, never more
        assertTrue(s.summary().keptFraction() < kinematics && s.summary().keptFraction() > 0.3 * kinematics,
                "kept fraction " + s.summary().keptFraction() + " of " + kinematics);
        for (EventBatch b : s.batches()) {
            int[] z = b.ints(Columns.GEN_DECAY_2.name());
            int[] nLeptons = b.ints(Columns.N_GEN_LEPTON.name());
            for (int i = 0; i < b.nEvents(); i++) {
                WDecay zDecay = WDecay.of(z[i]);
                assertTrue(zDecay == WDecay.ELECTRON || zDecay == WDecay.MUON || zDecay == WDecay.TAU_TO_ELECTRON
                        || zDecay == WDecay.TAU_TO_MUON, "Z of a kept WZ event decays to leptons: " + zDecay);
                assertTrue(nLeptons[i] >= 2);
            }
        }
    }
}
