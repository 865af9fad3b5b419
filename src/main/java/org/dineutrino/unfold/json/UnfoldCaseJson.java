package org.dineutrino.unfold.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dineutrino.unfold.InputDataException;
import org.dineutrino.unfold.NumericalFailureException;
import org.dineutrino.unfold.UnfoldResult;
import org.dineutrino.unfold.Unfolder;

/**
 * The unfold case as JSON, shared by {@code dineutrino unfold --input case.json} and {@code POST
 * /api/unfold}: {@link #unfold(String)} takes the case and returns the result, or an object with a
 * single {@code error} field for input that cannot be unfolded. The format is documented in this
 * package's {@code package-info}.
 */
public final class UnfoldCaseJson {

    /** Largest case accepted, in characters: 4 MB holds a 500 × 200 matrix with room to spare. */
    public static final int MAX_INPUT_CHARS = 4_000_000;

    /**
     * Most reco bins: the data covariance's eigen-decomposition grows as n³ (500 bins take about a
     * second) and the endpoint is synchronous.
     */
    public static final int MAX_RECO_BINS = 500;

    /**
     * Most truth bins, for the same reason (the iterative response derivative grows as nTruth³
     * nReco).
     */
    public static final int MAX_TRUTH_BINS = 200;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UnfoldCaseJson() {}

    /**
     * Unfolds a case.
     *
     * @param inputJson the case (see the package documentation)
     * @return the result JSON, or {@code {"error": "..."}} naming what is wrong; never throws for
     *     bad input
     */
    public static String unfold(String inputJson) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(unfoldTree(inputJson));
        } catch (JsonProcessingException e) {
            return error("could not write the result: " + e.getOriginalMessage());
        }
    }

    /** Whether an output of {@link #unfold(String)} is an error object. */
    public static boolean isError(String outputJson) {
        try {
            return MAPPER.readTree(outputJson).has("error");
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private static JsonNode unfoldTree(String inputJson) {
        if (inputJson == null || inputJson.isBlank()) {
            return errorNode("the unfold case is empty: expected a JSON object");
        }
        if (inputJson.length() > MAX_INPUT_CHARS) {
            return errorNode(
                    "the unfold case has " +
                            inputJson.length() +
                            " characters, at most " +
                            MAX_INPUT_CHARS +
                            " are accepted");
        }
        try {
            CaseReader.Case c = CaseReader.read(MAPPER.readTree(inputJson));
            requireSize(c);
            UnfoldResult result = Unfolder.unfold(c.input(), c.settings());
            int[] shape =
                    c.input().truthBinning() == null ? null : c.input().truthBinning().shape();
            return ResultWriter.write(MAPPER, c.settings(), result, shape);
        } catch (JsonProcessingException e) {
            return errorNode(
                    "the unfold case is not valid JSON: " +
                            e.getOriginalMessage() +
                            " (line " +
                            e.getLocation().getLineNr() +
                            ", column " +
                            e.getLocation().getColumnNr() +
                            ")");
        } catch (InputDataException | NumericalFailureException e) {
            return errorNode(e.getMessage());
        } catch (RuntimeException e) {
            return errorNode("internal error while unfolding (please report the case): " + e);
        }
    }

    private static void requireSize(CaseReader.Case c) {
        int nReco = c.input().response().nReco();
        int nTruth = c.input().response().nTruth();
        if (nReco > MAX_RECO_BINS || nTruth > MAX_TRUTH_BINS) {
            throw new InputDataException(
                    "the case has " +
                            nReco +
                            " reco and " +
                            nTruth +
                            " truth bins, at most " +
                            MAX_RECO_BINS +
                            " and " +
                            MAX_TRUTH_BINS +
                            " are accepted");
        }
    }

    private static ObjectNode errorNode(String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", message);
        return node;
    }

    private static String error(String message) {
        return "{\"error\": " + MAPPER.getNodeFactory().textNode(message) + "}";
    }
}
