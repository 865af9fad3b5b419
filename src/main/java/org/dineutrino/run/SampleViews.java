package org.dineutrino.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.select.ControlDistributions;
import org.dineutrino.store.SampleStore;

/** Derived views of samples, computed from their events on first request and then kept. */
public final class SampleViews {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DISTRIBUTIONS = "distributions";

    private final SampleStore samples;

    public SampleViews(SampleStore samples) {
        this.samples = samples;
    }

    /** The control distributions of a sample as JSON: a list of {key, label, unit, edges, reco, particle}. */
    public String distributionsJson(SampleInfo sample) {
        return samples.summary(sample.id(), DISTRIBUTIONS).orElseGet(() -> {
            String json = write(computeDistributions(sample));
            samples.saveSummary(sample.id(), DISTRIBUTIONS, json);
            return json;
        });
    }

    private Object computeDistributions(SampleInfo sample) {
        ControlDistributions control = new ControlDistributions();
        Set<String> present = new LinkedHashSet<>();
        control.columns().stream().filter(sample::hasColumn).forEach(present::add);
        samples.stream(sample, present, (batch, chunk, n) -> {
            control.fill(batch);
            return true;
        });
        return control.result();
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write sample view", e);
        }
    }
}
