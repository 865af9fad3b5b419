package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Final-state gluon radiation off the b quarks from top decays: a one-step stand-in for a parton
 * shower (our model), so that b jets lose energy out of the cone and sometimes a gluon makes a
 * jet of its own, as the fixed-order and measured jet multiplicities need.
 *
 * <p>Each b quark radiates n ~ Poisson(0.8) gluons; each takes an energy fraction z, log-uniform
 * in [0.05, 0.5] (the soft 1/z spectrum), of the current b at an angle log-uniform in
 * [0.03, 1.2] rad (the collinear d theta/theta spectrum) and uniform azimuth; the b keeps the rest of
 * the four-momentum. Whether a gluon ends in the b jet or forms its own is left to the jet
 * clustering of {@link ParticleLevel}.
 */
final class GluonRadiation {

    static final double EMISSIONS_PER_B = 0.6;
    private static final double Z_MIN = 0.05;
    private static final double Z_MAX = 0.5;
    private static final double ANGLE_MIN = 0.03;
    private static final double ANGLE_MAX = 1.2;
    /** Emissions that would leave the b with less energy than its mass are not made. */
    private static final double MIN_REMAINING_ENERGY = 2 * PhysicsConstants.B_MASS;

    private GluonRadiation() {
    }

    /** The number of emissions to attempt, min(Poisson(meanEmissions), maxGluons). */
    static int sampleEmissions(SplittableRandom rng, double meanEmissions, int maxGluons) {
        return Math.min(Sampling.poisson(rng, meanEmissions), maxGluons);
    }

    /**
     * Radiates up to n gluons (n from {@link #sampleEmissions}) off the quark at offset qo of
     * {@code quark} (modified in place) and writes them to {@code gluons} (4 doubles each); returns how
     * many were made (an emission that would leave the quark too soft is not).
     */
    static int radiate(SplittableRandom rng, int n, double[] quark, int qo, double[] gluons, double[] scratch) {
        int made = 0;
        for (int i = 0; i < n; i++) {
            double z = Z_MIN * Math.pow(Z_MAX / Z_MIN, rng.nextDouble());
            double energy = z * quark[qo + 3];
            if (quark[qo + 3] - energy < MIN_REMAINING_ENERGY) {
                continue;
            }
            double angle = ANGLE_MIN * Math.pow(ANGLE_MAX / ANGLE_MIN, rng.nextDouble());
            double phi = 2 * Math.PI * rng.nextDouble();
            double p = Math.sqrt(quark[qo] * quark[qo] + quark[qo + 1] * quark[qo + 1] + quark[qo + 2] * quark[qo + 2]);
            Decays.perpendicularDirection(quark[qo] / p, quark[qo + 1] / p, quark[qo + 2] / p, Math.cos(angle),
                    Math.sin(angle) * Math.cos(phi), Math.sin(angle) * Math.sin(phi), scratch);
            int o = 4 * made++;
            Lorentz.set(gluons, o, energy * scratch[0], energy * scratch[1], energy * scratch[2], energy);
            Lorentz.subtractFrom(gluons, o, quark, qo);
        }
        return made;
    }
}
