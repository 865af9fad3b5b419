package org.dineutrino.simulate;

import java.util.SplittableRandom;
import org.dineutrino.event.WDecay;

/**
 * Decay channels of W bosons (and of the legs of a Z) with the taus resolved, drawn before any
 * kinematics so that events which cannot give two light leptons are skipped cheaply.
 */
final class WDecays {

    private WDecays() {
    }

    /**
     * One W decay: e, mu, tau or hadrons with the branching fractions of {@link PhysicsConstants},
     * a tau further into e, mu or hadrons with B(tau -&gt; e nu nu) = 0.1782, B(tau -&gt; mu nu nu) = 0.1739.
     */
    static WDecay sample(SplittableRandom rng) {
        double u = rng.nextDouble();
        if (u < PhysicsConstants.BR_W_ENU) {
            return WDecay.ELECTRON;
        }
        u -= PhysicsConstants.BR_W_ENU;
        if (u < PhysicsConstants.BR_W_MUNU) {
            return WDecay.MUON;
        }
        u -= PhysicsConstants.BR_W_MUNU;
        if (u < PhysicsConstants.BR_W_TAUNU) {
            return tauDecay(rng);
        }
        return WDecay.HADRONIC;
    }

    /** A tau's decay: TAU_TO_ELECTRON, TAU_TO_MUON or TAU_TO_HADRONS. */
    static WDecay tauDecay(SplittableRandom rng) {
        double v = rng.nextDouble();
        if (v < PhysicsConstants.BR_TAU_ENUNU) {
            return WDecay.TAU_TO_ELECTRON;
        }
        return v < PhysicsConstants.BR_TAU_ENUNU + PhysicsConstants.BR_TAU_MUNUNU ? WDecay.TAU_TO_MUON
                : WDecay.TAU_TO_HADRONS;
    }

    /** Whether the decay yields an electron or muon (directly or through a tau). */
    static boolean givesLightLepton(WDecay d) {
        return d == WDecay.ELECTRON || d == WDecay.MUON || d == WDecay.TAU_TO_ELECTRON || d == WDecay.TAU_TO_MUON;
    }

    /** PDG id magnitude of the light lepton the decay ends in: 11 or 13. */
    static int lightLeptonId(WDecay d) {
        return d == WDecay.ELECTRON || d == WDecay.TAU_TO_ELECTRON ? 11 : 13;
    }

    /** Mass of the charged lepton that leaves the W: m_tau for tau decays, else 0 (massless e, mu). */
    static double chargedLeptonMass(WDecay d) {
        return d.involvesTau() ? PhysicsConstants.TAU_MASS : 0.0;
    }
}
