package org.dineutrino.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.dineutrino.run.InvalidConfigException;
import org.dineutrino.run.RunService;
import org.dineutrino.run.SampleViews;
import org.dineutrino.run.Setup;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.SampleStore;
import org.dineutrino.unfold.json.UnfoldCaseJson;

/** The JSON API: every page's data under /api. */
final class Api {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SampleStore samples;
    private final RunService runs;
    private final Setup setup;
    private final SampleViews views;

    Api(SampleStore samples, RunService runs, Setup setup) {
        this.samples = samples;
        this.runs = runs;
        this.setup = setup;
        this.views = new SampleViews(samples);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/setup", ctx -> ctx.json(setup.status()));
        routes.get("/api/samples", ctx -> ctx.json(samples.list()));
        routes.get("/api/samples/{id}", this::sample);
        routes.get("/api/samples/{id}/distributions", this::distributions);
        routes.get("/api/runs", ctx -> ctx.json(runs.runs()));
        routes.post("/api/runs", this::submit);
        routes.get("/api/runs/{id}", this::run);
        routes.get("/api/runs/{id}/result", this::result);
        routes.get("/api/jobs/{id}", this::job);
        routes.get("/api/jobs/{id}/log", this::log);
        routes.post("/api/jobs/{id}/cancel", this::cancel);
        routes.post("/api/unfold", this::unfold);
    }

    /** A sample with what its import reported and its per-quantity statistics. */
    record SampleDetail(SampleInfo sample, JsonNode importSummary, JsonNode statistics) {
    }

    private void sample(Context ctx) {
        SampleInfo s = samples.find(ctx.pathParam("id")).orElseThrow(() -> new Errors.NotFound("no sample "
                + ctx.pathParam("id")));
        ctx.json(new SampleDetail(s, views.importSummaryJson(s).map(Api::tree).orElse(null),
                tree(views.statisticsJson(s))));
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored sample view is not JSON", e);
        }
    }

    private void distributions(Context ctx) {
        SampleInfo s = samples.find(ctx.pathParam("id")).orElseThrow(() -> new Errors.NotFound("no sample "
                + ctx.pathParam("id")));
        ctx.contentType("application/json").result(views.distributionsJson(s));
    }

    private void submit(Context ctx) {
        JobInfo job = runs.submit(ctx.body());
        ctx.status(HttpStatus.CREATED).json(Map.of("runId", job.runId(), "jobId", job.id(),
                "location", "/api/runs/" + job.runId()));
    }

    private void run(Context ctx) {
        long id = id(ctx);
        ctx.json(runs.run(id).orElseThrow(() -> new Errors.NotFound("no run " + id)));
    }

    private void result(Context ctx) {
        long id = id(ctx);
        String json = runs.resultJson(id).orElseThrow(() -> new Errors.NotFound("run " + id + " has no result"
                + " (yet)"));
        ctx.contentType("application/json").result(json);
    }

    private void job(Context ctx) {
        long id = id(ctx);
        ctx.json(runs.job(id).orElseThrow(() -> new Errors.NotFound("no job " + id)));
    }

    private void log(Context ctx) {
        long id = id(ctx);
        runs.job(id).orElseThrow(() -> new Errors.NotFound("no job " + id));
        long after = ctx.queryParamAsClass("after", Long.class).getOrDefault(0L);
        ctx.json(runs.log(id, after));
    }

    private void cancel(Context ctx) {
        long id = id(ctx);
        JobInfo job = runs.job(id).orElseThrow(() -> new Errors.NotFound("no job " + id));
        if (job.state().isFinal()) {
            ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "job " + id + " has already finished ("
                    + job.state().name().toLowerCase(java.util.Locale.ROOT) + ")", "cancelRequested", false));
            return;
        }
        ctx.json(Map.of("cancelRequested", runs.cancel(id)));
    }

    /** A synchronous unfolding of a case in the JSON of the unfold command (size-limited by the library). */
    /** Work limits of the synchronous unfold endpoint; larger studies belong in a run (a job). */
    private static final int MAX_SYNC_TOYS = 5000;
    private static final int MAX_SYNC_TAU_POINTS = 1000;
    private static final int MAX_SYNC_ITERATIONS = 1000;

    private void unfold(Context ctx) {
        limit(ctx.body(), "toys", MAX_SYNC_TOYS);
        limit(ctx.body(), "tauPoints", MAX_SYNC_TAU_POINTS);
        limit(ctx.body(), "iterations", MAX_SYNC_ITERATIONS);
        String out = UnfoldCaseJson.unfold(ctx.body());
        ctx.status(UnfoldCaseJson.isError(out) ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
                .contentType("application/json").result(out);
    }

    /** Refuses a case whose top-level numeric field exceeds what a request may compute. */
    private static void limit(String body, String field, int max) {
        JsonNode value;
        try {
            value = MAPPER.readTree(body).get(field);
        } catch (JsonProcessingException e) {
            return;
        }
        if (value != null && value.isNumber() && value.asDouble() > max) {
            throw new InvalidConfigException(field, "is " + value.asText() + "; POST /api/unfold computes at most "
                    + max + " (use the unfold command for larger studies)");
        }
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).check(v -> v > 0, "id must be > 0").get();
    }
}
