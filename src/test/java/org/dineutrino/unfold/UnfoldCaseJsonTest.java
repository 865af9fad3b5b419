package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dineutrino.unfold.json.UnfoldCaseJson;
import org.junit.jupiter.api.Test;

/** The JSON case of the unfold command and POST /api/unfold, end to end. */
class UnfoldCaseJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The TUnfold reference case written as a JSON case (migrations form, one background). */
    static ObjectNode tunfoldCase() {
        JsonNode in = ReferenceCase.read("tunfold_formula_port_6x3.json").get("inputs");
        ObjectNode c = MAPPER.createObjectNode();
        c.put("method", "least-squares");
        c.set("migrations", in.get("B_in_reco_x_truth"));
        c.set("missed", in.get("B_reco_underflow_per_truth"));
        c.set("data", in.get("data_y"));
        ObjectNode background = c.putArray("backgrounds").addObject();
        background.put("name", "bkg");
        background.set("values", in.get("background"));
        background.set("errors", in.get("background_err"));
        background.put("scale", 1.0);
        background.put("scaleError", 0.1);
        return c;
    }

    private static JsonNode run(ObjectNode c) {
        try {
            return MAPPER.readTree(UnfoldCaseJson.unfold(MAPPER.writeValueAsString(c)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String error(String json) {
        try {
            JsonNode out = MAPPER.readTree(UnfoldCaseJson.unfold(json));
            assertTrue(out.has("error"), "expected an error, got " + out);
            assertEquals(1, out.size(), "an error object holds only `error`");
            return out.get("error").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void least_squares_case_reproduces_the_tunfold_reference_through_json() {
        JsonNode out = run(tunfoldCase());
        JsonNode expected =
                ReferenceCase.read("tunfold_formula_port_6x3.json")
                        .get("results")
                        .get("tau0_noArea");
        ReferenceCase.assertRelative(
                ReferenceCase.vector(expected.get("x")),
                ReferenceCase.vector(out.get("unfolded")),
                1e-8,
                "unfolded");
        assertEquals(3, out.get("ndf").asInt());
        assertEquals(3, out.get("covariance").size());
        assertEquals(3, out.get("covarianceResponse").get(0).size());
        assertEquals(0.0, out.get("tau").asDouble(), 0.0);
        assertTrue(out.get("purity").isNull(), "6 reco bins without edges: no purity mapping");
        assertEquals(3, out.get("efficiency").size());
    }

    @Test
    void tikhonov_scan_case_returns_the_scan_points() {
        ObjectNode c = tunfoldCase();
        c.put("method", "tikhonov");
        c.put("areaConstraint", true);
        c.put("tau", "rho-avg");
        c.put("tauMin", 1e-4);
        c.put("tauMax", 1.0);
        c.put("tauPoints", 17);
        JsonNode out = run(c);
        assertEquals(17, out.get("scan").size());
        JsonNode first = out.get("scan").get(0);
        assertEquals(-0.5844255581761321, first.get("lcurveX").asDouble(), 1e-8);
        assertTrue(first.has("lcurveY") && first.has("rhoAvg") && first.has("tau"));
    }

    @Test
    void two_d_case_with_edges_reports_shape_purity_and_toys() {
        RealisticResponse.Model model = RealisticResponse.build(2e5);
        ObjectNode c = MAPPER.createObjectNode();
        c.put("method", "least-squares");
        c.set("migrations", MAPPER.valueToTree(model.migrations()));
        c.set("missed", MAPPER.valueToTree(model.missed()));
        double[] data = model.reco();
        for (int r = 0; r < data.length; r++) {
            data[r] = Math.round(data[r] / 4);
        }
        c.set("data", MAPPER.valueToTree(data));
        ObjectNode edges = c.putObject("edges");
        ArrayNode truth = edges.putArray("truth");
        truth.addObject()
                .put("name", "ptNuNu")
                .put("overflow", true)
                .set("edges", MAPPER.valueToTree(RealisticResponse.TRUTH_PT));
        truth.add(MAPPER.valueToTree(RealisticResponse.TRUTH_PHI));
        ArrayNode reco = edges.putArray("reco");
        reco.addObject()
                .put("overflow", true)
                .set("edges", MAPPER.valueToTree(RealisticResponse.RECO_PT));
        reco.add(MAPPER.valueToTree(RealisticResponse.RECO_PHI));
        c.putObject("shape").set("truth", MAPPER.valueToTree(new int[] {4, 3}));
        c.put("toys", 200);
        c.put("seed", 5);
        JsonNode out = run(c);
        assertFalse(out.has("error"), String.valueOf(out.get("error")));
        assertEquals("[4,3]", out.get("shape").toString());
        assertEquals(12, out.get("purity").size());
        assertEquals(12, out.get("pullWidth").size());
        assertEquals(200, out.get("toys").asInt());
        assertTrue(out.get("coverage").get(0).asDouble() > 0.5);
    }

    @Test
    void normalised_response_case_runs_the_iterative_method() {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("method", "iterative");
        c.set("response", MAPPER.valueToTree(new double[][] {{0.9, 0.1}, {0.1, 0.9}}));
        c.set("efficiency", MAPPER.valueToTree(new double[] {1, 1}));
        c.set("efficiencyErrors", MAPPER.valueToTree(new double[] {0.01, 0.01}));
        c.set("truth", MAPPER.valueToTree(new double[] {1, 1}));
        c.set("data", MAPPER.valueToTree(new double[] {100, 150}));
        c.set("dataCovariance", MAPPER.valueToTree(new double[][] {{100, 0}, {0, 12.2 * 12.2}}));
        c.put("prior", "uniform");
        c.putObject("stopping").put("test", "ks").put("tolerance", 0.01);
        JsonNode out = run(c);
        // pyunfold's docstring example: 4 iterations, unfolded (94.32086967, 155.67913033)
        assertEquals(4, out.get("iterations").asInt());
        assertEquals(94.32086967431218, out.get("unfolded").get(0).asDouble(), 1e-6);
        assertEquals(
                0.6557062130612415,
                Math.sqrt(out.get("covarianceResponse").get(0).get(0).asDouble()),
                1e-8);
    }

    @Test
    void ill_posed_and_malformed_cases_give_an_error_field() {
        ObjectNode negative = tunfoldCase();
        ((ArrayNode) negative.get("data")).set(2, MAPPER.getNodeFactory().numberNode(-5));
        assertTrue(error(negative.toString()).contains("data[2]"));
        ObjectNode fewerReco = tunfoldCase();
        fewerReco.set("migrations", MAPPER.valueToTree(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        fewerReco.set("data", MAPPER.valueToTree(new double[] {5, 9}));
        fewerReco.remove("backgrounds");
        assertTrue(error(fewerReco.toString()).contains("reco bins"));
        assertTrue(
                error("{\"method\": \"least-squares\", \"migrations\": [[1]]")
                        .contains("not valid JSON"));
        assertTrue(error("[1, 2]").contains("JSON object"));
        assertTrue(error("").contains("empty"));
    }

    @Test
    void misspelt_and_mistyped_fields_are_named_in_the_error() {
        ObjectNode typo = tunfoldCase();
        typo.put("tauMIn", 0.1);
        String message = error(typo.toString());
        assertTrue(message.contains("tauMIn") && message.contains("tauMin"), message);
        ObjectNode wrongType = tunfoldCase();
        wrongType.put("data", "lots");
        assertTrue(error(wrongType.toString()).contains("`data`"));
        ObjectNode badMethod = tunfoldCase();
        badMethod.put("method", "svd");
        assertTrue(error(badMethod.toString()).contains("least-squares"));
        ObjectNode bothForms = tunfoldCase();
        bothForms.set("response", bothForms.get("migrations"));
        assertTrue(error(bothForms.toString()).contains("not both"));
    }

    @Test
    void oversized_case_is_refused_before_parsing() {
        String big = " ".repeat(UnfoldCaseJson.MAX_INPUT_CHARS) + "{}";
        assertTrue(error(big).contains("at most"));
    }
}
