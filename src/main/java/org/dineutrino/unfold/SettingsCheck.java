package org.dineutrino.unfold;

/**
 * Rejects settings that do not fit the method or the input, with the setting, its value and what is
 * expected.
 */
final class SettingsCheck {

    private SettingsCheck() {}

    static void require(UnfoldSettings s, ResponseModel model, Binning truthBinning) {
        if (s.method() == null) {
            throw new InputDataException(
                    "method is missing: expected least-squares, tikhonov, bin-by-bin " +
                            "or iterative");
        }
        boolean linear =
                s.method() == UnfoldSettings.Method.LEAST_SQUARES ||
                        s.method() == UnfoldSettings.Method.TIKHONOV;
        if (s.areaConstraint() && !linear) {
            throw new InputDataException(
                    "areaConstraint applies to least-squares and tikhonov only, not " + s.method());
        }
        if (s.method() != UnfoldSettings.Method.TIKHONOV && !isZeroTau(s.tau())) {
            throw new InputDataException(
                    "tau " +
                            describe(s.tau()) +
                            " applies to tikhonov only, method is " +
                            s.method() +
                            " (least squares is τ = 0)");
        }
        if (s.method() != UnfoldSettings.Method.ITERATIVE && s.iterations() != 0) {
            throw new InputDataException(
                    "iterations applies to the iterative method only, method is " + s.method());
        }
        if (s.method() == UnfoldSettings.Method.TIKHONOV) {
            requireTikhonov(s, truthBinning);
        }
        if (s.method() == UnfoldSettings.Method.ITERATIVE) {
            requireIterative(s, model.nTruth());
        }
        requireToys(s, model.nTruth());
    }

    private static boolean isZeroTau(UnfoldSettings.TauChoice tau) {
        return tau == null ||
                (tau.kind() == UnfoldSettings.TauChoice.Kind.FIXED && tau.value() == 0.0);
    }

    private static String describe(UnfoldSettings.TauChoice tau) {
        return tau.kind() == UnfoldSettings.TauChoice.Kind.FIXED ?
                String.valueOf(tau.value()) :
                tau.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void requireTikhonov(UnfoldSettings s, Binning truthBinning) {
        if (s.tau() == null || s.regularisation() == null || s.density() == null) {
            throw new InputDataException("tikhonov needs tau, regularisation and density settings");
        }
        if (s.tau().kind() == UnfoldSettings.TauChoice.Kind.FIXED &&
                !(s.tau().value() >= 0.0 && Double.isFinite(s.tau().value()))) {
            throw new InputDataException(
                    "tau = " + s.tau().value() + ", expected a finite number ≥ 0");
        }
        if (!Double.isFinite(s.biasScale())) {
            throw new InputDataException(
                    "biasScale = " + s.biasScale() + ", expected a finite number");
        }
        if (s.density() == UnfoldSettings.DensityMode.BIN_WIDTH && truthBinning == null) {
            throw new InputDataException(
                    "density bin-width needs the truth binning (edges): give " +
                            "binning.truth with the axes' edges");
        }
    }

    private static void requireIterative(UnfoldSettings s, int nTruth) {
        if (s.iterations() < 0) {
            throw new InputDataException(
                    "iterations = " +
                            s.iterations() +
                            ", expected ≥ 1 (or 0 with a stopping rule)");
        }
        UnfoldSettings.StoppingRule rule = s.stopping();
        if (s.iterations() == 0 &&
                (rule == null ||
                        rule.test() == null ||
                        !(rule.tolerance() > 0.0) ||
                        rule.maxIterations() < 1)) {
            throw new InputDataException(
                    "stopping needs a test (ks or chi2), a tolerance > 0 and " +
                            "maxIterations ≥ 1, got " +
                            rule);
        }
        if (s.prior() == null) {
            throw new InputDataException("prior is missing: expected truth, uniform or an array");
        }
        if (s.prior().kind() == UnfoldSettings.Prior.Kind.GIVEN) {
            double[] prior = Checks.nonNegative(s.prior().values(), nTruth, "prior");
            if (!(Flat.sum(prior) > 0.0)) {
                throw new InputDataException("prior sums to " + Flat.sum(prior) + ", expected > 0");
            }
        }
    }

    private static void requireToys(UnfoldSettings s, int nTruth) {
        if (s.toys() < 0) {
            throw new InputDataException("toys = " + s.toys() + ", expected ≥ 0");
        }
        if (s.toys() > 0 &&
                s.toyTruth() != null &&
                s.toyTruth().kind() == UnfoldSettings.ToyTruth.Kind.GIVEN) {
            Checks.nonNegative(s.toyTruth().values(), nTruth, "toyTruth");
        }
    }
}
