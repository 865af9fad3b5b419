package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * b-quark fragmentation and the semileptonic b and c decays that put non-prompt neutrinos
 * inside b jets (SIMULATION-PHYSICS.md sec. 5.3-5.4).
 *
 * <p>The b hadron takes the fraction z of the b-quark energy, collinear with it, with z from the
 * Peterson function f(z) ~ 1/(z (1 - 1/z - eps/(1 - z))^2) (Peterson et al., PRD 27 (1983) 105) at
 * the effective eps = 0.038 that gives the measured &lt;x_B&gt; ~ 0.71 at the Z pole without a parton
 * shower (SLD, PRD 65 (2002) 092006: 0.709; our choice of eps after the note). The rest of the
 * b-quark momentum stays in the jet. Per b hadron, independently:
 * <ul>
 * <li>b -&gt; l nu X with l = e, mu (0.1069 each) or tau (0.0241), PDG b-hadron admixture (pdglive S051);
 * <li>the charm from the b decays semileptonically, l = e, mu, with 0.0802 + 0.016 each (b -&gt; c -&gt; l
 *     and b -&gt; cbar -&gt; l, same source).
 * </ul>
 * Both use a V-A three-body model P -&gt; X l nu with the weight (p_P.p_nu)(p_X.p_l) on flat phase space
 * (the muon-decay structure; Pythia 8 ParticleDecays meMode 22): B (5.279 GeV) -&gt; X_c (2.0 GeV),
 * and D (1.87 GeV) -&gt; K (0.494 GeV). A tau from b decays collinearly (unpolarised) and its
 * neutrinos join the b-decay neutrino. Only the neutrinos leave: the caller subtracts them from
 * the jet and adds them to the generator-level missing momentum.
 */
final class HeavyFlavourDecays {

    /** Effective Peterson parameter (see class javadoc). */
    static final double PETERSON_EPSILON = 0.038;

    /**
     * Effective Peterson parameter of charm quarks: 0.3 gives &lt;z&gt; = 0.53, near the &lt;x_E&gt; of about
     * 0.5 of charm mesons measured at the Z pole at LEP, without a parton shower (our choice).
     */
    static final double PETERSON_EPSILON_CHARM = 0.3;

    /** Hadron masses [GeV]: B meson, X_c system, D meson, K meson; PDG (note sec. 5.4). */
    private static final double B_HADRON_MASS = 5.279;
    private static final double XC_MASS = 2.0;
    private static final double D_MASS = 1.87;
    private static final double K_MASS = 0.494;
    /** Hadronic system recoiling against the D in a non-leptonic B decay [GeV]: our choice. */
    private static final double B_HADRONIC_RECOIL_MASS = 2.5;

    /** Semileptonic fractions per b hadron (PDG b-hadron admixture, pdglive S051; note sec. 5.4). */
    private static final double BR_B_TO_E = 0.1069;
    private static final double BR_B_TO_MU = 0.1069;
    private static final double BR_B_TO_TAU = 0.0241;
    private static final double BR_CHARM_TO_LEPTON_PER_FLAVOUR = 0.0802 + 0.016;

    /** Grid points used once to find the maximum of the Peterson function for accept-reject. */
    private static final int PETERSON_GRID = 20_000;
    private static final double PETERSON_MAX = petersonMaximum(PETERSON_EPSILON);
    private static final double PETERSON_MAX_CHARM = petersonMaximum(PETERSON_EPSILON_CHARM);

    /** Offsets in the scratch array: B, X (charm system), lepton, neutrino, intermediate. */
    private static final int S_B = 0;
    private static final int S_X = 4;
    private static final int S_L = 8;
    private static final int S_NU = 12;
    private static final int S_PAIR = 16;
    static final int SCRATCH_SIZE = 24;

    private HeavyFlavourDecays() {
    }

    /** Unnormalised Peterson function at z in (0, 1). */
    static double peterson(double z, double epsilon) {
        double d = 1.0 - 1.0 / z - epsilon / (1.0 - z);
        return 1.0 / (z * d * d);
    }

    private static double petersonMaximum(double epsilon) {
        double max = 0;
        for (int i = 1; i < PETERSON_GRID; i++) {
            max = Math.max(max, peterson((double) i / PETERSON_GRID, epsilon));
        }
        return max * 1.01;
    }

    /** z from the Peterson function at {@link #PETERSON_EPSILON}, by accept-reject under its maximum. */
    static double petersonFraction(SplittableRandom rng) {
        return petersonFraction(rng, PETERSON_EPSILON, PETERSON_MAX);
    }

    /** z from the Peterson function at epsilon, by accept-reject under its maximum {@code max}. */
    private static double petersonFraction(SplittableRandom rng, double epsilon, double max) {
        while (true) {
            double z = rng.nextDouble();
            if (z > 0 && rng.nextDouble() * max < peterson(z, epsilon)) {
                return z;
            }
        }
    }

    /**
     * Fragments a c quark (an initial-state g -&gt; c cbar parton) into a D meson with the fraction z
     * from the Peterson function at {@link #PETERSON_EPSILON_CHARM}, collinear with the quark, and
     * decays it semileptonically (D -&gt; K l nu, e or mu, 0.0962 each, the same charm admixture as
     * for the charm of b decays). Appends the neutrino, if any, to {@code nu} at vector index
     * {@code nNu} and returns the new count.
     *
     * @param quark   the c-quark four-vector in the lab, at offset qo
     * @param nu      neutrino list, 4 doubles per neutrino; room for 1 more is needed
     * @param scratch length &gt;= {@link #SCRATCH_SIZE}, overwritten
     */
    static int decayCQuark(SplittableRandom rng, double[] quark, int qo, double[] nu, int nNu, double[] scratch) {
        if (rng.nextDouble() >= 2 * BR_CHARM_TO_LEPTON_PER_FLAVOUR) {
            return nNu;
        }
        double z = petersonFraction(rng, PETERSON_EPSILON_CHARM, PETERSON_MAX_CHARM);
        double energy = Math.max(z * quark[qo + 3], D_MASS * 1.0001);
        double p = Math.sqrt(energy * energy - D_MASS * D_MASS);
        double q = Math.sqrt(quark[qo] * quark[qo] + quark[qo + 1] * quark[qo + 1] + quark[qo + 2] * quark[qo + 2]);
        Lorentz.set(scratch, S_B, p * quark[qo] / q, p * quark[qo + 1] / q, p * quark[qo + 2] / q, energy);
        semileptonic(rng, D_MASS, K_MASS, 0.0, scratch);
        boostAll(scratch, S_B);
        Lorentz.copy(scratch, S_NU, nu, 4 * nNu);
        return nNu + 1;
    }

    /**
     * Fragments a b quark and decays its hadron. Appends the neutrinos (lab four-vectors) to
     * {@code nu} starting at vector index {@code nNu} and returns the new count.
     *
     * @param quark   the b-quark four-vector in the lab, at offset qo
     * @param nu      neutrino list, 4 doubles per neutrino; room for 2 more is needed
     * @param scratch length &gt;= {@link #SCRATCH_SIZE}, overwritten
     */
    static int decayBQuark(SplittableRandom rng, double[] quark, int qo, double[] nu, int nNu, double[] scratch) {
        double energy = Math.max(petersonFraction(rng) * quark[qo + 3], B_HADRON_MASS * 1.0001);
        double p = Math.sqrt(energy * energy - B_HADRON_MASS * B_HADRON_MASS);
        double q = Math.sqrt(quark[qo] * quark[qo] + quark[qo + 1] * quark[qo + 1] + quark[qo + 2] * quark[qo + 2]);
        Lorentz.set(scratch, S_B, p * quark[qo] / q, p * quark[qo + 1] / q, p * quark[qo + 2] / q, energy);

        double direct = rng.nextDouble();
        int count = nNu;
        if (direct < BR_B_TO_E + BR_B_TO_MU + BR_B_TO_TAU) {
            boolean tau = direct >= BR_B_TO_E + BR_B_TO_MU;
            semileptonic(rng, B_HADRON_MASS, XC_MASS, tau ? PhysicsConstants.TAU_MASS : 0.0, scratch);
            if (tau) {
                addTauNeutrinos(rng, scratch);
            }
            boostAll(scratch, S_B);
            Lorentz.copy(scratch, S_NU, nu, 4 * count++);
        } else {
            hadronicToCharm(rng, scratch);
        }
        // scratch[S_X] now holds the charm system in the lab
        if (rng.nextDouble() < 2 * BR_CHARM_TO_LEPTON_PER_FLAVOUR) {
            Lorentz.copy(scratch, S_X, scratch, S_B);
            rescaleMass(scratch, S_B, D_MASS);
            semileptonic(rng, D_MASS, K_MASS, 0.0, scratch);
            boostAll(scratch, S_B);
            Lorentz.copy(scratch, S_NU, nu, 4 * count++);
        }
        return count;
    }

    /** Non-leptonic B -&gt; D X: an isotropic two-body decay; leaves the D in the lab in scratch[S_X]. */
    private static void hadronicToCharm(SplittableRandom rng, double[] scratch) {
        Sampling.isotropic(rng, scratch, S_PAIR);
        Lorentz.twoBodyDecay(B_HADRON_MASS, D_MASS, B_HADRONIC_RECOIL_MASS,
                scratch[S_PAIR], scratch[S_PAIR + 1], scratch[S_PAIR + 2], scratch, S_X, scratch, S_L);
        Lorentz.boostFromRestFrameOf(scratch, S_X, scratch, S_B);
    }

    /** Keeps the three-momentum and sets the energy for the given mass. */
    private static void rescaleMass(double[] p, int o, double m) {
        double p2 = p[o] * p[o] + p[o + 1] * p[o + 1] + p[o + 2] * p[o + 2];
        p[o + 3] = Math.sqrt(p2 + m * m);
    }

    /** Boosts X, lepton and neutrino from the parent's rest frame into the lab (parent at offset po). */
    private static void boostAll(double[] scratch, int po) {
        Lorentz.boostFromRestFrameOf(scratch, S_X, scratch, po);
        Lorentz.boostFromRestFrameOf(scratch, S_L, scratch, po);
        Lorentz.boostFromRestFrameOf(scratch, S_NU, scratch, po);
    }

    /**
     * P -&gt; X l nu in the parent rest frame with weight (p_P.p_nu)(p_X.p_l) on flat phase space:
     * m_Xl uniform, weight p*(P; nu, Xl) p**(Xl; X, l) (the flat three-body density) times
     * M E_nu (m_Xl^2 - m_X^2 - m_l^2)/2, accepted under the bound
     * (M/2)^3 M (M^2 - m_X^2)/2. Writes X, l, nu (parent frame) to the scratch slots.
     */
    static void semileptonic(SplittableRandom rng, double parentMass, double xMass, double leptonMass,
                             double[] scratch) {
        double lo = xMass + leptonMass;
        double bound = Math.pow(parentMass / 2, 3) * parentMass * (parentMass * parentMass - xMass * xMass) / 2;
        while (true) {
            double mPair = lo + (parentMass - lo) * rng.nextDouble();
            double pNu = Lorentz.twoBodyMomentum(parentMass, 0.0, mPair);
            double pPair = Lorentz.twoBodyMomentum(mPair, xMass, leptonMass);
            double w = pNu * pPair * parentMass * pNu * (mPair * mPair - xMass * xMass - leptonMass * leptonMass) / 2;
            if (rng.nextDouble() * bound < w) {
                buildSemileptonic(rng, parentMass, mPair, xMass, leptonMass, scratch);
                return;
            }
        }
    }

    private static void buildSemileptonic(SplittableRandom rng, double parentMass, double mPair, double xMass,
                                          double leptonMass, double[] scratch) {
        Sampling.isotropic(rng, scratch, S_PAIR);
        Lorentz.twoBodyDecay(parentMass, 0.0, mPair, scratch[S_PAIR], scratch[S_PAIR + 1], scratch[S_PAIR + 2],
                scratch, S_NU, scratch, S_PAIR);
        Sampling.isotropic(rng, scratch, S_X);
        Lorentz.twoBodyDecay(mPair, leptonMass, xMass, scratch[S_X], scratch[S_X + 1], scratch[S_X + 2],
                scratch, S_L, scratch, S_X);
        Lorentz.boostFromRestFrameOf(scratch, S_L, scratch, S_PAIR);
        Lorentz.boostFromRestFrameOf(scratch, S_X, scratch, S_PAIR);
    }

    /** tau (in scratch[S_L]) -&gt; visible fraction z, collinear; the rest joins the neutrino slot. */
    private static void addTauNeutrinos(SplittableRandom rng, double[] scratch) {
        double z = Decays.tauLeptonFraction(rng, 0.0);
        for (int i = 0; i < 4; i++) {
            scratch[S_NU + i] += (1.0 - z) * scratch[S_L + i];
            scratch[S_L + i] *= z;
        }
    }
}
