package org.dineutrino.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * CMS jet p_T resolution in simulation, AK4 PF+CHS and PUPPI jets, 2017 conditions ("Fall17_V3"),
 * and the data/MC resolution scale factors (SIMULATION-PHYSICS.md sec. 7.1):
 * <pre>
 *   sigma(pT)/pT = sqrt(N |N| / pT^2 + S^2 pT^d + C^2)
 * </pre>
 * with (N, S, C, d) per |eta| bin and per rho bin, from {@code physics/jer-cms-fall17v3-ak4.tsv}
 * (cms-nanoAOD/nanoAOD-tools data/jme/Fall17_V3_MC_PtResolution_AK4PFchs.txt and ..._AK4PFPuppi.txt,
 * commit 116947df; SF with its down and up variations from Fall17_V3_MC_SF_AK4PFchs.txt, commit
 * 8fe61f8e). Outside the tabulated ranges |eta|, rho and pT clamp to the nearest bin / to 15-3000 GeV;
 * a few PUPPI fits have large cancelling N and S terms, so the radicand is kept above (2 %)^2 and
 * sigma below 100 %.
 */
final class JetResolution {

    /** Range of pT over which the CMS fits are valid [GeV]. */
    private static final double PT_LOW = 15.0;
    private static final double PT_HIGH = 3000.0;
    /** Floor of the relative resolution squared, and ceiling of the resolution (class javadoc). */
    private static final double MIN_RADICAND = 0.02 * 0.02;
    private static final double MAX_RESOLUTION = 1.0;

    static final JetResolution CHS = new JetResolution("CHS");
    static final JetResolution PUPPI = new JetResolution("PUPPI");

    private static final double[] SF_ETA_HIGH;
    private static final double[] SF_CENTRAL;
    /** The scale factor varied down and up by its uncertainty (the table's SF_down and SF_up columns). */
    private static final double[] SF_DOWN;
    private static final double[] SF_UP;

    static {
        List<double[]> sf = new ArrayList<>();
        for (String[] row : TsvResource.rows("jer-cms-fall17v3-ak4.tsv")) {
            if (row[0].equals("SF")) {
                sf.add(new double[] {Double.parseDouble(row[2]), Double.parseDouble(row[3]),
                    Double.parseDouble(row[4]), Double.parseDouble(row[5])});
            }
        }
        SF_ETA_HIGH = new double[sf.size()];
        SF_CENTRAL = new double[sf.size()];
        SF_DOWN = new double[sf.size()];
        SF_UP = new double[sf.size()];
        for (int i = 0; i < sf.size(); i++) {
            SF_ETA_HIGH[i] = sf.get(i)[0];
            SF_CENTRAL[i] = sf.get(i)[1];
            SF_DOWN[i] = sf.get(i)[2];
            SF_UP[i] = sf.get(i)[3];
        }
    }

    private final double[] etaHigh;
    private final double[] rhoHigh;
    /** (N, S, C, d) per (eta bin, rho bin): params[(iEta * nRho + iRho) * 4 + k]. */
    private final double[] params;

    private JetResolution(String kind) {
        List<String[]> rows = new ArrayList<>();
        for (String[] row : TsvResource.rows("jer-cms-fall17v3-ak4.tsv")) {
            if (row[0].equals(kind)) {
                rows.add(row);
            }
        }
        this.etaHigh = distinctUpperEdges(rows, 2);
        this.rhoHigh = distinctUpperEdges(rows, 4);
        this.params = new double[etaHigh.length * rhoHigh.length * 4];
        if (rows.size() != etaHigh.length * rhoHigh.length) {
            throw new IllegalStateException("jer-cms-fall17v3-ak4.tsv: " + kind + " has " + rows.size()
                    + " rows, expected " + etaHigh.length + " eta bins x " + rhoHigh.length + " rho bins");
        }
        for (String[] row : rows) {
            int cell = bin(etaHigh, Double.parseDouble(row[1])) * rhoHigh.length
                    + bin(rhoHigh, Double.parseDouble(row[3]));
            for (int k = 0; k < 4; k++) {
                params[cell * 4 + k] = Double.parseDouble(row[5 + k]);
            }
        }
    }

    private static double[] distinctUpperEdges(List<String[]> rows, int column) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r[column])).distinct().sorted().toArray();
    }

    /** The bin whose upper edge is the first above x; the last bin for x beyond the table. */
    private static int bin(double[] upperEdges, double x) {
        for (int i = 0; i < upperEdges.length; i++) {
            if (x < upperEdges[i]) {
                return i;
            }
        }
        return upperEdges.length - 1;
    }

    /** Relative resolution sigma(pT)/pT of this jet type in simulation (no scale factor). */
    double relative(double pt, double eta, double rho) {
        int cell = (bin(etaHigh, Math.abs(eta)) * rhoHigh.length + bin(rhoHigh, rho)) * 4;
        double x = Math.min(Math.max(pt, PT_LOW), PT_HIGH);
        double n = params[cell];
        double s = params[cell + 1];
        double c = params[cell + 2];
        double d = params[cell + 3];
        double radicand = n * Math.abs(n) / (x * x) + s * s * Math.pow(x, d) + c * c;
        return Math.min(Math.sqrt(Math.max(radicand, MIN_RADICAND)), MAX_RESOLUTION);
    }

    /** Central data/MC resolution scale factor at |eta| (CHS table; used for both jet types). */
    static double scaleFactor(double eta) {
        return SF_CENTRAL[bin(SF_ETA_HIGH, Math.abs(eta))];
    }

    /** The data/MC resolution scale factor at |eta| varied up by its uncertainty (JER up). */
    static double scaleFactorUp(double eta) {
        return SF_UP[bin(SF_ETA_HIGH, Math.abs(eta))];
    }

    /** The data/MC resolution scale factor at |eta| varied down by its uncertainty (JER down). */
    static double scaleFactorDown(double eta) {
        return SF_DOWN[bin(SF_ETA_HIGH, Math.abs(eta))];
    }
}
