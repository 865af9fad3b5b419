package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * The physics settings in which an alternative tt&#772; sample differs from the nominal one: the
 * top mass, the POWHEG hdamp of the recoil, the underlying-event activity and the colour
 * reconnection model. Everything else (decays, detector, the code that generates) is shared, and
 * {@link #NOMINAL} reproduces the nominal sample bit for bit. Processes other than tt&#772; use
 * {@link #NOMINAL}.
 *
 * <p>Top mass: it enters the Breit-Wigner (centre, window and width), the threshold and matrix
 * element of {@link TtbarProduction}, the scale mu_R = mu_F = m_t, the decays (through the sampled
 * masses), and the nodes of the data-driven shape correction, which is taken as a function of
 * m_tt/m_t and pT(t)/m_t, the variables of the LO matrix element (ours). The cross section follows
 * the Top++ NNLO+NNLL mass dependence (LHC Top WG, TtbarNNLO twiki, "Parametrisations"):
 * sigma(m) = sigma(m_ref) (m_ref/m)^4 (1 + a1 x + a2 x^2), x = (m - m_ref)/m_ref.
 *
 * <p>hdamp (our model of the POWHEG damping, see {@link #hdampWeight}): the real emission splits
 * into a Sudakov-resummed part R h^2/(pT^2 + h^2), which carries the NLO K-factor, and a
 * fixed-order remainder R pT^2/(pT^2 + h^2). Relative to the nominal h the pT(tt) spectrum is thus
 * reweighted by [1 + k h^2/(pT^2 + h^2)] / [1 + k h0^2/(pT^2 + h0^2)], k = K - 1: 1 at low and very
 * high pT, largest near pT ~ h.
 *
 * @param topMass              top pole mass [GeV]
 * @param hdampOverTopMass     hdamp / m_t of the recoil spectrum
 * @param underlyingEventScale charged-particle density of the underlying event relative to CP5
 * @param colourReconnection   the colour reconnection model of the particle-level jets
 */
record TtbarTune(double topMass, double hdampOverTopMass, double underlyingEventScale,
                 ColourReconnection colourReconnection) {

    /** hdamp = 1.379 m_t of the CMS CP5 tt&#772; samples, and its up/down values (CMS, EPJC 80 (2020) 4). */
    static final double HDAMP_NOMINAL = 1.379;
    static final double HDAMP_UP = 2.305;
    static final double HDAMP_DOWN = 0.874;

    /**
     * k = K - 1 of the hdamp model: ours, about sigma_NLO/sigma_LO - 1 of tt&#772; at 13 TeV; it gives
     * the few % to 10 % change of the pT(tt) tail that the CMS hdamp variations show.
     */
    static final double HDAMP_HARDNESS = 0.5;

    /**
     * Change of the underlying-event charged-particle density in the UE up/down samples: ours, the
     * upper end of the 5-10 % spread of the CP5 uncertainty tunes in the transverse region
     * (CMS, EPJC 80 (2020) 4).
     */
    static final double UE_DENSITY_CHANGE = 0.10;

    /** Reference of the Top++ mass dependence: the nominal mass [GeV] and cross section [pb] (DESIGN.md). */
    static final double REFERENCE_MASS = PhysicsConstants.TOP_MASS;
    static final double REFERENCE_CROSS_SECTION_PB = 831.76;
    /** Top++ mass-dependence coefficients at 13 TeV (LHC Top WG, TtbarNNLO twiki, "Parametrisations"). */
    static final double MASS_A1 = -0.745047;
    static final double MASS_A2 = 0.127417;

    /** d Gamma_t / d m_t = 0.027 (N3LO width, Chen et al.; note sec. 0). */
    static final double TOP_WIDTH_SLOPE = 0.027;

    /** The nominal CMS-like tt&#772; sample: m_t = 172.5 GeV, hdamp 1.379 m_t, CP5, default CR. */
    static final TtbarTune NOMINAL = new TtbarTune(PhysicsConstants.TOP_MASS, HDAMP_NOMINAL, 1.0,
            ColourReconnection.NOMINAL);

    /** The nominal settings with another top mass [GeV]. */
    static TtbarTune withTopMass(double topMass) {
        return new TtbarTune(topMass, HDAMP_NOMINAL, 1.0, ColourReconnection.NOMINAL);
    }

    /** The nominal settings with another hdamp / m_t. */
    static TtbarTune withHdamp(double hdampOverTopMass) {
        return new TtbarTune(PhysicsConstants.TOP_MASS, hdampOverTopMass, 1.0, ColourReconnection.NOMINAL);
    }

    /** The nominal settings with the UE density scaled by {@code scale}. */
    static TtbarTune withUnderlyingEvent(double scale) {
        return new TtbarTune(PhysicsConstants.TOP_MASS, HDAMP_NOMINAL, scale, ColourReconnection.NOMINAL);
    }

    /** The nominal settings with another colour reconnection model. */
    static TtbarTune withColourReconnection(ColourReconnection model) {
        return new TtbarTune(PhysicsConstants.TOP_MASS, HDAMP_NOMINAL, 1.0, model);
    }

    /** The NNLO+NNLL cross section [pb] at this top mass, by the Top++ parametrisation (class javadoc). */
    double crossSectionPb() {
        double x = (topMass - REFERENCE_MASS) / REFERENCE_MASS;
        double r = REFERENCE_MASS / topMass;
        return REFERENCE_CROSS_SECTION_PB * r * r * r * r * (1 + MASS_A1 * x + MASS_A2 * x * x);
    }

    /** Top width [GeV] at this mass: the nominal width moved with the N3LO slope. */
    double topWidth() {
        return PhysicsConstants.TOP_WIDTH + TOP_WIDTH_SLOPE * (topMass - PhysicsConstants.TOP_MASS);
    }

    /** m_t / 172.5 GeV: the factor on the nodes of the data-driven shape correction. */
    double massRatio() {
        return topMass / PhysicsConstants.TOP_MASS;
    }

    /**
     * Width [GeV] of the underlying-event term of the unclustered p_T^miss per component: the
     * detector's CP5 value times sqrt(density), as the vector sum of N soft particles of unchanged
     * p_T spectrum grows as sqrt(N).
     */
    double sigmaUnderlyingEvent() {
        return Detector.SIGMA_UNDERLYING_EVENT * Math.sqrt(underlyingEventScale);
    }

    /**
     * pT of the tt&#772; system [GeV] from {@code recoil}; with a non-nominal hdamp, accepted with
     * probability {@link #hdampWeight}/(1 + k), which bounds the weight. The nominal draws exactly
     * the random numbers of {@link Recoil#samplePt}.
     */
    double sampleRecoilPt(SplittableRandom rng, Recoil recoil) {
        if (hdampOverTopMass == HDAMP_NOMINAL) {
            return recoil.samplePt(rng);
        }
        while (true) {
            double pt = recoil.samplePt(rng);
            if (rng.nextDouble() * (1 + HDAMP_HARDNESS) < hdampWeight(pt)) {
                return pt;
            }
        }
    }

    /** The hdamp reweighting of the pT(tt) spectrum relative to the nominal hdamp (class javadoc), pT in GeV. */
    double hdampWeight(double pt) {
        return hdampFactor(pt, hdampOverTopMass * topMass) / hdampFactor(pt, HDAMP_NOMINAL * topMass);
    }

    private static double hdampFactor(double pt, double hdamp) {
        double h2 = hdamp * hdamp;
        return 1 + HDAMP_HARDNESS * h2 / (pt * pt + h2);
    }
}
