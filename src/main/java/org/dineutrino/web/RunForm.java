package org.dineutrino.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dineutrino.run.DefaultSetup;
import org.dineutrino.run.InvalidConfigException;
import org.dineutrino.run.RunConfig;
import org.dineutrino.run.RunConfigJson;
import org.dineutrino.select.Observable;
import org.dineutrino.select.SelectionCuts;

/**
 * The new-run form: its fields with their defaults, and the conversion of a submitted
 * form into the JSON that {@code POST /api/runs} accepts.
 */
final class RunForm {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunForm() {
    }

    /** One editable cut: form field name, label with unit, current value. */
    record CutField(String name, String label, String value) {
    }

    /** One observable's editable bins. */
    record BinningField(String key, String label, String truth, String reco) {
    }

    static List<CutField> cutFields(Map<String, String> values) {
        SelectionCuts d = SelectionCuts.defaults();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("leadingLeptonPt", "leading lepton p_T ≥ [GeV]");
        labels.put("subleadingLeptonPt", "subleading lepton p_T ≥ [GeV]");
        labels.put("leptonAbsEta", "lepton |η| <");
        labels.put("electronGapLow", "electron gap from |η| =");
        labels.put("electronGapHigh", "electron gap to |η| =");
        labels.put("vetoLeptonPt", "third-lepton veto p_T > [GeV]");
        labels.put("mllMin", "m_ℓℓ > [GeV]");
        labels.put("zVetoLow", "SF Z veto from m_ℓℓ = [GeV]");
        labels.put("zVetoHigh", "SF Z veto to m_ℓℓ = [GeV]");
        labels.put("metMinSameFlavour", "SF p_T^miss ≥ [GeV]");
        labels.put("jetPt", "jet p_T > [GeV]");
        labels.put("jetAbsEta", "jet |η| <");
        labels.put("jetLeptonDeltaR", "ΔR(jet, lepton) >");
        labels.put("minJets", "jets ≥");
        labels.put("minBJets", "b-tagged jets ≥");
        labels.put("bTagThreshold", "b-tag discriminant > (DeepJet loose)");
        Map<String, Object> defaults = MAPPER.convertValue(d, MAPPER.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
        List<CutField> out = new ArrayList<>();
        labels.forEach((name, label) -> out.add(new CutField("cuts." + name, label,
                values.getOrDefault("cuts." + name, String.valueOf(defaults.get(name))))));
        return out;
    }

    static List<BinningField> binningFields(Map<String, String> values) {
        List<BinningField> out = new ArrayList<>();
        for (Observable o : Observable.values()) {
            if (o.isTwoDimensional()) {
                continue;
            }
            String prefix = "binning." + o.key() + ".";
            out.add(new BinningField(o.key(), o.label() + (o.unit().isEmpty() ? "" : " [" + o.unit() + "]"),
                    values.getOrDefault(prefix + "truth", edges(o.defaultTruth().axes().get(0).edges())),
                    values.getOrDefault(prefix + "reco", edges(o.defaultReco().axes().get(0).edges()))));
        }
        return out;
    }

    private static String edges(double[] edges) {
        StringBuilder sb = new StringBuilder();
        for (double e : edges) {
            String text = e == Math.PI ? "3.14159265"
                    : java.math.BigDecimal.valueOf(e).stripTrailingZeros().toPlainString();
            sb.append(sb.isEmpty() ? "" : ", ").append(text);
        }
        return sb.toString();
    }

    /**
     * The configuration JSON of a submitted form.
     *
     * @param single single-valued fields by name
     * @param multi  the checked boxes of the backgrounds and data lists
     */
    static String toJson(Map<String, String> single, Map<String, List<String>> multi) {
        ObjectNode root = MAPPER.createObjectNode();
        put(root, "name", single.get("name"));
        put(root, "signal", single.get("signal"));
        array(root.putArray("backgrounds"), multi.getOrDefault("backgrounds", List.of()));
        array(root.putArray("data"), multi.getOrDefault("data", List.of()));
        put(root, "lumiInvFb", single.get("lumiInvFb"));
        put(root, "metSource", single.get("metSource"));
        put(root, "method", single.get("method"));
        put(root, "toys", single.get("toys"));
        put(root, "systematics", single.get("systematics"));
        if ("on".equals(single.get("defaultAlternatives"))) {
            ObjectNode alternatives = root.putObject("alternatives");
            DefaultSetup.defaultAlternatives().forEach(alternatives::put);
        }
        String injected = single.get("injection.sample");
        if (injected != null && !injected.isBlank()) {
            ObjectNode injection = root.putObject("injection");
            injection.put("sample", injected.trim());
            put(injection, "scale", single.get("injection.scale"));
        }
        root.put("pseudoData", !"false".equals(single.get("pseudoData")));
        if ("on".equals(single.get("selectionOnly"))) {
            root.put("unfold", false);
            root.put("pseudoData", false);
        }
        ObjectNode cuts = root.putObject("cuts");
        single.forEach((k, v) -> {
            if (k.startsWith("cuts.") && v != null && !v.isBlank()) {
                cuts.put(k.substring(5), v.trim());
            }
        });
        ObjectNode binning = root.putObject("binning");
        for (Observable o : Observable.values()) {
            if (o.isTwoDimensional()) {
                continue;
            }
            ObjectNode node = binning.putObject(o.key());
            String prefix = "binning." + o.key() + ".";
            node.set("truth", parseEdges(prefix + "truth", single.get(prefix + "truth"),
                    o.defaultTruth().axes().get(0).edges()));
            node.set("reco", parseEdges(prefix + "reco", single.get(prefix + "reco"),
                    o.defaultReco().axes().get(0).edges()));
            node.put("overflow", o.defaultTruth().axes().get(0).overflow());
        }
        return root.toString();
    }

    private static ArrayNode parseEdges(String field, String text, double[] fallback) {
        ArrayNode out = MAPPER.createArrayNode();
        if (text == null || text.isBlank()) {
            for (double e : fallback) {
                out.add(e);
            }
            return out;
        }
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                throw new InvalidConfigException(field, "has '" + part + "', which is not a number");
            }
        }
        return out;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.trim());
        }
    }

    private static void array(ArrayNode node, List<String> values) {
        values.forEach(node::add);
    }

    /** The default luminosity shown in the form. */
    static String defaultLumi() {
        return String.valueOf(RunConfig.FULL_RUN2_LUMI_INV_FB);
    }

    /** Normalises a JSON configuration (used to echo what a form produced). */
    static String normalise(String json) {
        return RunConfigJson.write(RunConfigJson.parse(json));
    }
}
