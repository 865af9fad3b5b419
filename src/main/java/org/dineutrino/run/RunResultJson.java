package org.dineutrino.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A run result as JSON, the form /api/runs/{id}/result serves and {@code run --output} writes. */
public final class RunResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunResultJson() {
    }

    public static String write(RunResult result) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of run " + result.runName(), e);
        }
    }

    public static RunResult read(String json) {
        try {
            return MAPPER.readValue(json, RunResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a run result: " + e.getOriginalMessage(), e);
        }
    }

    public static String provenance(RunResult result) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result.provenance());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write provenance", e);
        }
    }
}
