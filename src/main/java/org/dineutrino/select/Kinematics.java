package org.dineutrino.select;

/** Small kinematic formulas on (pT, eta, phi) in GeV and rad. */
public final class Kinematics {

    private Kinematics() {
    }

    /** Signed azimuthal difference wrapped to [-pi, pi] rad. */
    public static double deltaPhi(double phi1, double phi2) {
        return Math.IEEEremainder(phi1 - phi2, 2 * Math.PI);
    }

    /** Delta R = sqrt(d_eta^2 + d_phi^2). */
    public static double deltaR(double eta1, double phi1, double eta2, double phi2) {
        double dEta = eta1 - eta2;
        double dPhi = deltaPhi(phi1, phi2);
        return Math.sqrt(dEta * dEta + dPhi * dPhi);
    }

    /**
     * Invariant mass of two massless objects: m^2 = 2 pT1 pT2 (cosh(d_eta) - cos(d_phi)).
     * Lepton masses (< 0.11 GeV) are negligible against the m_ll cuts at 20 GeV and above.
     */
    public static double masslessPairMass(double pt1, double eta1, double phi1, double pt2, double eta2, double phi2) {
        double m2 = 2 * pt1 * pt2 * (Math.cosh(eta1 - eta2) - Math.cos(phi1 - phi2));
        return Math.sqrt(Math.max(0, m2));
    }

    /** min(|dphi(phiMet, phi1)|, |dphi(phiMet, phi2)|), in [0, pi]. */
    public static double minDeltaPhi(double phiMet, double phi1, double phi2) {
        return Math.min(Math.abs(deltaPhi(phiMet, phi1)), Math.abs(deltaPhi(phiMet, phi2)));
    }
}
