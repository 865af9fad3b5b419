package org.dineutrino.unfold.json;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.dineutrino.unfold.Background;
import org.dineutrino.unfold.Binning;
import org.dineutrino.unfold.InputDataException;
import org.dineutrino.unfold.Response;
import org.dineutrino.unfold.UnfoldInput;
import org.dineutrino.unfold.UnfoldSettings;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an unfold case (the format of {@link UnfoldCaseJson}) into an {@link UnfoldInput} and
 * {@link UnfoldSettings}. Every mistake becomes an {@link InputDataException} naming the field,
 * what it holds and what is expected.
 */
final class CaseReader {

    /**
     * The fields a case may have; any other is a mistake (a misspelt option must not be ignored).
     */
    static final Set<String> FIELDS =
            Set.of(
                    "method",
                    "migrations",
                    "missed",
                    "migrationErrors",
                    "missedErrors",
                    "response",
                    "efficiency",
                    "truth",
                    "responseErrors",
                    "efficiencyErrors",
                    "data",
                    "dataCovariance",
                    "fakes",
                    "fakesErrors",
                    "backgrounds",
                    "edges",
                    "shape",
                    "areaConstraint",
                    "regularisation",
                    "density",
                    "tau",
                    "tauMin",
                    "tauMax",
                    "tauPoints",
                    "biasScale",
                    "iterations",
                    "stopping",
                    "prior",
                    "toys",
                    "seed",
                    "toysOnResponse",
                    "toyTruth");

    private static final Set<String> BACKGROUND_FIELDS =
            Set.of("name", "values", "errors", "scale", "scaleError");
    private static final Set<String> AXIS_FIELDS = Set.of("name", "edges", "overflow");

    /**
     * A parsed case.
     *
     * @param input the unfolding input
     * @param settings the settings
     */
    record Case(UnfoldInput input, UnfoldSettings settings) {}

    private CaseReader() {}

    static Case read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InputDataException(
                    "an unfold case is a JSON object, got " +
                            (root == null ?
                                    "nothing" :
                                    root.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        requireKnown(root, FIELDS, "case");
        Response response = response(root);
        UnfoldInput input =
                new UnfoldInput(
                        response,
                        vector(root, "data", true),
                        covariance(root),
                        vector(root, "fakes", false),
                        vector(root, "fakesErrors", false),
                        backgrounds(root),
                        binning(root, "truth"),
                        binning(root, "reco"));
        return new Case(input, SettingsReader.read(root));
    }

    /** Fails on a field not in known, listing the known ones. */
    static void requireKnown(JsonNode object, Set<String> known, String where) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InputDataException(
                        "unknown field `" +
                                name +
                                "` in " +
                                where +
                                "; known fields: " +
                                new TreeSet<>(known));
            }
        }
    }

    private static Response response(JsonNode root) {
        boolean migrations = root.has("migrations");
        boolean probabilities = root.has("response");
        if (migrations == probabilities) {
            throw new InputDataException(
                    "give either `migrations` (with `missed`) or `response` (with " +
                            "`efficiency` and `truth`), " +
                            (migrations ? "not both" : "got neither"));
        }
        if (migrations) {
            return new Response.Migrations(
                    matrix(root, "migrations", true),
                    vector(root, "missed", true),
                    matrix(root, "migrationErrors", false),
                    vector(root, "missedErrors", false));
        }
        return new Response.Probabilities(
                matrix(root, "response", true),
                vector(root, "efficiency", true),
                vector(root, "truth", true),
                matrix(root, "responseErrors", false),
                vector(root, "efficiencyErrors", false));
    }

    private static RealMatrix covariance(JsonNode root) {
        double[][] rows = matrix(root, "dataCovariance", false);
        if (rows == null) {
            return null;
        }
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != rows.length) {
                throw new InputDataException(
                        "`dataCovariance` must be square: row " +
                                r +
                                " has " +
                                rows[r].length +
                                " entries, there are " +
                                rows.length +
                                " rows");
            }
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    private static List<Background> backgrounds(JsonNode root) {
        List<Background> list = new ArrayList<>();
        JsonNode node = root.get("backgrounds");
        if (node == null || node.isNull()) {
            return list;
        }
        if (!node.isArray()) {
            throw new InputDataException(
                    "`backgrounds` must be an array of {name, values, errors, scale, " +
                            "scaleError}, got " +
                            kind(node));
        }
        for (int k = 0; k < node.size(); k++) {
            JsonNode b = node.get(k);
            String where = "backgrounds[" + k + "]";
            if (!b.isObject()) {
                throw new InputDataException("`" + where + "` must be an object, got " + kind(b));
            }
            requireKnown(b, BACKGROUND_FIELDS, where);
            String name = b.has("name") ? text(b.get("name"), where + ".name") : "background " + k;
            list.add(
                    new Background(
                            name,
                            vector(b, "values", true, where),
                            vector(b, "errors", false, where),
                            number(b, "scale", 1.0, where),
                            number(b, "scaleError", 0.0, where)));
        }
        return list;
    }

    /**
     * The binning of one level from {@code edges.<level>} (and the optional {@code shape.<level>}
     * check).
     */
    private static Binning binning(JsonNode root, String level) {
        JsonNode edges = root.path("edges").path(level);
        if (root.has("edges") && !root.get("edges").isObject()) {
            throw new InputDataException(
                    "`edges` must be an object {truth: ..., reco: ...}, got " +
                            kind(root.get("edges")));
        }
        if (edges.isMissingNode() || edges.isNull()) {
            return null;
        }
        String where = "edges." + level;
        if (!edges.isArray() || edges.isEmpty()) {
            throw new InputDataException(
                    "`" +
                            where +
                            "` must be an array of edges (1D) or of axes, got " +
                            kind(edges));
        }
        List<Binning.Axis> axes = new ArrayList<>();
        if (edges.get(0).isNumber()) {
            axes.add(new Binning.Axis(level, numbers(edges, where), false));
        } else {
            for (int a = 0; a < edges.size(); a++) {
                axes.add(axis(edges.get(a), where + "[" + a + "]", level + a));
            }
        }
        Binning binning = new Binning(axes);
        checkShape(root, level, binning);
        return binning;
    }

    private static Binning.Axis axis(JsonNode node, String where, String defaultName) {
        if (node.isArray()) {
            return new Binning.Axis(defaultName, numbers(node, where), false);
        }
        if (!node.isObject()) {
            throw new InputDataException(
                    "`" +
                            where +
                            "` must be an array of edges or {name, edges, overflow}, got " +
                            kind(node));
        }
        requireKnown(node, AXIS_FIELDS, where);
        String name = node.has("name") ? text(node.get("name"), where + ".name") : defaultName;
        boolean overflow = node.has("overflow") && bool(node.get("overflow"), where + ".overflow");
        if (!node.has("edges")) {
            throw new InputDataException("`" + where + ".edges` is missing");
        }
        return new Binning.Axis(name, numbers(node.get("edges"), where + ".edges"), overflow);
    }

    private static void checkShape(JsonNode root, String level, Binning binning) {
        JsonNode shape = root.path("shape").path(level);
        if (shape.isMissingNode() || shape.isNull()) {
            return;
        }
        double[] given = numbers(shape, "shape." + level);
        int[] actual = binning.shape();
        boolean same = given.length == actual.length;
        for (int a = 0; same && a < actual.length; a++) {
            same = given[a] == actual[a];
        }
        if (!same) {
            throw new InputDataException(
                    "`shape." +
                            level +
                            "` is " +
                            java.util.Arrays.toString(given) +
                            " but `edges." +
                            level +
                            "` gives " +
                            java.util.Arrays.toString(actual));
        }
    }

    static double[] vector(JsonNode object, String field, boolean required) {
        return vector(object, field, required, null);
    }

    private static double[] vector(JsonNode object, String field, boolean required, String where) {
        String name = where == null ? field : where + "." + field;
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InputDataException(
                        "`" + name + "` is missing: expected an array of numbers");
            }
            return null;
        }
        return numbers(node, name);
    }

    static double[] numbers(JsonNode node, String name) {
        if (!node.isArray()) {
            throw new InputDataException(
                    "`" + name + "` must be an array of numbers, got " + kind(node));
        }
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode item = node.get(i);
            if (!item.isNumber()) {
                throw new InputDataException(
                        "`" + name + "[" + i + "]` must be a number, got " + kind(item));
            }
            v[i] = item.asDouble();
        }
        return v;
    }

    private static double[][] matrix(JsonNode object, String field, boolean required) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InputDataException(
                        "`" + field + "` is missing: expected an array of rows [reco][truth]");
            }
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new InputDataException(
                    "`" + field + "` must be a non-empty array of rows, got " + kind(node));
        }
        double[][] rows = new double[node.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = numbers(node.get(r), field + "[" + r + "]");
        }
        return rows;
    }

    static double number(JsonNode object, String field, double fallback, String where) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw new InputDataException(
                    "`" +
                            (where == null ? "" : where + ".") +
                            field +
                            "` must be a number, got " +
                            kind(node));
        }
        return node.asDouble();
    }

    static String text(JsonNode node, String name) {
        if (!node.isTextual()) {
            throw new InputDataException("`" + name + "` must be a string, got " + kind(node));
        }
        return node.asText();
    }

    static boolean bool(JsonNode node, String name) {
        if (!node.isBoolean()) {
            throw new InputDataException("`" + name + "` must be true or false, got " + kind(node));
        }
        return node.asBoolean();
    }

    static String kind(JsonNode node) {
        return node.isValueNode() ?
                node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node :
                node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
