package org.dineutrino.simulate;

/**
 * Four-vector arithmetic on flat {@code double[]} storage.
 *
 * <p>A four-vector occupies four consecutive entries {@code (px, py, pz, E)} starting at an
 * offset {@code o}; a list of n vectors is one array of length {@code 4 n} with vector i at
 * {@code o = 4 i}. Units GeV. Every function is pure apart from writing the caller's output
 * slot, and none allocates, so the generator's hot loop can call them freely.
 */
final class Lorentz {

    /** Below this squared velocity a boost is the identity (avoids 0/0 in the (gamma-1)/beta^2 term). */
    private static final double MIN_BETA2 = 1e-24;

    /** |pz|/pT above which pseudorapidity is clipped: eta = +-20 is far outside any detector. */
    private static final double MAX_ETA = 20.0;

    private Lorentz() {
    }

    static void set(double[] p, int o, double px, double py, double pz, double e) {
        p[o] = px;
        p[o + 1] = py;
        p[o + 2] = pz;
        p[o + 3] = e;
    }

    static void copy(double[] from, int fo, double[] to, int to0) {
        to[to0] = from[fo];
        to[to0 + 1] = from[fo + 1];
        to[to0 + 2] = from[fo + 2];
        to[to0 + 3] = from[fo + 3];
    }

    /** to += from. */
    static void addTo(double[] from, int fo, double[] to, int to0) {
        to[to0] += from[fo];
        to[to0 + 1] += from[fo + 1];
        to[to0 + 2] += from[fo + 2];
        to[to0 + 3] += from[fo + 3];
    }

    /** to -= from. */
    static void subtractFrom(double[] from, int fo, double[] to, int to0) {
        to[to0] -= from[fo];
        to[to0 + 1] -= from[fo + 1];
        to[to0 + 2] -= from[fo + 2];
        to[to0 + 3] -= from[fo + 3];
    }

    /** p *= factor (all four components: a collinear rescaling of a massless or massive vector). */
    static void scale(double[] p, int o, double factor) {
        p[o] *= factor;
        p[o + 1] *= factor;
        p[o + 2] *= factor;
        p[o + 3] *= factor;
    }

    static double pt(double[] p, int o) {
        return Math.hypot(p[o], p[o + 1]);
    }

    static double phi(double[] p, int o) {
        return Math.atan2(p[o + 1], p[o]);
    }

    /** Pseudorapidity asinh(pz/pT), clipped to +-{@value #MAX_ETA} for vectors along the beam. */
    static double eta(double[] p, int o) {
        double pt = pt(p, o);
        double pz = p[o + 2];
        if (pt * Math.sinh(MAX_ETA) <= Math.abs(pz)) {
            return Math.copySign(MAX_ETA, pz);
        }
        return asinh(pz / pt);
    }

    /** Invariant mass sqrt(E^2 - p^2), 0 for a (numerically) space-like vector. */
    static double mass(double[] p, int o) {
        return Math.sqrt(Math.max(0.0, mass2(p, o)));
    }

    static double mass2(double[] p, int o) {
        double px = p[o];
        double py = p[o + 1];
        double pz = p[o + 2];
        double e = p[o + 3];
        return e * e - px * px - py * py - pz * pz;
    }

    /** Invariant mass of the sum of two vectors. */
    static double pairMass(double[] a, int ao, double[] b, int bo) {
        double px = a[ao] + b[bo];
        double py = a[ao + 1] + b[bo + 1];
        double pz = a[ao + 2] + b[bo + 2];
        double e = a[ao + 3] + b[bo + 3];
        return Math.sqrt(Math.max(0.0, e * e - px * px - py * py - pz * pz));
    }

    /**
     * Lorentz boost in place by velocity (bx, by, bz), |b| &lt; 1: a vector given in the rest frame
     * of a system moving with velocity b is expressed in the frame where the system moves with b.
     * E' = gamma (E + b.p), p' = p + ((gamma - 1)/b^2 (b.p) + gamma E) b.
     */
    static void boost(double[] p, int o, double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        if (b2 < MIN_BETA2) {
            return;
        }
        double gamma = 1.0 / Math.sqrt(1.0 - b2);
        double bp = bx * p[o] + by * p[o + 1] + bz * p[o + 2];
        double coefficient = (gamma - 1.0) * bp / b2 + gamma * p[o + 3];
        p[o] += coefficient * bx;
        p[o + 1] += coefficient * by;
        p[o + 2] += coefficient * bz;
        p[o + 3] = gamma * (p[o + 3] + bp);
    }

    /** Boosts p from the rest frame of {@code frame} to the frame in which {@code frame} is given. */
    static void boostFromRestFrameOf(double[] p, int o, double[] frame, int fo) {
        double e = frame[fo + 3];
        boost(p, o, frame[fo] / e, frame[fo + 1] / e, frame[fo + 2] / e);
    }

    /** Boosts p into the rest frame of {@code frame} (both given in the same frame). */
    static void boostToRestFrameOf(double[] p, int o, double[] frame, int fo) {
        double e = frame[fo + 3];
        boost(p, o, -frame[fo] / e, -frame[fo + 1] / e, -frame[fo + 2] / e);
    }

    /**
     * Momentum of either daughter in the rest frame of a two-body decay M -&gt; m1 m2:
     * p* = sqrt((M^2 - (m1 + m2)^2)(M^2 - (m1 - m2)^2)) / (2M); 0 below threshold.
     */
    static double twoBodyMomentum(double m, double m1, double m2) {
        double sum = m1 + m2;
        double diff = m1 - m2;
        double lambda = (m * m - sum * sum) * (m * m - diff * diff);
        return lambda > 0 ? Math.sqrt(lambda) / (2.0 * m) : 0.0;
    }

    /**
     * Two-body decay M -&gt; m1 m2 in the parent's rest frame: daughter 1 along the unit vector
     * (dx, dy, dz), daughter 2 opposite.
     */
    static void twoBodyDecay(double m, double m1, double m2, double dx, double dy, double dz,
                             double[] out1, int o1, double[] out2, int o2) {
        double p = twoBodyMomentum(m, m1, m2);
        double e1 = Math.sqrt(p * p + m1 * m1);
        double e2 = Math.sqrt(p * p + m2 * m2);
        set(out1, o1, p * dx, p * dy, p * dz, e1);
        set(out2, o2, -p * dx, -p * dy, -p * dz, e2);
    }

    /** Signed azimuthal difference wrapped to [-pi, pi] rad. */
    static double deltaPhi(double phi1, double phi2) {
        return Math.IEEEremainder(phi1 - phi2, 2 * Math.PI);
    }

    /** Delta R = sqrt(Delta eta^2 + Delta phi^2). */
    static double deltaR(double eta1, double phi1, double eta2, double phi2) {
        double dEta = eta1 - eta2;
        double dPhi = deltaPhi(phi1, phi2);
        return Math.sqrt(dEta * dEta + dPhi * dPhi);
    }

    static double asinh(double x) {
        double ax = Math.abs(x);
        return Math.copySign(Math.log(ax + Math.sqrt(ax * ax + 1.0)), x);
    }
}
