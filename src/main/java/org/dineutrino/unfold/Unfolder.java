package org.dineutrino.unfold;

import org.apache.commons.math3.linear.RealMatrix;

import java.util.List;

/**
 * The entry point of the unfolding suite: validates an {@link UnfoldInput}, unfolds it with the
 * {@link UnfoldSettings}' method, propagates every covariance and runs the toys. Pure: no state, no
 * logging; failures are {@link InputDataException}s (the input cannot be unfolded as given) or
 * {@link NumericalFailureException}s, never NaN. See the package documentation for the formulas and
 * a worked example.
 */
public final class Unfolder {

    private Unfolder() {}

    /**
     * Unfolds.
     *
     * @return x with its covariances, correlations, fit quality, bin figures, scan and toys
     * @throws InputDataException for input or settings that cannot be unfolded, with what, where
     *     and how to fix it
     * @throws NumericalFailureException when a numerical step fails on valid input
     */
    public static UnfoldResult unfold(UnfoldInput input, UnfoldSettings settings) {
        ResponseModel model =
                ResponseModel.of(input.response(), input.fakes(), input.fakesErrors());
        Binning truthBinning = requireBinning(input.truthBinning(), model.nTruth(), "truthBinning");
        requireBinning(input.recoBinning(), model.nReco(), "recoBinning");
        SettingsCheck.require(settings, model, input.truthBinning());
        Measurement m = Measurement.prepare(input, model, true);
        Plan plan = Plan.of(model, m, settings, truthBinning);
        Solution solution = plan.kernel().solve(model, m, true);
        UnfoldResult result = assemble(model, m, settings, input, solution, plan.scan());
        if (settings.toys() == 0) {
            return result;
        }
        UnfoldResult.ToySummary toys =
                ToyStudy.run(input, settings, model, m, plan.kernel(), result);
        return withToys(result, toys);
    }

    private static Binning requireBinning(Binning binning, int nBins, String what) {
        if (binning == null) {
            return Binning.unitBins(nBins);
        }
        if (binning.nBins() != nBins) {
            throw new InputDataException(
                    what +
                            " has " +
                            binning.nBins() +
                            " bins (shape " +
                            java.util.Arrays.toString(binning.shape()) +
                            "), the response has " +
                            nBins);
        }
        return binning;
    }

    /** Collects covariances, correlations, χ² and bin figures of a solution. */
    private static UnfoldResult assemble(
            ResponseModel model,
            Measurement m,
            UnfoldSettings settings,
            UnfoldInput input,
            Solution solution,
            List<UnfoldResult.ScanPoint> scan) {
        int nTruth = model.nTruth();
        int nReco = model.nReco();
        double[] vxx = Flat.sandwich(solution.sensitivity(), nTruth, nReco, m.covariance());
        double[] vBackground =
                Flat.sandwich(solution.sensitivity(), nTruth, nReco, m.backgroundCovariance());
        double[] vResponse = responseCovariance(model, m, solution);
        Covariances.PseudoInverse inverse =
                Covariances.pseudoInverse(vxx, nTruth, "unfolded covariance");
        double[] rho = Covariances.globalCorrelations(vxx, nTruth, inverse);
        boolean area = settings.areaConstraint();
        int ndf = m.inverse().rank() - nTruth - (area ? 1 : 0);
        BinQuality quality = BinQuality.of(model, input.truthBinning(), input.recoBinning());
        return new UnfoldResult(
                solution.x().clone(),
                matrix(vxx, nTruth),
                matrix(vBackground, nTruth),
                matrix(vResponse, nTruth),
                rho,
                TauScanner.mean(rho),
                TauScanner.max(rho),
                Fit.chi2A(model, m, solution.x()),
                solution.chi2L(),
                ndf,
                solution.tau(),
                solution.iterations(),
                quality.purity(),
                quality.stability(),
                quality.efficiency(),
                scan,
                null,
                new UnfoldResult.Diagnostics(
                        m.inverse().rank(), solution.conditionNumber(), inverse.rank()));
    }

    /** Σ_s w_s δx_s δx_sᵀ over the response's MC sources. */
    static double[] responseCovariance(ResponseModel model, Measurement m, Solution solution) {
        int nTruth = model.nTruth();
        double[] v = new double[nTruth * nTruth];
        for (ResponseSource source : model.sources()) {
            double[] dx = solution.responseTangent(source, m.dy(source, model));
            Flat.addOuter(v, nTruth, dx, source.weight());
        }
        return v;
    }

    /** A symmetric Commons Math matrix from a flat n × n array (averaging round-off asymmetry). */
    private static RealMatrix matrix(double[] v, int n) {
        double[] sym = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sym[i * n + j] = 0.5 * (v[i * n + j] + v[j * n + i]);
            }
        }
        return Flat.toMatrix(sym, n, n);
    }

    private static UnfoldResult withToys(UnfoldResult r, UnfoldResult.ToySummary toys) {
        return new UnfoldResult(
                r.unfolded(),
                r.covariance(),
                r.covarianceBackground(),
                r.covarianceResponse(),
                r.rho(),
                r.rhoAvg(),
                r.rhoMax(),
                r.chi2A(),
                r.chi2L(),
                r.ndf(),
                r.tau(),
                r.iterations(),
                r.purity(),
                r.stability(),
                r.efficiency(),
                r.scan(),
                toys,
                r.diagnostics());
    }
}
