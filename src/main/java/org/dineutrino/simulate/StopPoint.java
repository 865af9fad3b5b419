package org.dineutrino.simulate;

/**
 * A mass point of the T2tt simplified model, pp -&gt; stop stop*, stop -&gt; t neutralino, with its
 * NNLO+NNLL cross section.
 *
 * <p>The cross section is the cubic through the NNLL-fast 1.1 grid points at 400, 500, 600 and
 * 700 GeV (PDF4LHC15, decoupled gluino; note sec. 8.1), interpolated in ln sigma: 0.457 pb at
 * 525 GeV, as the note quotes. It depends on the stop mass only.
 *
 * @param stopMass       m(stop) [GeV], within the grid, 400-700 GeV
 * @param neutralinoMass m(neutralino) [GeV], &gt;= 0 and at most m(stop) - m_t, so that the
 *                       two-body decay to an on-shell top is open
 * @throws IllegalArgumentException for a point outside these limits; the message names both
 */
public record StopPoint(double stopMass, double neutralinoMass) {

    /** NNLL-fast 13 TeV stop-pair grid: masses [GeV] and cross sections [pb] (note sec. 8.1). */
    private static final double[] GRID_MASS = {400.0, 500.0, 600.0, 700.0};
    private static final double[] GRID_SIGMA = {2.1439, 0.60772, 0.20522, 0.078245};

    /** The default signal point of DESIGN.md: m(stop) = 525 GeV, m(neutralino) = 350 GeV. */
    public static final StopPoint DEFAULT = new StopPoint(525.0, 350.0);

    public StopPoint {
        double low = GRID_MASS[0];
        double high = GRID_MASS[GRID_MASS.length - 1];
        if (!(stopMass >= low && stopMass <= high)) {
            throw new IllegalArgumentException("stop mass must be within the NNLO+NNLL grid, " + low + "-" + high
                    + " GeV, got " + stopMass + " GeV");
        }
        if (!(neutralinoMass >= 0 && stopMass >= PhysicsConstants.TOP_MASS + neutralinoMass)) {
            throw new IllegalArgumentException("neutralino mass must be >= 0 GeV and <= m(stop) - m_t = "
                    + (stopMass - PhysicsConstants.TOP_MASS) + " GeV for stop -> t neutralino, got "
                    + neutralinoMass + " GeV (stop mass " + stopMass + " GeV)");
        }
    }

    /** NNLO+NNLL sigma(pp -&gt; stop stop*) at 13 TeV [pb]: the Lagrange cubic through ln sigma of the grid. */
    public double crossSectionPb() {
        double lnSigma = 0;
        for (int i = 0; i < GRID_MASS.length; i++) {
            double term = Math.log(GRID_SIGMA[i]);
            for (int j = 0; j < GRID_MASS.length; j++) {
                if (j != i) {
                    term *= (stopMass - GRID_MASS[j]) / (GRID_MASS[i] - GRID_MASS[j]);
                }
            }
            lnSigma += term;
        }
        return Math.exp(lnSigma);
    }

    /** "m(stop) = 525 GeV, m(neutralino) = 350 GeV": for sample descriptions. */
    public String describe() {
        return "m(stop) = " + format(stopMass) + " GeV, m(neutralino) = " + format(neutralinoMass) + " GeV";
    }

    private static String format(double mass) {
        return mass == Math.rint(mass) ? Long.toString((long) mass) : Double.toString(mass);
    }
}
