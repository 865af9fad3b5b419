package org.dineutrino.simulate;

/**
 * Masses, widths, couplings and branching fractions of the built-in simulation, each with its
 * source. "Note" means {@code shared/physics/SIMULATION-PHYSICS.md}, which gives the primary
 * reference; units GeV, pb.
 */
final class PhysicsConstants {

    private PhysicsConstants() {
    }

    /** Centre-of-mass energy of the LHC in Run 2 [GeV]. */
    static final double SQRT_S = 13000.0;
    static final double S = SQRT_S * SQRT_S;

    /** (hbar c)^2 = 0.3893794e9 pb GeV^2: converts GeV^-2 to pb (PDG physical constants). */
    static final double GEV2_TO_PB = 0.3893794e9;

    /** Top pole mass of all CMS/ATLAS Run-2 MC [GeV] (note sec. 0). */
    static final double TOP_MASS = 172.5;
    /** Top width [GeV]: NNLO/N3LO 1.31-1.33 (Chen et al., arXiv:2212.06341; note sec. 0). */
    static final double TOP_WIDTH = 1.32;
    /** Half-width of the top Breit-Wigner window [GeV], about 11 Gamma_t (note sec. 3.1, our choice). */
    static final double TOP_WINDOW = 15.0;

    /** W mass and width [GeV] as in Pythia 8.302 ParticleData.xml, id 24 (note sec. 0). */
    static final double W_MASS = 80.4;
    static final double W_WIDTH = 2.09;
    /** W Breit-Wigner window [GeV] (note sec. 3.1, our choice; cuts &lt; 3 % of the tail). */
    static final double W_MASS_LOW = 60.0;
    static final double W_MASS_HIGH = 100.0;

    /** b-quark mass [GeV], Pythia 8.302 ParticleData.xml id 5 (note sec. 0). */
    static final double B_MASS = 4.8;
    /** tau mass [GeV], PDG (note sec. 3.3). */
    static final double TAU_MASS = 1.77686;

    /** Z mass and width [GeV], PDG 2022 (pdglive S044). */
    static final double Z_MASS = 91.1876;
    static final double Z_WIDTH = 2.4952;
    /** Effective weak mixing angle sin^2 theta_eff^lept = 0.23153, PDG 2022 electroweak review. */
    static final double SIN2_THETA_W = 0.23153;
    /** Fermi constant [GeV^-2], PDG 2022 (note sec. 3.1). */
    static final double FERMI_CONSTANT = 1.1663787e-5;
    /** alpha_QED(M_Z) = 1/127.95, PDG 2022 electroweak review. */
    static final double ALPHA_EM_MZ = 1.0 / 127.95;

    /** alpha_s(M_Z) of CTEQ5L, 1-loop running with 5 flavours (PYCT5L header; note sec. 0). */
    static final double ALPHA_S_MZ = 0.127;
    private static final int N_FLAVOURS_RUNNING = 5;

    /**
     * W branching fractions e, mu, tau, hadrons: CMS, Phys. Rev. D105 (2022) 072008,
     * arXiv:2201.07861 (the values DESIGN.md prescribes; they sum to 1.0000).
     */
    static final double BR_W_ENU = 0.1083;
    static final double BR_W_MUNU = 0.1094;
    static final double BR_W_TAUNU = 0.1077;
    static final double BR_W_HADRONS = 0.6746;

    /** tau -&gt; e nu nu and tau -&gt; mu nu nu, PDG (pdglive S035; note sec. 3.3). */
    static final double BR_TAU_ENUNU = 0.1782;
    static final double BR_TAU_MUNUNU = 0.1739;

    /** W helicity fractions at NNLO QCD + m_b + EW: Czarnecki, Koerner, Piclum, PRD 81 (2010) 111503. */
    static final double W_HELICITY_F0 = 0.687;
    static final double W_HELICITY_FL = 0.311;
    static final double W_HELICITY_FR = 0.0017;

    /**
     * One-loop running strong coupling, alpha_s(Q) = alpha_s(M_Z) / (1 + alpha_s(M_Z) b0 ln(Q^2/M_Z^2)),
     * b0 = (33 - 2 n_f)/(12 pi) with n_f = 5; gives 0.1156 at Q = 172.5 GeV (note sec. 0).
     */
    static double alphaS(double q) {
        double b0 = (33.0 - 2.0 * N_FLAVOURS_RUNNING) / (12.0 * Math.PI);
        return ALPHA_S_MZ / (1.0 + ALPHA_S_MZ * b0 * Math.log(q * q / (Z_MASS * Z_MASS)));
    }
}
