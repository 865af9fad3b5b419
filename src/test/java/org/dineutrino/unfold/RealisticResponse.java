package org.dineutrino.unfold;

import org.apache.commons.math3.special.Erf;

import java.util.List;

/**
 * A realistic 2D response on DESIGN.md's default 2D binning (truth 4 p_T^νν × 3 min Δφ bins, reco 8
 * × 6), built from a smooth parametric migration model because the built-in simulation is written
 * elsewhere; the lead can swap in a simulated response.
 *
 * <p>The model (ours, chosen to give purities and stabilities of 35–75% like the analysis' default
 * bins, not fitted to anything):
 *
 * <ul>
 *   <li>truth density p_T/θ² e^{−p_T/θ} (θ = 45 GeV) × e<sup>−φ(1 + p_T/200 GeV)/1.2</sup> on [0,
 *       800] GeV × [0, π] (the overflow bin's events above 800 GeV are negligible);
 *   <li>reco p_T Gaussian around truth with σ = 12 GeV + 0.12 p_T, reflected at 0;
 *   <li>reco min Δφ Gaussian with σ = 0.10 + 3 GeV/(p_T + 30 GeV) rad, reflected into [0, π];
 *   <li>efficiency 0.30 + 0.15 p_T/(p_T + 100 GeV).
 * </ul>
 *
 * Migrations are the model's expectation integrated on a 2 GeV × 0.04 rad grid (midpoint rule) and
 * scaled to a chosen number of truth events: an MC sample of that size, optionally weighted to the
 * data's luminosity ({@link Model#weighted}), with sumw2 errors.
 */
final class RealisticResponse {

    static final double[] TRUTH_PT = {0, 70, 125, 200, 400};
    static final double[] TRUTH_PHI = {0, 0.56, 1.08, Math.PI};
    static final double[] RECO_PT = {0, 40, 70, 97.5, 125, 162.5, 200, 300, 400};
    static final double[] RECO_PHI = {0, 0.28, 0.56, 0.82, 1.08, 2.14, Math.PI};

    private static final double THETA_GEV = 45.0;
    private static final double PT_MAX_GEV = 800.0;
    private static final double PT_STEP_GEV = 2.0;
    private static final double PHI_STEP = 0.04;

    private RealisticResponse() {}

    /**
     * The model's response for a given truth spectrum slope.
     *
     * @param migrations [48][12]
     * @param missed [12]
     * @param truth [12] the truth per bin (Σ migrations + missed)
     */
    record Model(double[][] migrations, double[] missed, double[] truth) {

        /** The unweighted sample: Poisson errors. */
        Response response() {
            return new Response.Migrations(migrations, missed, null, null);
        }

        /** The sample with every event weighted by w: values × w, errors √(values) × w (sumw2). */
        Response weighted(double w) {
            double[][] b = new double[migrations.length][];
            double[][] errors = new double[migrations.length][];
            for (int r = 0; r < b.length; r++) {
                b[r] = new double[migrations[r].length];
                errors[r] = new double[migrations[r].length];
                for (int t = 0; t < b[r].length; t++) {
                    b[r][t] = migrations[r][t] * w;
                    errors[r][t] = Math.sqrt(migrations[r][t]) * w;
                }
            }
            double[] m = new double[missed.length];
            double[] missedErrors = new double[missed.length];
            for (int t = 0; t < m.length; t++) {
                m[t] = missed[t] * w;
                missedErrors[t] = Math.sqrt(missed[t]) * w;
            }
            return new Response.Migrations(b, m, errors, missedErrors);
        }

        /** Expected reco signal per reco bin [48]. */
        double[] reco() {
            double[] reco = new double[migrations.length];
            for (int r = 0; r < reco.length; r++) {
                for (double v : migrations[r]) {
                    reco[r] += v;
                }
            }
            return reco;
        }
    }

    static Binning truthBinning() {
        return new Binning(
                List.of(
                        new Binning.Axis("ptNuNu", TRUTH_PT, true),
                        new Binning.Axis("minDeltaPhi", TRUTH_PHI, false)));
    }

    static Binning recoBinning() {
        return new Binning(
                List.of(
                        new Binning.Axis("ptNuNu", RECO_PT, true),
                        new Binning.Axis("minDeltaPhi", RECO_PHI, false)));
    }

    /** The default model scaled to nEvents fiducial truth events. */
    static Model build(double nEvents) {
        return build(nEvents, THETA_GEV);
    }

    /** The model with truth slope θ [GeV], scaled to nEvents fiducial truth events. */
    static Model build(double nEvents, double thetaGeV) {
        int nTruth = 12;
        int nReco = 48;
        double[][] b = new double[nReco][nTruth];
        double[] truth = new double[nTruth];
        double total = 0.0;
        for (double pt = PT_STEP_GEV / 2; pt < PT_MAX_GEV; pt += PT_STEP_GEV) {
            double[] recoPt = recoPtProbabilities(pt);
            double efficiency = 0.30 + 0.15 * pt / (pt + 100.0);
            for (double phi = PHI_STEP / 2; phi < Math.PI; phi += PHI_STEP) {
                double density =
                        pt /
                                (thetaGeV * thetaGeV) *
                                Math.exp(-pt / thetaGeV) *
                                Math.exp(-phi * (1.0 + pt / 200.0) / 1.2) *
                                PT_STEP_GEV
                                * PHI_STEP;
                int t = bin(TRUTH_PT, pt) + 4 * bin(TRUTH_PHI, phi);
                truth[t] += density;
                total += density;
                double[] recoPhi = recoPhiProbabilities(phi, pt);
                for (int i = 0; i < 8; i++) {
                    for (int k = 0; k < 6; k++) {
                        b[i + 8 * k][t] += density * efficiency * recoPt[i] * recoPhi[k];
                    }
                }
            }
        }
        return scaled(b, truth, nEvents / total);
    }

    private static Model scaled(double[][] b, double[] truth, double scale) {
        double[] missed = new double[truth.length];
        for (int t = 0; t < truth.length; t++) {
            truth[t] *= scale;
            double reconstructed = 0.0;
            for (double[] row : b) {
                row[t] *= scale;
                reconstructed += row[t];
            }
            missed[t] = truth[t] - reconstructed;
        }
        return new Model(b, missed, truth);
    }

    /** P(reco p_T in each reco bin), the last bin open-ended, Gaussian reflected at 0. */
    private static double[] recoPtProbabilities(double pt) {
        double sigma = 12.0 + 0.12 * pt;
        double[] p = new double[8];
        for (int i = 0; i < 8; i++) {
            double lo = RECO_PT[i];
            double hi = i == 7 ? Double.POSITIVE_INFINITY : RECO_PT[i + 1];
            p[i] = gaussianMass(pt, sigma, lo, hi) + gaussianMass(-pt, sigma, lo, hi);
        }
        return p;
    }

    /** P(reco min Δφ in each reco bin), Gaussian reflected at 0 and π. */
    private static double[] recoPhiProbabilities(double phi, double pt) {
        double sigma = 0.10 + 3.0 / (pt + 30.0);
        double[] p = new double[6];
        for (int k = 0; k < 6; k++) {
            double lo = RECO_PHI[k];
            double hi = RECO_PHI[k + 1];
            p[k] =
                    gaussianMass(phi, sigma, lo, hi) +
                            gaussianMass(-phi, sigma, lo, hi) +
                            gaussianMass(2 * Math.PI - phi, sigma, lo, hi);
        }
        return p;
    }

    private static double gaussianMass(double mean, double sigma, double lo, double hi) {
        double upper =
                hi == Double.POSITIVE_INFINITY ?
                        1.0 :
                        0.5 * (1 + Erf.erf((hi - mean) / (sigma * Math.sqrt(2))));
        return upper - 0.5 * (1 + Erf.erf((lo - mean) / (sigma * Math.sqrt(2))));
    }

    private static int bin(double[] edges, double value) {
        for (int k = 0; k < edges.length - 2; k++) {
            if (value < edges[k + 1]) {
                return k;
            }
        }
        return edges.length - 2;
    }
}
