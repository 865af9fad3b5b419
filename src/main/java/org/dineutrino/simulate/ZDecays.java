package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Decay channels of an on-shell Z boson for the diboson processes, drawn before any kinematics
 * (as {@link WDecays} does for Ws), and the quark flavour of its hadronic decays.
 */
final class ZDecays {

    /** What a Z decays to. */
    enum Mode {
        ELECTRONS, MUONS, TAUS, NEUTRINOS, HADRONS
    }

    /** Z -&gt; l+ l- per lepton flavour, Z -&gt; invisible (3 nu), Z -&gt; hadrons: PDG 2022 (pdglive S044). */
    static final double BR_Z_LL = 0.03366;
    static final double BR_Z_NUNU = 0.2000;
    static final double BR_Z_HADRONS = 0.6991;
    /** Gamma(Z -&gt; b bbar)/Gamma(Z -&gt; hadrons) R_b = 0.21629 and R_c = 0.1721: PDG 2022 (pdglive S044). */
    static final double R_B = 0.21629;
    static final double R_C = 0.1721;

    /** The published fractions sum to 1.00008; each mode is drawn with its share of that sum. */
    private static final double TOTAL = 3 * BR_Z_LL + BR_Z_NUNU + BR_Z_HADRONS;

    private ZDecays() {
    }

    /** One Z decay mode with the branching fractions above. */
    static Mode sample(SplittableRandom rng) {
        double u = rng.nextDouble() * TOTAL;
        if (u < 3 * BR_Z_LL) {
            return u < BR_Z_LL ? Mode.ELECTRONS : u < 2 * BR_Z_LL ? Mode.MUONS : Mode.TAUS;
        }
        return u < 3 * BR_Z_LL + BR_Z_NUNU ? Mode.NEUTRINOS : Mode.HADRONS;
    }

    /** PDG-like flavour of the quarks of Z -&gt; hadrons: 5 with R_b, 4 with R_c, else 0 (u, d, s). */
    static int quarkFlavour(SplittableRandom rng) {
        double u = rng.nextDouble();
        return u < R_B ? 5 : u < R_B + R_C ? 4 : 0;
    }
}
