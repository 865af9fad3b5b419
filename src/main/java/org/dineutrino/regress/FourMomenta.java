package org.dineutrino.regress;

/**
 * Four-momentum components from collider coordinates, in GeV:
 * p_x = p_T cos(phi), p_y = p_T sin(phi), p_z = p_T sinh(eta), E = sqrt((p_T cosh(eta))^2 + m^2).
 */
final class FourMomenta {

    private FourMomenta() {
    }

    static double px(double pt, double phi) {
        return pt * Math.cos(phi);
    }

    static double py(double pt, double phi) {
        return pt * Math.sin(phi);
    }

    static double pz(double pt, double eta) {
        return pt * Math.sinh(eta);
    }

    static double energy(double pt, double eta, double mass) {
        double p = pt * Math.cosh(eta);
        return Math.sqrt(p * p + mass * mass);
    }

    /** Invariant mass sqrt(E^2 - |p|^2) [GeV]; 0 where round-off makes the square negative. */
    static double mass(double e, double px, double py, double pz) {
        return Math.sqrt(Math.max(0.0, e * e - px * px - py * py - pz * pz));
    }

    /** Signed azimuthal difference wrapped to [-pi, pi] rad. */
    static double deltaPhi(double phi1, double phi2) {
        return Math.IEEEremainder(phi1 - phi2, 2 * Math.PI);
    }
}
