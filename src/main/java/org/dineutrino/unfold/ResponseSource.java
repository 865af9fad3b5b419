package org.dineutrino.unfold;

import java.util.List;

/**
 * One independent source of the response's MC statistical uncertainty, as a linear perturbation of
 * the response model by one standard deviation (up to {@code weight}): A[·][truthBin] changes by
 * dA, N[truthBin] by dN, the reconstructed signal S by dS and the fakes F by dF. The response
 * covariance of x is Σ_s weight_s dx_s dx_sᵀ; a weight may be negative where the sources decompose
 * a multinomial covariance (diag(a) − a aᵀ)/N = Σ_r (a_r/N) e_re_rᵀ − (1/N) a aᵀ.
 *
 * @param truthBin the truth column perturbed, or −1 for none (a fakes source)
 * @param dA [reco] change of column truthBin of A, or null
 * @param dN change of the truth N[truthBin]
 * @param dS [reco] change of S, or null
 * @param dF [reco] change of the fakes, or null
 * @param weight the variance that multiplies dx dxᵀ
 */
record ResponseSource(
        int truthBin, double[] dA, double dN, double[] dS, double[] dF, double weight) {

    /**
     * Sources of a migrations-form response: every migrations entry B[r][t] and missed[t] is an
     * independent weighted count with variance σ² (sumw2, default Poisson). With A[·][t] =
     * B[·][t]/N[t] and N[t] = Σ_rB[r][t] + missed[t]: ∂A[·][t]/∂B[k][t] = (e_k − A[·][t])/N[t],
     * ∂A[·][t]/∂missed[t] = −A[·][t]/N[t].
     */
    static void addMigrationSources(
            List<ResponseSource> out, Response.Migrations m, double[] a, double[] truth) {
        int nReco = m.nReco();
        int nTruth = m.nTruth();
        for (int t = 0; t < nTruth; t++) {
            double[] column = column(a, nReco, nTruth, t);
            for (int k = 0; k < nReco; k++) {
                double sigma =
                        m.migrationErrors() == null ?
                                Math.sqrt(m.migrations()[k][t]) :
                                m.migrationErrors()[k][t];
                if (sigma > 0.0) {
                    double[] dA = scaled(column, -1.0 / truth[t]);
                    dA[k] += 1.0 / truth[t];
                    out.add(
                            new ResponseSource(
                                    t, dA, 1.0, unit(nReco, k, 1.0), null, sigma * sigma));
                }
            }
            double sigmaMissed =
                    m.missedErrors() == null ? Math.sqrt(m.missed()[t]) : m.missedErrors()[t];
            if (sigmaMissed > 0.0) {
                out.add(
                        new ResponseSource(
                                t,
                                scaled(column, -1.0 / truth[t]),
                                1.0,
                                null,
                                null,
                                sigmaMissed * sigmaMissed));
            }
        }
    }

    /**
     * Sources of a normalised response (A[r][t] = R[r][t] ε[t]). With response errors: each R[r][t]
     * and ε[t] independent. Without, but with efficiency errors: each column multinomial with N_C =
     * (ε/σ_{ε})² simulated events (pyunfold's default). S = A N follows A.
     */
    static void addProbabilitySources(
            List<ResponseSource> out, Response.Probabilities p, double[] a, double[] truth) {
        int nReco = p.nReco();
        int nTruth = p.nTruth();
        for (int t = 0; t < nTruth; t++) {
            if (p.responseErrors() != null) {
                addIndependentColumn(out, p, t, truth[t]);
            } else if (p.efficiencyErrors() != null && p.efficiencyErrors()[t] > 0.0) {
                double nSimulated = Math.pow(p.efficiency()[t] / p.efficiencyErrors()[t], 2);
                addMultinomialColumn(out, column(a, nReco, nTruth, t), t, truth[t], nSimulated);
            }
        }
    }

    private static void addIndependentColumn(
            List<ResponseSource> out, Response.Probabilities p, int t, double truth) {
        int nReco = p.nReco();
        double efficiency = p.efficiency()[t];
        for (int r = 0; r < nReco; r++) {
            double sigma = p.responseErrors()[r][t];
            if (sigma > 0.0) {
                out.add(
                        new ResponseSource(
                                t,
                                unit(nReco, r, efficiency),
                                0.0,
                                unit(nReco, r, efficiency * truth),
                                null,
                                sigma * sigma));
            }
        }
        double sigmaEfficiency = p.efficiencyErrors() == null ? 0.0 : p.efficiencyErrors()[t];
        if (sigmaEfficiency > 0.0) {
            double[] dA = new double[nReco];
            for (int r = 0; r < nReco; r++) {
                dA[r] = p.response()[r][t];
            }
            out.add(
                    new ResponseSource(
                            t,
                            dA,
                            0.0,
                            scaled(dA, truth),
                            null,
                            sigmaEfficiency * sigmaEfficiency));
        }
    }

    private static void addMultinomialColumn(
            List<ResponseSource> out, double[] column, int t, double truth, double nSimulated) {
        int nReco = column.length;
        for (int r = 0; r < nReco; r++) {
            if (column[r] > 0.0) {
                out.add(
                        new ResponseSource(
                                t,
                                unit(nReco, r, 1.0),
                                0.0,
                                unit(nReco, r, truth),
                                null,
                                column[r] / nSimulated));
            }
        }
        out.add(
                new ResponseSource(
                        t, column.clone(), 0.0, scaled(column, truth), null, -1.0 / nSimulated));
    }

    /** One source per fakes bin with a non-zero error. */
    static void addFakeSources(List<ResponseSource> out, double[] fakesErrors) {
        int nReco = fakesErrors.length;
        for (int r = 0; r < nReco; r++) {
            if (fakesErrors[r] > 0.0) {
                out.add(
                        new ResponseSource(
                                -1,
                                null,
                                0.0,
                                null,
                                unit(nReco, r, 1.0),
                                fakesErrors[r] * fakesErrors[r]));
            }
        }
    }

    private static double[] column(double[] a, int nReco, int nTruth, int t) {
        double[] column = new double[nReco];
        for (int r = 0; r < nReco; r++) {
            column[r] = a[r * nTruth + t];
        }
        return column;
    }

    private static double[] scaled(double[] v, double s) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = s * v[i];
        }
        return out;
    }

    private static double[] unit(int n, int k, double value) {
        double[] e = new double[n];
        e[k] = value;
        return e;
    }
}
