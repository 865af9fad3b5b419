package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The weights of biased Drell-Yan generation: the biased generator, weighted, reproduces the
 * distributions of the unbiased one within statistics (a closure of the weights), and the weights
 * stay bounded.
 */
class DrellYanBiasTest {

    /** Generated events per generator: ~25k kept unbiased, ~40k biased (a few seconds each). */
    private static final int N_GENERATED = 120_000;
    /** Allowed difference in combined standard deviations; ~30 categories, so 4 sigma. */
    private static final double N_SIGMA = 4.0;

    /** Bound on the weights of the default bias (measured maximum 6.2 in 40k kept events). */
    private static final double MAX_WEIGHT = 10.0;

    private static final String[] CATEGORIES = {"kept", "0 jets", "1 jet", ">= 2 jets", "b jet", "c jet",
        "ee on pole", "ee off pole", "mumu on pole", "mumu off pole", "tautau", "pT(ll) < 10", "pT(ll) 10-30",
        "pT(ll) 30-60", "pT(ll) 60-100", "pT(ll) > 100"};

    @Test
    void weighted_biased_events_reproduce_the_unbiased_distributions() {
        Tally unbiased = tally(DrellYanBias.NONE, 11L);
        Tally biased = tally(DrellYanBias.DEFAULT, 12L);
        assertEquals(N_GENERATED, unbiased.sumWeights, 1e-6, "unbiased events have weight 1");
        for (int k = 0; k < CATEGORIES.length; k++) {
            double ru = unbiased.rate(k);
            double rb = biased.rate(k);
            double sigma = Math.sqrt(unbiased.variance(k) + biased.variance(k));
            assertTrue(Math.abs(ru - rb) < N_SIGMA * sigma, CATEGORIES[k] + ": unbiased " + ru + ", biased " + rb
                    + " +- " + sigma);
        }
        // the bias must actually enhance what the selection keeps
        assertTrue(biased.count[3] > 1.5 * unbiased.count[3], ">= 2 jets sampled more often: " + biased.count[3]
                + " vs " + unbiased.count[3]);
        assertTrue(biased.count[7] > 1.5 * unbiased.count[7], "off-pole ee sampled more often: " + biased.count[7]
                + " vs " + unbiased.count[7]);
    }

    @Test
    void the_sum_of_weights_estimates_the_number_generated_and_weights_are_bounded() {
        Tally biased = tally(DrellYanBias.DEFAULT, 13L);
        // E[w] = 1 per generated event: sum w - N has variance sum (w - 1)^2
        assertEquals(N_GENERATED, biased.sumWeights, N_SIGMA * Math.sqrt(biased.sumSquaredDeviation));
        assertTrue(biased.maxWeight < MAX_WEIGHT, "max weight " + biased.maxWeight);
        assertTrue(biased.minWeight > 0, "min weight " + biased.minWeight);
    }

    @Test
    void the_recoil_density_is_normalised_and_describes_the_sampled_spectrum() {
        Recoil r = Recoil.DRELL_YAN;
        // trapezoid rule on a fine grid: 1e-4 covers the discretisation of the peak at ~4 GeV
        double integral = 0;
        double step = 0.01;
        for (double pt = 0; pt < Recoil.MAX_PT; pt += step) {
            integral += 0.5 * step * (r.ptDensity(pt) + r.ptDensity(pt + step));
        }
        assertEquals(1.0, integral, 1e-4);
        SplittableRandom rng = new SplittableRandom(5);
        int n = 200_000;
        int inBin = 0;
        for (int i = 0; i < n; i++) {
            double pt = r.samplePt(rng);
            inBin += pt >= 30 && pt < 60 ? 1 : 0;
        }
        double expected = 0;
        for (double pt = 30; pt < 60; pt += step) {
            expected += 0.5 * step * (r.ptDensity(pt) + r.ptDensity(pt + step));
        }
        assertEquals(expected, (double) inBin / n, N_SIGMA * Math.sqrt(expected / n));
    }

    /** Weighted counts per category of the kept events of N_GENERATED generated ones. */
    private static final class Tally {
        final double[] sum = new double[CATEGORIES.length];
        final double[] sum2 = new double[CATEGORIES.length];
        final int[] count = new int[CATEGORIES.length];
        double sumWeights;
        double sumSquaredDeviation;
        double maxWeight;
        double minWeight = Double.MAX_VALUE;

        void add(int k, double w) {
            sum[k] += w;
            sum2[k] += w * w;
            count[k]++;
        }

        double rate(int k) {
            return sum[k] / sumWeights;
        }

        double variance(int k) {
            return sum2[k] / (sumWeights * sumWeights);
        }
    }

    private static Tally tally(DrellYanBias bias, long seed) {
        EventGenerator generator = new EventGenerator(SimProcess.DY_M50, bias);
        generator.reseed(seed);
        Tally t = new Tally();
        for (int i = 0; i < N_GENERATED; i++) {
            boolean kept = generator.next();
            EventRecord ev = generator.record();
            double w = ev.genWeight;
            t.sumWeights += w;
            t.sumSquaredDeviation += (w - 1) * (w - 1);
            t.maxWeight = Math.max(t.maxWeight, w);
            t.minWeight = Math.min(t.minWeight, w);
            if (kept) {
                categorise(ev, w, t);
            }
        }
        return t;
    }

    private static void categorise(EventRecord ev, double w, Tally t) {
        t.add(0, w);
        int nJets = 0;
        boolean b = false;
        boolean c = false;
        for (int i = 0; i < ev.nGenJets; i++) {
            if (Lorentz.pt(ev.genJet, 4 * i) > 30 && Math.abs(Lorentz.eta(ev.genJet, 4 * i)) < 2.4) {
                nJets++;
                b |= ev.genJetFlavour[i] == 5;
                c |= ev.genJetFlavour[i] == 4;
            }
        }
        t.add(1 + Math.min(nJets, 2), w);
        if (b) {
            t.add(4, w);
        }
        if (c) {
            t.add(5, w);
        }
        double mass = Lorentz.pairMass(ev.lepton, 0, ev.lepton, 4);
        boolean pole = mass > DrellYanProduction.POLE_LOW && mass < DrellYanProduction.POLE_HIGH;
        int flavour = ev.leptonFromTau[0] == 1 ? 2 : Math.abs(ev.leptonPdgId[0]) == 11 ? 0 : 1;
        t.add(flavour == 2 ? 10 : 6 + 2 * flavour + (pole ? 0 : 1), w);
        double px = ev.lepton[0] + ev.lepton[4];
        double py = ev.lepton[1] + ev.lepton[5];
        double pt = Math.hypot(px, py);
        t.add(pt < 10 ? 11 : pt < 30 ? 12 : pt < 60 ? 13 : pt < 100 ? 14 : 15, w);
    }
}
