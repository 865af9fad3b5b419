package org.dineutrino.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dineutrino.run.InvalidConfigException;
import org.dineutrino.run.ModelService;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.ModelInfo;
import org.dineutrino.store.ModelStore;
import org.dineutrino.store.SampleStore;

/** The models pages and API: list, train, performance. */
final class Models {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ModelStore models;
    private final ModelService service;
    private final SampleStore samples;

    Models(ModelStore models, ModelService service, SampleStore samples) {
        this.models = models;
        this.service = service;
        this.samples = samples;
    }

    void register(RoutesConfig routes) {
        if (service == null) {
            return;
        }
        routes.get("/models", ctx -> ctx.render("models.html", listModel("")));
        routes.post("/models/train", this::trainForm);
        routes.get("/models/{id}", this::page);
        routes.get("/api/models", ctx -> ctx.json(models.list().stream().map(Models::summary).toList()));
        routes.get("/api/models/{id}", this::api);
        routes.post("/api/models/train", this::trainApi);
    }

    /** One row of the models list. */
    record ModelRow(long id, String label, String trainingSample, String created, String epochs, String ptGain,
                    String phiGain) {
    }

    static ModelRow row(ModelInfo m) {
        JsonNode report = tree(m.reportJson());
        JsonNode perf = tree(m.performanceJson());
        return new ModelRow(m.id(), m.label(), m.trainingSample(), Views.time(m.createdAt()),
                report.path("trainingLoss").size() + " (best " + report.path("bestEpoch").asInt() + ")",
                String.format(Locale.ROOT, "%.1f %%", perf.path("ptResolutionGainPercent").asDouble()),
                String.format(Locale.ROOT, "%.1f %%", perf.path("phiResolutionGainPercent").asDouble()));
    }

    private Map<String, Object> listModel(String error) {
        List<String> simulated = new ArrayList<>();
        samples.list().stream().filter(s -> s.hasColumn("genMet")).forEach(s -> simulated.add(s.name()));
        return Map.of("models", models.list().stream().map(Models::row).toList(), "samples", simulated,
                "error", error);
    }

    private void trainForm(Context ctx) {
        try {
            ctx.redirect("/jobs/" + queue(ctx.formParam("name"), ctx.formParam("trainingSample"),
                    ctx.formParam("maxEpochs"), ctx.formParam("seed")).id());
        } catch (InvalidConfigException e) {
            ctx.status(HttpStatus.BAD_REQUEST).render("models.html", listModel(e.getMessage()));
        }
    }

    private void trainApi(Context ctx) {
        JsonNode body;
        try {
            body = MAPPER.readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw new InvalidConfigException("(body)", "is not valid JSON: expected {\"name\": ..., \"trainingSample\":"
                    + " ..., \"maxEpochs\": ..., \"seed\": ...}");
        }
        if (body == null || !body.isObject()) {
            throw new InvalidConfigException("(body)", "must be a JSON object");
        }
        body.fieldNames().forEachRemaining(f -> {
            if (!java.util.Set.of("name", "trainingSample", "maxEpochs", "seed").contains(f)) {
                throw new InvalidConfigException(f, "is not a known field; known: name, trainingSample, maxEpochs,"
                        + " seed");
            }
        });
        JobInfo job = queue(body.path("name").asText(null), body.path("trainingSample").asText(null),
                body.path("maxEpochs").asText(null), body.path("seed").asText(null));
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("jobId", job.id(), "location", "/api/jobs/" + job.id()));
    }

    private JobInfo queue(String name, String sample, String maxEpochs, String seed) {
        return service.queue(new ModelService.TrainRequest(name, sample, integer("maxEpochs", maxEpochs),
                seed == null || seed.isBlank() ? 1 : integer("seed", seed), false, null));
    }

    private static Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(field, "must be a whole number, got '" + text + "'");
        }
    }

    private void page(Context ctx) {
        ModelInfo m = find(ctx);
        ctx.render("model.html", Map.of("model", row(m), "reference", Map.of("pt", "15", "phi", "12")));
    }

    private void api(Context ctx) {
        ModelInfo m = find(ctx);
        ctx.json(Map.of("model", summary(m), "manifest", tree(m.manifestJson())));
    }

    private ModelInfo find(Context ctx) {
        String id = ctx.pathParam("id");
        return models.find(id).orElseThrow(() -> new Errors.NotFound("no model " + id));
    }

    /** A model for JSON: its identity, training curves and test-set performance. */
    static Map<String, Object> summary(ModelInfo m) {
        return Map.of("id", m.id(), "name", m.name(), "version", m.version(), "label", m.label(),
                "trainingSample", m.trainingSample(), "createdAt", m.createdAt().toString(),
                "training", tree(m.reportJson()), "performance", tree(m.performanceJson()));
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored model JSON is unreadable", e);
        }
    }
}
