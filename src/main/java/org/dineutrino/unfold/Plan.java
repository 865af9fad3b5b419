package org.dineutrino.unfold;

import java.util.List;

/**
 * A method with its settings resolved into a {@link Kernel}; for Tikhonov with a scan, τ is chosen
 * here once, on the nominal input.
 *
 * @param kernel the method
 * @param scan the τ scan points (empty without a scan)
 */
record Plan(Kernel kernel, List<UnfoldResult.ScanPoint> scan) {

    static Plan of(ResponseModel model, Measurement m, UnfoldSettings s, Binning truthBinning) {
        switch (s.method()) {
            case LEAST_SQUARES:
                requireOverdetermined(model, m);
                return new Plan(
                        (mo, me, j) ->
                                LinearUnfolding.solve(
                                        mo,
                                        me,
                                        null,
                                        0.0,
                                        new double[mo.nTruth()],
                                        s.areaConstraint()),
                        List.of());
            case TIKHONOV:
                return tikhonov(model, m, s, truthBinning);
            case BIN_BY_BIN:
                return new Plan((mo, me, j) -> BinByBinUnfolding.solve(mo, me), List.of());
            case ITERATIVE:
                return new Plan(
                        (mo, me, j) ->
                                IterativeUnfolding.solve(
                                        mo,
                                        me.y(),
                                        start(mo, me.y(), s.prior()),
                                        s.iterations(),
                                        s.stopping(),
                                        j),
                        List.of());
            default:
                throw new IllegalArgumentException("unknown method " + s.method());
        }
    }

    private static void requireOverdetermined(ResponseModel model, Measurement m) {
        if (model.nReco() < model.nTruth()) {
            throw new InputDataException(
                    "least squares needs at least as many reco bins as truth bins: got " +
                            model.nReco() +
                            " reco and " +
                            model.nTruth() +
                            " truth bins; use finer reco bins " +
                            "(DESIGN.md: two to four times as many) or tikhonov");
        }
        if (m.inverse().rank() < model.nTruth()) {
            throw new InputDataException(
                    "least squares needs at least " +
                            model.nTruth() +
                            " reco bins with " +
                            "non-zero variance, the data covariance has rank " +
                            m.inverse().rank() +
                            "; merge empty reco bins or give dataCovariance");
        }
    }

    private static Plan tikhonov(
            ResponseModel model, Measurement m, UnfoldSettings s, Binning truthBinning) {
        double[] l = RegularisationMatrix.conditions(truthBinning, s.regularisation(), s.density());
        double[] lTl = RegularisationMatrix.gram(l, model.nTruth());
        double tau = s.tau().value();
        List<UnfoldResult.ScanPoint> scan = List.of();
        if (s.tau().kind() != UnfoldSettings.TauChoice.Kind.FIXED) {
            TauScanner.Problem problem =
                    new TauScanner.Problem(
                            model, m, lTl, bias(model, s.biasScale()), s.areaConstraint());
            TauScanner.Scan result =
                    TauScanner.scan(problem, s.tau().kind(), s.tauMin(), s.tauMax(), s.tauPoints());
            tau = result.tau();
            scan = result.points();
        }
        double chosen = tau;
        return new Plan(
                (mo, me, j) ->
                        LinearUnfolding.solve(
                                mo, me, lTl, chosen, bias(mo, s.biasScale()), s.areaConstraint()),
                scan);
    }

    /** x₀ = biasScale × N. */
    static double[] bias(ResponseModel model, double biasScale) {
        double[] bias = model.truth().clone();
        for (int t = 0; t < bias.length; t++) {
            bias[t] *= biasScale;
        }
        return bias;
    }

    /** n⁽⁰⁾ = Σy × prior / Σprior (pyunfold's start). */
    static double[] start(ResponseModel model, double[] y, UnfoldSettings.Prior prior) {
        int nTruth = model.nTruth();
        double[] shape;
        switch (prior.kind()) {
            case TRUTH:
                shape = model.truth().clone();
                break;
            case UNIFORM:
                shape = new double[nTruth];
                java.util.Arrays.fill(shape, 1.0);
                break;
            default:
                shape = prior.values().clone();
        }
        double norm = Flat.sum(y) / Flat.sum(shape);
        for (int t = 0; t < nTruth; t++) {
            shape[t] *= norm;
        }
        return shape;
    }
}
