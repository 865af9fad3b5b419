package org.dineutrino.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dineutrino.ingest.SampleStatistics;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.select.ControlDistributions;
import org.dineutrino.store.SampleStore;

/** Derived views of samples, computed from their events on first request and then kept. */
public final class SampleViews {

    private static final ObjectMapper MAPPER = ImportService.MAPPER;
    private static final String DISTRIBUTIONS = "distributions";
    private static final String STATISTICS = "statistics";

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

    /** Per collection and quantity: objects, sum and mean (the "check what was imported" view). */
    public String statisticsJson(SampleInfo sample) {
        return samples.summary(sample.id(), STATISTICS).orElseGet(() -> {
            SampleStatistics.Accumulator acc = SampleStatistics.accumulator();
            Set<String> all = new LinkedHashSet<>();
            sample.columns().forEach(c -> all.add(c.name()));
            samples.stream(sample, all, (batch, chunk, n) -> {
                acc.add(batch);
                return true;
            });
            String json = write(acc.result());
            samples.saveSummary(sample.id(), STATISTICS, json);
            return json;
        });
    }

    /** The stored import summary (absent quantities, notes), if the sample was imported. */
    public java.util.Optional<String> importSummaryJson(SampleInfo sample) {
        return samples.summary(sample.id(), ImportService.IMPORT_SUMMARY);
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
