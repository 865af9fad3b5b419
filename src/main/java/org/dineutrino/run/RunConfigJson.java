package org.dineutrino.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dineutrino.select.Binning;
import org.dineutrino.select.Binning2D;
import org.dineutrino.select.Bins;
import org.dineutrino.select.FiducialCuts;
import org.dineutrino.select.Observable;
import org.dineutrino.select.SelectionCuts;
import org.dineutrino.systematics.Variation;
import org.dineutrino.systematics.VariationKind;

/**
 * Reads a run configuration from the JSON that {@code POST /api/runs} and
 * {@code run --config FILE} accept, filling defaults for what is left out, and writes
 * it back in full. Every error names the field.
 */
public final class RunConfigJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("name", "signal", "backgrounds", "data",
            "pseudoData", "fluctuate", "pseudoDataSeed", "lumiInvFb", "metSource", "method", "unfold", "toys",
            "toysOnResponse", "cuts", "fiducial",
            "binning", "systematics", "alternatives", "injection");

    private RunConfigJson() {
    }

    /** Parses and validates; {@link InvalidConfigException} names the offending field. */
    public static RunConfig parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException("(body)", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidConfigException("(body)", "must be a JSON object");
        }
        return fromTree(root);
    }

    static RunConfig fromTree(JsonNode root) {
        rejectUnknown(root, TOP_LEVEL_FIELDS, "");
        String signal = text(root, "signal", null);
        boolean unfold = bool(root, "unfold", true);
        if (unfold && (signal == null || signal.isBlank())) {
            throw new InvalidConfigException("signal", "is required: the tt̄ sample that fills the response");
        }
        double lumi = number(root, "lumiInvFb", RunConfig.FULL_RUN2_LUMI_INV_FB);
        if (!(lumi > 0) || lumi > MAX_LUMI_INV_FB) {
            throw new InvalidConfigException("lumiInvFb", "must be a number > 0 and at most " + MAX_LUMI_INV_FB
                    + " fb^-1 (the HL-LHC's design luminosity), got " + lumi);
        }
        String name = text(root, "name", "run");
        if (name.isBlank() || name.length() > MAX_NAME_CHARS || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidConfigException("name", "must be 1 to " + MAX_NAME_CHARS
                    + " printable characters, got " + name.length() + " characters");
        }
        if (unfold && !root.has("backgrounds")) {
            throw new InvalidConfigException("backgrounds", "is required: list the background templates to subtract"
                    + " from the data, or give [] to subtract none");
        }
        List<String> data = names(root, "data");
        if (data.isEmpty()) {
            throw new InvalidConfigException("data", "needs at least one sample");
        }
        String metText = text(root, "metSource", MetSource.PUPPI.key());
        MetSource metSource = MetSource.parse(metText);
        String metModel = MetSource.modelOf(metText);
        if (metSource == MetSource.MODEL && (metModel == null || metModel.isEmpty())) {
            throw new InvalidConfigException("metSource", "model: needs a model name, e.g. model:default");
        }
        try {
            return new RunConfig(name, signal, names(root, "backgrounds"), data,
                    bool(root, "pseudoData", true), bool(root, "fluctuate", true),
                    seed(root), lumi,
                    metSource, metModel,
                    UnfoldingMethod.parse(text(root, "method", UnfoldingMethod.LEAST_SQUARES.key())), unfold,
                    toys(root), bool(root, "toysOnResponse", true),
                    cuts(root.get("cuts")), fiducial(root.get("fiducial")), binnings(root.get("binning")),
                    systematics(root.get("systematics")), alternatives(root.get("alternatives")),
                    injection(root.get("injection")));
        } catch (InvalidConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(fieldOf(e.getMessage()), e.getMessage());
        }
    }

    /** Largest luminosity a run accepts [fb^-1]: 3000, the HL-LHC's design value. */
    static final double MAX_LUMI_INV_FB = 3000;

    /** Longest run name (the column is VARCHAR(200)). */
    static final int MAX_NAME_CHARS = 200;

    /** Most bins per observable and level, as the unfolding library's case limits. */
    static final int MAX_TRUTH_BINS = 200;
    static final int MAX_RECO_BINS = 500;

    /** Most toys a run may ask for per observable. */
    static final int MAX_TOYS = 20_000;

    private static long seed(JsonNode root) {
        double seed = number(root, "pseudoDataSeed", 1);
        if (seed != Math.rint(seed) || Math.abs(seed) > 1e15) {
            throw new InvalidConfigException("pseudoDataSeed", "must be a whole number of at most 15 digits, got "
                    + seed);
        }
        return (long) seed;
    }

    private static int toys(JsonNode root) {
        double toys = number(root, "toys", 0);
        if (toys < 0 || toys > MAX_TOYS || toys != Math.rint(toys)) {
            throw new InvalidConfigException("toys", "must be a whole number from 0 to " + MAX_TOYS + ", got " + toys);
        }
        return (int) toys;
    }

    private static String fieldOf(String message) {
        int space = message.indexOf(' ');
        int colon = message.indexOf(':');
        int end = colon > 0 && (space < 0 || colon < space) ? colon : space;
        return end > 0 ? message.substring(0, end) : "(config)";
    }

    /** "all", "none", or an array of source names (or variation keys, which stand for their source). */
    private static SystematicsChoice systematics(JsonNode node) {
        if (node == null || node.isNull()) {
            return SystematicsChoice.defaults();
        }
        if (node.isTextual()) {
            String t = node.asText().trim();
            if (t.equalsIgnoreCase("all")) {
                return SystematicsChoice.all();
            }
            if (t.equalsIgnoreCase("none")) {
                return SystematicsChoice.none();
            }
            throw new InvalidConfigException("systematics", "must be \"all\", \"none\" or an array of source"
                    + " names, got '" + t + "'");
        }
        if (!node.isArray()) {
            throw new InvalidConfigException("systematics", "must be \"all\", \"none\" or an array of source"
                    + " names, got " + node);
        }
        Set<String> chosen = new java.util.HashSet<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new InvalidConfigException("systematics", "must hold source names, got " + item);
            }
            chosen.add(source(item.asText()));
        }
        return SystematicsChoice.of(java.util.Arrays.stream(Variation.values()).map(Variation::source).distinct()
                .filter(chosen::contains).toList());
    }

    private static String source(String text) {
        String t = text.trim();
        for (Variation v : Variation.values()) {
            if (v.source().equalsIgnoreCase(t) || v.key().equalsIgnoreCase(t)) {
                return v.source();
            }
        }
        throw new InvalidConfigException("systematics", "names no source of the catalogue: '" + text + "'; known: "
                + java.util.Arrays.stream(Variation.values()).map(Variation::source).distinct().toList());
    }

    /** The most an injected signal may be scaled: far beyond any closure test, short of overflowing counts. */
    static final double MAX_INJECTION_SCALE = 1000;

    /** {"sample": "t2tt-template", "scale": 10}: the BSM closure's injected signal; null when absent. */
    private static RunConfig.Injection injection(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, "injection");
        rejectUnknown(node, Set.of("sample", "scale"), "injection.");
        JsonNode sample = node.get("sample");
        if (sample == null || !(sample.isTextual() || sample.isNumber()) || sample.asText().isBlank()) {
            throw new InvalidConfigException("injection.sample",
                    "is required: the sample to inject, e.g. t2tt-template");
        }
        double scale = number(node, "scale", 10, "injection.scale");
        if (!(scale > 0) || scale > MAX_INJECTION_SCALE) {
            throw new InvalidConfigException("injection.scale", "must be a number > 0 and at most "
                    + MAX_INJECTION_SCALE + ", got " + scale);
        }
        return new RunConfig.Injection(sample.asText(), scale);
    }

    /** {"mtopUp": "sample", ...}: the sample of each alternative-sample variation, in catalogue order. */
    private static Map<String, String> alternatives(JsonNode node) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        requireObject(node, "alternatives");
        List<String> known = java.util.Arrays.stream(Variation.values())
                .filter(v -> v.kind() == VariationKind.ALTERNATIVE_SAMPLE).map(Variation::key).toList();
        rejectUnknown(node, Set.copyOf(known), "alternatives.");
        for (String key : known) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                continue;
            }
            if (!v.isTextual() && !v.isNumber()) {
                throw new InvalidConfigException("alternatives." + key, "must be a sample name or id, got " + v);
            }
            out.put(key, v.asText());
        }
        return out;
    }

    private static SelectionCuts cuts(JsonNode node) {
        SelectionCuts d = SelectionCuts.defaults();
        if (node == null) {
            return d;
        }
        requireObject(node, "cuts");
        rejectUnknown(node, Set.of("leadingLeptonPt", "subleadingLeptonPt", "leptonAbsEta", "electronGapLow",
                "electronGapHigh", "vetoLeptonPt", "mllMin", "zVetoLow", "zVetoHigh", "metMinSameFlavour", "jetPt",
                "jetAbsEta", "jetLeptonDeltaR", "minJets", "minBJets", "bTagThreshold"), "cuts.");
        return new SelectionCuts(cut(node, "leadingLeptonPt", d.leadingLeptonPt()),
                cut(node, "subleadingLeptonPt", d.subleadingLeptonPt()), cut(node, "leptonAbsEta", d.leptonAbsEta()),
                cut(node, "electronGapLow", d.electronGapLow()), cut(node, "electronGapHigh", d.electronGapHigh()),
                cut(node, "vetoLeptonPt", d.vetoLeptonPt()), cut(node, "mllMin", d.mllMin()),
                cut(node, "zVetoLow", d.zVetoLow()), cut(node, "zVetoHigh", d.zVetoHigh()),
                cut(node, "metMinSameFlavour", d.metMinSameFlavour()), cut(node, "jetPt", d.jetPt()),
                cut(node, "jetAbsEta", d.jetAbsEta()), cut(node, "jetLeptonDeltaR", d.jetLeptonDeltaR()),
                whole(node, "minJets", d.minJets()), whole(node, "minBJets", d.minBJets()),
                cut(node, "bTagThreshold", d.bTagThreshold()));
    }

    private static int whole(JsonNode node, String field, int fallback) {
        double v = cut(node, field, fallback);
        if (v != Math.rint(v) || Math.abs(v) > 1000) {
            throw new InvalidConfigException("cuts." + field, "must be a whole number, got " + v);
        }
        return (int) v;
    }

    private static double cut(JsonNode node, String field, double fallback) {
        return number(node, field, fallback, "cuts." + field);
    }

    private static FiducialCuts fiducial(JsonNode node) {
        FiducialCuts d = FiducialCuts.defaults();
        if (node == null) {
            return d;
        }
        requireObject(node, "fiducial");
        rejectUnknown(node, Set.of("leptonPt", "leptonAbsEta", "mllMin", "bJetPt", "bJetAbsEta", "minBJets",
                "ptNuNuMinSameFlavour"), "fiducial.");
        return new FiducialCuts(number(node, "leptonPt", d.leptonPt(), "fiducial.leptonPt"),
                number(node, "leptonAbsEta", d.leptonAbsEta(), "fiducial.leptonAbsEta"),
                number(node, "mllMin", d.mllMin(), "fiducial.mllMin"),
                number(node, "bJetPt", d.bJetPt(), "fiducial.bJetPt"),
                number(node, "bJetAbsEta", d.bJetAbsEta(), "fiducial.bJetAbsEta"),
                (int) number(node, "minBJets", d.minBJets(), "fiducial.minBJets"),
                number(node, "ptNuNuMinSameFlavour", d.ptNuNuMinSameFlavour(), "fiducial.ptNuNuMinSameFlavour"));
    }

    private static Map<Observable, RunConfig.ObservableBinning> binnings(JsonNode node) {
        Map<Observable, RunConfig.ObservableBinning> out = new EnumMap<>(Observable.class);
        for (Observable o : Observable.values()) {
            out.put(o, new RunConfig.ObservableBinning(o.defaultTruth(), o.defaultReco()));
        }
        if (node == null) {
            return out;
        }
        requireObject(node, "binning");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            Observable o;
            try {
                o = Observable.parse(key);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigException("binning." + key, e.getMessage());
            }
            out.put(o, binning(node.get(key), "binning." + key, out.get(o)));
        }
        return out;
    }

    private static RunConfig.ObservableBinning binning(JsonNode node, String path,
                                                       RunConfig.ObservableBinning fallback) {
        requireObject(node, path);
        rejectUnknown(node, Set.of("truth", "reco", "overflow"), path + ".");
        boolean overflow = bool(node, "overflow", fallback.truth().axes().get(0).overflow());
        Bins truth = node.has("truth") ? bins(node.get("truth"), path + ".truth", fallback.truth(), overflow)
                : withOverflow(fallback.truth(), overflow);
        Bins reco = node.has("reco") ? bins(node.get("reco"), path + ".reco", fallback.reco(), overflow)
                : withOverflow(fallback.reco(), overflow);
        if (truth.nBins() > MAX_TRUTH_BINS || reco.nBins() > MAX_RECO_BINS) {
            throw new InvalidConfigException(path, "has " + truth.nBins() + " truth and " + reco.nBins()
                    + " reco bins; at most " + MAX_TRUTH_BINS + " and " + MAX_RECO_BINS + " are allowed");
        }
        return new RunConfig.ObservableBinning(truth, reco);
    }

    /** 1D: an array of edges; 2D: {"ptNuNu": [...], "minDeltaPhi": [...]} (an absent axis keeps its default). */
    private static Bins bins(JsonNode node, String path, Bins fallback, boolean overflow) {
        if (fallback.axes().size() == 1) {
            return edges(node, path, overflow);
        }
        requireObject(node, path);
        String xKey = Observable.PT_NUNU.key();
        String yKey = Observable.MIN_DELTA_PHI.key();
        rejectUnknown(node, Set.of(xKey, yKey), path + ".");
        Binning x = node.has(xKey) ? edges(node.get(xKey), path + "." + xKey, overflow)
                : new Binning(fallback.axes().get(0).edges(), overflow);
        Binning y = node.has(yKey) ? edges(node.get(yKey), path + "." + yKey, false) : fallback.axes().get(1);
        return new Binning2D(x, y);
    }

    private static Bins withOverflow(Bins bins, boolean overflow) {
        Binning x = new Binning(bins.axes().get(0).edges(), overflow);
        return bins.axes().size() == 1 ? x : new Binning2D(x, bins.axes().get(1));
    }

    private static Binning edges(JsonNode node, String path, boolean overflow) {
        if (!node.isArray()) {
            throw new InvalidConfigException(path, "must be an array of bin edges");
        }
        double[] edges = new double[node.size()];
        for (int k = 0; k < edges.length; k++) {
            if (!node.get(k).isNumber()) {
                throw new InvalidConfigException(path, "edge " + k + " is not a number: " + node.get(k));
            }
            edges[k] = node.get(k).doubleValue();
        }
        try {
            return new Binning(edges, overflow);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(path, e.getMessage());
        }
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidConfigException(path, "must be a JSON object");
        }
    }

    private static void rejectUnknown(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw new InvalidConfigException(prefix + field, "is not a known field; known: "
                        + known.stream().sorted().toList());
            }
        }
    }

    private static String text(JsonNode root, String field, String fallback) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw new InvalidConfigException(field, "must be a string, got " + v);
        }
        return v.asText();
    }

    private static double number(JsonNode root, String field, double fallback) {
        return number(root, field, fallback, field);
    }

    private static double number(JsonNode root, String field, double fallback, String path) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                throw new InvalidConfigException(path, "must be a number, got '" + v.asText() + "'");
            }
        }
        throw new InvalidConfigException(path, "must be a number, got " + v);
    }

    private static boolean bool(JsonNode root, String field, boolean fallback) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new InvalidConfigException(field, "must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    private static List<String> names(JsonNode root, String field) {
        JsonNode v = root.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new InvalidConfigException(field, "must be an array of sample names");
        }
        for (JsonNode item : v) {
            if (!item.isTextual() && !item.isNumber()) {
                throw new InvalidConfigException(field, "must hold sample names or ids, got " + item);
            }
            out.add(item.asText());
        }
        return out;
    }

    /** The full configuration, defaults included, as JSON. */
    public static String write(RunConfig c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", c.name());
        root.put("signal", c.signal());
        root.put("unfold", c.unfold());
        root.put("toys", c.toys());
        root.put("toysOnResponse", c.toysOnResponse());
        array(root.putArray("backgrounds"), c.backgrounds());
        array(root.putArray("data"), c.data());
        root.put("pseudoData", c.pseudoData());
        root.put("fluctuate", c.fluctuate());
        root.put("pseudoDataSeed", c.pseudoDataSeed());
        root.put("lumiInvFb", c.lumiInvFb());
        root.put("metSource", c.metSource() == MetSource.MODEL ? "model:" + c.metModel() : c.metSource().key());
        root.put("method", c.method().key());
        root.set("cuts", MAPPER.valueToTree(c.cuts()));
        root.set("fiducial", MAPPER.valueToTree(c.fiducial()));
        switch (c.systematics().mode()) {
            case ALL -> root.put("systematics", "all");
            case NONE -> root.put("systematics", "none");
            case LIST -> array(root.putArray("systematics"), c.systematics().sources());
            case DEFAULT -> {
                // left out: reading it back gives the default again
            }
        }
        ObjectNode alternatives = root.putObject("alternatives");
        c.alternatives().forEach(alternatives::put);
        if (c.injection() != null) {
            ObjectNode injection = root.putObject("injection");
            injection.put("sample", c.injection().sample());
            injection.put("scale", c.injection().scale());
        }
        ObjectNode binning = root.putObject("binning");
        c.binnings().forEach((o, b) -> {
            ObjectNode node = binning.putObject(o.key());
            node.set("truth", edgesTree(b.truth()));
            node.set("reco", edgesTree(b.reco()));
            node.put("overflow", b.truth().axes().get(0).overflow());
        });
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write run configuration", e);
        }
    }

    private static JsonNode edgesTree(Bins bins) {
        if (bins.axes().size() == 1) {
            return MAPPER.valueToTree(bins.axes().get(0).edges());
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.set(Observable.PT_NUNU.key(), MAPPER.valueToTree(bins.axes().get(0).edges()));
        node.set(Observable.MIN_DELTA_PHI.key(), MAPPER.valueToTree(bins.axes().get(1).edges()));
        return node;
    }

    private static void array(ArrayNode node, List<String> values) {
        values.forEach(node::add);
    }
}
