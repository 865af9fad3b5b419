package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Transverse recoil of the hard system from initial-state radiation, and the ISR partons that
 * carry it (SIMULATION-PHYSICS.md sec. 5.1-5.2).
 *
 * <p>p_T of the system: f(pT) ~ (1 - c) Gamma(pT; k = 2, theta = b) + c pT/(pT + p0)^4 with the soft
 * fraction c taken as the normalised mixture weight. For tt&#772; the note's fit to CMS TOP-17-014
 * (HEPData ins1703993 d038; chi^2 = 2.8/3): b = 50.78 GeV, p0 = 25.79 GeV, soft fraction 0.309,
 * &lt;pT&gt; = 62.8 GeV within 0-570 GeV. The power-law part is sampled exactly by inverting
 * P(pT &gt; x) = 3w^2 - 2w^3, w = p0/(x + p0): w = 1/2 - sin(asin(1 - 2v)/3).
 *
 * <p>ISR partons (our model, tuned to CMS particle-level N_jets, d094): n ~ Poisson(lambda) extra
 * emissions with pT ~ exponential(mean), uniform azimuth, plus one leading parton that balances
 * the system, p_lead = -(pT(system) + sum p_i); all with eta ~ N(0, sigma_eta). A parton is a b
 * (c) quark with a small probability (g -&gt; b bbar, c cbar in the initial state; our numbers).
 *
 * @param softFraction   probability of the Gamma(2, softScale) component
 * @param softScale      b [GeV]
 * @param hardScale      p0 [GeV]
 * @param emissionMean   lambda, mean number of extra emissions
 * @param emissionPtMean mean pT of an extra emission [GeV]
 * @param leadEtaWidth   sigma of the leading (balancing) parton's pseudorapidity
 * @param etaWidth       sigma of the other partons' pseudorapidity
 * @param splitProbability probability that the balancing momentum is shared by two partons
 * @param splitKickMean  mean of the opposite transverse kicks the two partons then get [GeV]
 * @param bFraction      probability that an ISR parton is a b quark
 * @param cFraction      probability that an ISR parton is a c quark
 */
record Recoil(double softFraction, double softScale, double hardScale, double emissionMean,
              double emissionPtMean, double leadEtaWidth, double etaWidth, double splitProbability,
              double splitKickMean, double bFraction, double cFraction) {

    /**
     * tt&#772; (and tW): the note's pT(tt) fit; emissions and eta width tuned here so that the
     * fiducial N_jets of CMS TOP-17-014 is reproduced (see {@code ReferenceDistributionsTest}).
     */
    static final Recoil TTBAR = new Recoil(0.309, 50.78, 25.79, 0.10, 60.0, 3.5, 2.0, 1.0, 8.0, 0.01, 0.03);

    /**
     * Drell-Yan near the Z pole (our model): recoil peak ~4 GeV, Poisson(0.55) extra emissions,
     * tuned to Z + &gt;= 1 jet = 19 % and Z + &gt;= 2 jets = 4.8 % (jets pT &gt; 30 GeV, |eta| &lt; 2.4;
     * the order of CMS, EPJC 78 (2018) 965); b and c fractions per parton tuned to the CMS 13 TeV
     * Z + b / Z + jets = 0.0633 and Z + c / Z + jets = 0.102 (PRD 102 (2020) 032007).
     */
    static final Recoil DRELL_YAN = new Recoil(0.5, 4.0, 16.0, 0.55, 18.0, 2.2, 2.2, 0.0, 0.0, 0.058, 0.09);

    /** Low-mass Drell-Yan (10-50 GeV): as {@link #DRELL_YAN}, softer (our model), same flavour fractions. */
    static final Recoil DRELL_YAN_LOW_MASS = new Recoil(0.6, 3.0, 10.0, 0.3, 15.0, 2.2, 2.2, 0.0, 0.0, 0.058, 0.09);

    /**
     * W W, W Z, Z Z (our model, sim-vv): the Drell-Yan construction with a harder spectrum for the
     * heavier colourless pair (peak ~8 GeV, &lt;pT&gt; ~ 27 GeV) and somewhat more extra emissions.
     */
    static final Recoil DIBOSON = new Recoil(0.5, 8.0, 20.0, 0.4, 25.0, 2.2, 2.2, 0.0, 0.0, 0.02, 0.05);

    /** Largest number of ISR partons one event holds (leading + extra emissions). */
    static final int MAX_PARTONS = 8;
    /** Largest number of extra emissions: room for the balancing pair. */
    static final int MAX_EMISSIONS = MAX_PARTONS - 2;

    /**
     * The power-law tail is cut at this system pT [GeV] (redrawn above): it would otherwise reach
     * beyond the beam energy; for tt&#772; it removes 0.13 % of the spectrum, all above the CMS range.
     */
    static final double MAX_PT = 1000.0;

    /**
     * Largest energy of one ISR parton [GeV]: its pseudorapidity is redrawn when pT cosh(eta) would
     * exceed it, a crude form of the kinematic limit |y| &lt; acosh(E_max/pT) (our choice, well below
     * the 6.5 TeV beam energy).
     */
    static final double MAX_PARTON_ENERGY = 2000.0;

    /** Transverse momentum of the hard system [GeV] from the two-component model, below {@link #MAX_PT}. */
    double samplePt(SplittableRandom rng) {
        while (true) {
            double pt = samplePtUntruncated(rng);
            if (pt < MAX_PT) {
                return pt;
            }
        }
    }

    /**
     * Probability density [1/GeV] of {@link #samplePt} at pT: the mixture of the class javadoc,
     * s pT/b^2 exp(-pT/b) + (1 - s) 6 w^3 (1 - w)/p0 with s = softFraction, w = p0/(pT + p0), renormalised to
     * [0, {@link #MAX_PT}); 0 outside. Needed for the weights of biased recoil generation.
     */
    double ptDensity(double pt) {
        if (!(pt >= 0) || pt >= MAX_PT) {
            return 0.0;
        }
        return untruncatedDensity(pt) / acceptedBelowMaxPt();
    }

    private double untruncatedDensity(double pt) {
        double w = hardScale / (pt + hardScale);
        double soft = pt / (softScale * softScale) * Math.exp(-pt / softScale);
        double hard = 6 * w * w * w * (1 - w) / hardScale;
        return softFraction * soft + (1 - softFraction) * hard;
    }

    /** P(pT &lt; MAX_PT) of the untruncated mixture: Gamma(2) CDF 1 - e^-x (1 + x), power law 1 - 3w^2 + 2w^3. */
    private double acceptedBelowMaxPt() {
        double x = MAX_PT / softScale;
        double w = hardScale / (MAX_PT + hardScale);
        double soft = 1 - Math.exp(-x) * (1 + x);
        double hard = 1 - 3 * w * w + 2 * w * w * w;
        return softFraction * soft + (1 - softFraction) * hard;
    }

    /** The same model with other heavy-flavour fractions per ISR parton. */
    Recoil withFlavourFractions(double b, double c) {
        return new Recoil(softFraction, softScale, hardScale, emissionMean, emissionPtMean, leadEtaWidth, etaWidth,
                splitProbability, splitKickMean, b, c);
    }

    /** Probability that one ISR parton gets the flavour 5 (b), 4 (c) or 0 (light). */
    double flavourProbability(int flavour) {
        return flavour == 5 ? bFraction : flavour == 4 ? cFraction : 1 - bFraction - cFraction;
    }

    private double samplePtUntruncated(SplittableRandom rng) {
        if (rng.nextDouble() < softFraction) {
            return -softScale * Math.log(rng.nextDouble() * rng.nextDouble() + Double.MIN_VALUE);
        }
        double v = rng.nextDouble();
        double w = 0.5 - Math.sin(Math.asin(1.0 - 2.0 * v) / 3.0);
        return hardScale / Math.max(w, 1e-9) - hardScale;
    }

    /** The number of extra emissions, min(Poisson(emissionMean), {@link #MAX_EMISSIONS}). */
    int sampleEmissions(SplittableRandom rng) {
        return sampleEmissions(rng, emissionMean);
    }

    /**
     * Fills the ISR partons that balance a system of transverse momentum (sysPx, sysPy) with n extra
     * emissions (from {@link #sampleEmissions}): massless four-vectors in {@code partons} (4 per parton)
     * and PDG-like flavours 5, 4 or 0 in {@code flavour}. Returns the number of partons (at least 1, at
     * most {@link #MAX_PARTONS}).
     */
    int fillPartons(SplittableRandom rng, double sysPx, double sysPy, double[] partons, int[] flavour) {
        return fillPartons(rng, sysPx, sysPy, partons, flavour, sampleEmissions(rng, emissionMean));
    }

    /** Number of extra emissions: Poisson(mean), capped at {@link #MAX_PARTONS} - 2. */
    static int sampleEmissions(SplittableRandom rng, double mean) {
        return Math.min(Sampling.poisson(rng, mean), MAX_PARTONS - 2);
    }

    /** Probability of n from {@link #sampleEmissions} at this model's mean (the cap holds the tail). */
    double emissionProbability(int n) {
        return emissionProbability(n, emissionMean);
    }

    /** Probability of n from {@link #sampleEmissions} at the given mean. */
    static double emissionProbability(int n, double mean) {
        double term = Math.exp(-mean);
        double below = 0;
        for (int k = 0; k < n; k++) {
            below += term;
            term *= mean / (k + 1);
        }
        return n == MAX_PARTONS - 2 ? 1 - below : term;
    }

    /** As {@link #fillPartons(SplittableRandom, double, double, double[], int[])} with n extra emissions given. */
    int fillPartons(SplittableRandom rng, double sysPx, double sysPy, double[] partons, int[] flavour, int n) {
        double leadPx = -sysPx;
        double leadPy = -sysPy;
        for (int i = 1; i <= n; i++) {
            double pt = -emissionPtMean * Math.log(1.0 - rng.nextDouble());
            double phi = 2.0 * Math.PI * rng.nextDouble();
            setParton(rng, partons, flavour, i, pt * Math.cos(phi), pt * Math.sin(phi), etaWidth);
            leadPx -= partons[4 * i];
            leadPy -= partons[4 * i + 1];
        }
        if (rng.nextDouble() >= splitProbability) {
            setParton(rng, partons, flavour, 0, leadPx, leadPy, leadEtaWidth);
            return n + 1;
        }
        double x = 0.2 + 0.6 * rng.nextDouble();
        double kick = -splitKickMean * Math.log(1.0 - rng.nextDouble());
        double phi = 2.0 * Math.PI * rng.nextDouble();
        double qx = kick * Math.cos(phi);
        double qy = kick * Math.sin(phi);
        setParton(rng, partons, flavour, 0, x * leadPx + qx, x * leadPy + qy, leadEtaWidth);
        setParton(rng, partons, flavour, n + 1, (1 - x) * leadPx - qx, (1 - x) * leadPy - qy, leadEtaWidth);
        return n + 2;
    }

    private void setParton(SplittableRandom rng, double[] partons, int[] flavour, int i, double px, double py,
                           double width) {
        double pt = Math.hypot(px, py);
        double eta = width * rng.nextGaussian();
        while (pt < MAX_PARTON_ENERGY && pt * Math.cosh(eta) > MAX_PARTON_ENERGY) {
            eta = width * rng.nextGaussian();
        }
        double pz = pt * Math.sinh(eta);
        Lorentz.set(partons, 4 * i, px, py, pz, Math.sqrt(pt * pt + pz * pz));
        double f = rng.nextDouble();
        flavour[i] = f < bFraction ? 5 : f < bFraction + cFraction ? 4 : 0;
    }
}
