package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.WDecay;
import org.junit.jupiter.api.Test;

class StopPairEventsTest {

    @Test
    void each_stop_decays_isotropically_into_a_top_and_a_neutralino_of_the_chosen_masses() {
        StopPoint point = new StopPoint(600, 300);
        EventGenerator generator = new EventGenerator(SimProcess.T2TT, point);
        generator.reseed(21L);
        double[] stop = new double[4];
        double[] top = new double[4];
        int n = 0;
        double sumCos = 0;
        double sumCos2 = 0;
        for (int i = 0; i < 100_000 && n < 4000; i++) {
            generator.next();
            EventRecord ev = generator.record();
            if (ev.nLeptons < 2) {
                continue;
            }
            n++;
            for (int k = 0; k < 4; k++) {
                stop[k] = ev.top[k] + ev.neutralino1[k];
                top[k] = ev.top[k];
            }
            double mTop = Lorentz.mass(top, 0);
            assertEquals(600.0, Lorentz.mass(stop, 0), 1e-6);
            assertEquals(300.0, Lorentz.mass(ev.neutralino1, 0), 1e-6);
            Lorentz.boostToRestFrameOf(top, 0, stop, 0);
            double p = Math.sqrt(top[0] * top[0] + top[1] * top[1] + top[2] * top[2]);
            // p* = sqrt((M^2 - (m1 + m2)^2)(M^2 - (m1 - m2)^2))/(2M), note sec. 8.3
            double expected = Math.sqrt((600 * 600 - Math.pow(mTop + 300, 2)) * (600 * 600 - Math.pow(mTop - 300, 2)))
                    / 1200;
            assertEquals(expected, p, 1e-6 * 600);
            double cos = (top[0] * stop[0] + top[1] * stop[1] + top[2] * stop[2])
                    / (p * Math.sqrt(stop[0] * stop[0] + stop[1] * stop[1] + stop[2] * stop[2]));
            sumCos += cos;
            sumCos2 += cos * cos;
        }
        assertTrue(n > 3000, "events with kinematics: " + n);
        // isotropic: <cos> = 0 (sigma 1/sqrt(3n)), <cos^2> = 1/3 (sigma sqrt(4/45 n))
        assertEquals(0.0, sumCos / n, 4 / Math.sqrt(3.0 * n));
        assertEquals(1.0 / 3, sumCos2 / n, 4 * Math.sqrt(4.0 / 45 / n));
    }

    @Test
    void the_sample_of_another_point_is_normalised_to_its_cross_section() {
        List<EventBatch> batches = new ArrayList<>();
        SimulationSummary s = Simulation.simulate(new StopPoint(600, 300), 500, 4L, 250, batches::add, p -> { }, 2);
        assertEquals(0.20522, s.crossSectionPb(), 1e-12);
        assertEquals(SimProcess.T2TT, s.process());
        assertEquals(500, batches.stream().mapToInt(EventBatch::nEvents).sum());
    }

    @Test
    void neutralinos_enter_gen_met_and_not_the_prompt_neutrinos() {
        SimulatedSamples.Sample stops = SimulatedSamples.simulate(SimProcess.T2TT, 6000, 8L, 3000, 2);
        SimulatedSamples.Sample tops = SimulatedSamples.simulate(SimProcess.TTBAR, 6000, 8L, 3000, 2);
        double[] stopFraction = fractionWithoutNonPromptNeutrinos(stops, true);
        double[] topFraction = fractionWithoutNonPromptNeutrinos(tops, false);
        // genMet = neutralinos + W neutrinos + b/c-decay neutrinos: with the neutralinos taken out,
        // events without a semileptonic heavy-flavour decay are as frequent as in tt bar (4 sigma)
        double sigma = Math.sqrt(topFraction[0] * (1 - topFraction[0]) * (1 / stopFraction[1] + 1 / topFraction[1]));
        assertEquals(topFraction[0], stopFraction[0], 4 * sigma);
        assertTrue(topFraction[0] > 0.1, "tt bar events without non-prompt neutrinos: " + topFraction[0]);
    }

    /**
     * Among events with e or mu directly from both Ws: the fraction where genMet equals genNuNu
     * (plus genChiChi if withNeutralinos) to 1e-6 GeV, and the number of such events.
     */
    private static double[] fractionWithoutNonPromptNeutrinos(SimulatedSamples.Sample sample, boolean withNeutralinos) {
        long direct = 0;
        long equal = 0;
        for (EventBatch b : sample.batches()) {
            double[] met = b.doubles(Columns.GEN_MET.name());
            double[] metPhi = b.doubles(Columns.GEN_MET_PHI.name());
            double[] nuPt = b.doubles(Columns.GEN_NUNU_PT.name());
            double[] nuPhi = b.doubles(Columns.GEN_NUNU_PHI.name());
            double[] chiPt = b.doubles(Columns.GEN_CHICHI_PT.name());
            double[] chiPhi = b.doubles(Columns.GEN_CHICHI_PHI.name());
            int[] d1 = b.ints(Columns.GEN_DECAY_1.name());
            int[] d2 = b.ints(Columns.GEN_DECAY_2.name());
            for (int i = 0; i < b.nEvents(); i++) {
                if (!WDecay.of(d1[i]).isPromptLightLepton() || !WDecay.of(d2[i]).isPromptLightLepton()) {
                    continue;
                }
                assertEquals(withNeutralinos, chiPt[i] > 0, "neutralino p_T " + chiPt[i]);
                direct++;
                double x = met[i] * Math.cos(metPhi[i]) - nuPt[i] * Math.cos(nuPhi[i]) - chiPt[i] * Math.cos(chiPhi[i]);
                double y = met[i] * Math.sin(metPhi[i]) - nuPt[i] * Math.sin(nuPhi[i]) - chiPt[i] * Math.sin(chiPhi[i]);
                equal += Math.hypot(x, y) < 1e-6 ? 1 : 0;
            }
        }
        return new double[] {(double) equal / direct, direct};
    }
}
