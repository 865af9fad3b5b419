package org.dineutrino.unfold.json;

import com.fasterxml.jackson.databind.JsonNode;

import org.dineutrino.unfold.InputDataException;
import org.dineutrino.unfold.UnfoldSettings;

import java.util.Map;
import java.util.Set;

/** Reads the method and options of an unfold case into {@link UnfoldSettings}. */
final class SettingsReader {

    /**
     * Most toys a case may ask for: the endpoint is synchronous, and 10⁵ toys of the default 2D
     * least squares take about 20 s on one core.
     */
    static final int MAX_TOYS = 100_000;

    /** Most τ scan points a case may ask for: 10⁴ points of the default 2D binning take seconds. */
    static final int MAX_TAU_POINTS = 10_000;

    private static final Set<String> STOPPING_FIELDS = Set.of("test", "tolerance", "maxIterations");

    private static final Map<String, UnfoldSettings.Method> METHODS =
            Map.of(
                    "least-squares",
                    UnfoldSettings.Method.LEAST_SQUARES,
                    "tikhonov",
                    UnfoldSettings.Method.TIKHONOV,
                    "bin-by-bin",
                    UnfoldSettings.Method.BIN_BY_BIN,
                    "iterative",
                    UnfoldSettings.Method.ITERATIVE);
    private static final Map<String, UnfoldSettings.Regularisation> REGULARISATIONS =
            Map.of(
                    "size",
                    UnfoldSettings.Regularisation.SIZE,
                    "derivative",
                    UnfoldSettings.Regularisation.DERIVATIVE,
                    "curvature",
                    UnfoldSettings.Regularisation.CURVATURE);
    private static final Map<String, UnfoldSettings.DensityMode> DENSITIES =
            Map.of(
                    "none",
                    UnfoldSettings.DensityMode.NONE,
                    "bin-width",
                    UnfoldSettings.DensityMode.BIN_WIDTH);
    private static final Map<String, UnfoldSettings.TauChoice.Kind> SCANS =
            Map.of(
                    "lcurve",
                    UnfoldSettings.TauChoice.Kind.LCURVE,
                    "rho-avg",
                    UnfoldSettings.TauChoice.Kind.RHO_AVG,
                    "rho-max",
                    UnfoldSettings.TauChoice.Kind.RHO_MAX);
    private static final Map<String, UnfoldSettings.StoppingTest> TESTS =
            Map.of("ks", UnfoldSettings.StoppingTest.KS, "chi2", UnfoldSettings.StoppingTest.CHI2);

    private SettingsReader() {}

    static UnfoldSettings read(JsonNode root) {
        UnfoldSettings.Builder b = UnfoldSettings.builder(choice(root, "method", METHODS, null));
        if (root.has("areaConstraint")) {
            b.areaConstraint(CaseReader.bool(root.get("areaConstraint"), "areaConstraint"));
        }
        if (root.has("regularisation")) {
            b.regularisation(choice(root, "regularisation", REGULARISATIONS, null));
        }
        if (root.has("density")) {
            b.density(choice(root, "density", DENSITIES, null));
        }
        readTau(root, b);
        b.biasScale(CaseReader.number(root, "biasScale", 1.0, null));
        b.iterations(integer(root, "iterations", 0, 0, Integer.MAX_VALUE));
        if (root.has("stopping")) {
            b.stopping(stopping(root.get("stopping")));
        }
        if (root.has("prior")) {
            b.prior(prior(root.get("prior")));
        }
        readToys(root, b);
        return b.build();
    }

    private static void readTau(JsonNode root, UnfoldSettings.Builder b) {
        JsonNode tau = root.get("tau");
        if (tau != null && tau.isTextual()) {
            b.tau(UnfoldSettings.TauChoice.scan(choice(root, "tau", SCANS, "or a number")));
        } else if (tau != null && !tau.isNull()) {
            b.tau(CaseReader.number(root, "tau", 0.0, null));
        }
        b.tauScan(
                CaseReader.number(root, "tauMin", 0.0, null),
                CaseReader.number(root, "tauMax", 0.0, null),
                integer(root, "tauPoints", UnfoldSettings.DEFAULT_TAU_POINTS, 3, MAX_TAU_POINTS));
    }

    private static void readToys(JsonNode root, UnfoldSettings.Builder b) {
        b.toys(
                integer(root, "toys", 0, 0, MAX_TOYS),
                seed(root));
        if (root.has("toysOnResponse")) {
            b.toysOnResponse(CaseReader.bool(root.get("toysOnResponse"), "toysOnResponse"));
        }
        JsonNode truth = root.get("toyTruth");
        if (truth == null || truth.isNull()) {
            return;
        }
        if (truth.isArray()) {
            b.toyTruth(UnfoldSettings.ToyTruth.given(CaseReader.numbers(truth, "toyTruth")));
        } else if ("response-truth".equals(truth.asText(null))) {
            b.toyTruth(UnfoldSettings.ToyTruth.responseTruth());
        } else if ("unfolded".equals(truth.asText(null))) {
            b.toyTruth(UnfoldSettings.ToyTruth.unfolded());
        } else {
            throw new InputDataException(
                    "`toyTruth` must be \"response-truth\", \"unfolded\" or an array, got " +
                            CaseReader.kind(truth));
        }
    }

    private static long seed(JsonNode root) {
        JsonNode node = root.get("seed");
        if (node == null || node.isNull()) {
            return 1L;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InputDataException(
                    "`seed` must be an integer, got " + CaseReader.kind(node));
        }
        return node.asLong();
    }

    private static UnfoldSettings.StoppingRule stopping(JsonNode node) {
        if (!node.isObject()) {
            throw new InputDataException(
                    "`stopping` must be {test, tolerance, maxIterations}, got " +
                            CaseReader.kind(node));
        }
        CaseReader.requireKnown(node, STOPPING_FIELDS, "stopping");
        UnfoldSettings.StoppingRule defaults = UnfoldSettings.StoppingRule.defaults();
        UnfoldSettings.StoppingTest test =
                node.has("test") ? choice(node, "test", TESTS, null) : defaults.test();
        return new UnfoldSettings.StoppingRule(
                test,
                CaseReader.number(node, "tolerance", defaults.tolerance(), "stopping"),
                integer(node, "maxIterations", defaults.maxIterations(), 1, Integer.MAX_VALUE));
    }

    private static UnfoldSettings.Prior prior(JsonNode node) {
        if (node.isArray()) {
            return UnfoldSettings.Prior.given(CaseReader.numbers(node, "prior"));
        }
        if ("truth".equals(node.asText(null))) {
            return UnfoldSettings.Prior.truth();
        }
        if ("uniform".equals(node.asText(null))) {
            return UnfoldSettings.Prior.uniform();
        }
        throw new InputDataException(
                "`prior` must be \"truth\", \"uniform\" or an array, got " + CaseReader.kind(node));
    }

    private static <T> T choice(
            JsonNode object, String field, Map<String, T> options, String alternative) {
        JsonNode node = object.get(field);
        T value = node != null && node.isTextual() ? options.get(node.asText()) : null;
        if (value == null) {
            throw new InputDataException(
                    "`" +
                            field +
                            "` must be one of " +
                            new java.util.TreeSet<>(options.keySet()) +
                            (alternative == null ? "" : " " + alternative) +
                            ", got " +
                            (node == null ? "nothing" : CaseReader.kind(node)));
        }
        return value;
    }

    private static int integer(JsonNode object, String field, int fallback, int min, int max) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            throw new InputDataException(
                    "`" +
                            field +
                            "` must be an integer from " +
                            min +
                            " to " +
                            max +
                            ", got " +
                            CaseReader.kind(node));
        }
        return node.asInt();
    }
}
