package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Z + jets at particle level in the CMS fiducial region (two dressed e or mu with pT &gt; 25 GeV,
 * |eta| &lt; 2.4, 71 &lt; m_ll &lt; 111 GeV; jets pT &gt; 30 GeV, |eta| &lt; 2.4), unbiased generation.
 */
class DrellYanJetsTest {

    /** ~45k fiducial Z events: the b (c) fraction of Z + jets is known to ~5 % (~4 %) relative. */
    private static final int N_GENERATED = 250_000;

    /** CMS 13 TeV, PRD 102 (2020) 032007: sigma(Z + b jets)/sigma(Z + jets), same region. */
    private static final double CMS_B_OVER_JETS = 0.0633;
    /** Same paper: sigma(Z + c jets)/sigma(Z + jets). */
    private static final double CMS_C_OVER_JETS = 0.102;
    /** Tolerance of our tuning (ours): 20 % of the measured ratios, ~2x their total uncertainty for c. */
    private static final double RATIO_TOLERANCE = 0.2;

    private static double zEvents;
    private static double oneJet;
    private static double twoJets;
    private static double bJets;
    private static double cJets;

    @BeforeAll
    static void generate() {
        EventGenerator g = new EventGenerator(SimProcess.DY_M50, DrellYanBias.NONE);
        g.reseed(31L);
        for (int k = 0; k < N_GENERATED; k++) {
            if (g.next() && fiducialZ(g.record())) {
                count(g.record());
            }
        }
    }

    @Test
    void the_jet_multiplicity_is_that_of_measured_z_plus_jets() {
        // order of CMS EPJC 78 (2018) 965 at 13 TeV: Z + >= 1 jet 15-20 %, Z + >= 2 jets 4-5 % of inclusive Z
        assertEquals(0.175, oneJet / zEvents, 0.025, "Z + >= 1 jet");
        assertEquals(0.045, twoJets / zEvents, 0.01, "Z + >= 2 jets");
    }

    @Test
    void the_heavy_flavour_fractions_of_z_plus_jets_are_the_measured_ones() {
        assertEquals(CMS_B_OVER_JETS, bJets / oneJet, RATIO_TOLERANCE * CMS_B_OVER_JETS, "Z + b / Z + jets");
        assertEquals(CMS_C_OVER_JETS, cJets / oneJet, RATIO_TOLERANCE * CMS_C_OVER_JETS, "Z + c / Z + jets");
    }

    private static boolean fiducialZ(EventRecord ev) {
        if (ev.nLeptons < 2 || ev.leptonFromTau[0] == 1) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            if (Lorentz.pt(ev.dressed, 4 * i) < 25 || Math.abs(Lorentz.eta(ev.dressed, 4 * i)) > 2.4) {
                return false;
            }
        }
        double m = Lorentz.pairMass(ev.dressed, 0, ev.dressed, 4);
        return m > 71 && m < 111;
    }

    /** Z + c counts events with a c jet and no b jet, as the measurement's exclusive flavour tagging. */
    private static void count(EventRecord ev) {
        zEvents++;
        int n = 0;
        boolean b = false;
        boolean c = false;
        for (int i = 0; i < ev.nGenJets; i++) {
            if (Lorentz.pt(ev.genJet, 4 * i) > 30 && Math.abs(Lorentz.eta(ev.genJet, 4 * i)) < 2.4) {
                n++;
                b |= ev.genJetFlavour[i] == 5;
                c |= ev.genJetFlavour[i] == 4;
            }
        }
        oneJet += n >= 1 ? 1 : 0;
        twoJets += n >= 2 ? 1 : 0;
        bJets += n >= 1 && b ? 1 : 0;
        cJets += n >= 1 && c && !b ? 1 : 0;
    }
}
