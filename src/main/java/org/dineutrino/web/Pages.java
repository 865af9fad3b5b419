package org.dineutrino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dineutrino.run.InvalidConfigException;
import org.dineutrino.run.DefaultSetup;
import org.dineutrino.run.RunResult;
import org.dineutrino.run.RunService;
import org.dineutrino.run.SampleViews;
import org.dineutrino.run.Setup;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.RunInfo;
import org.dineutrino.store.SampleStore;

/** The HTML pages. Each handler parses, asks one service, renders. */
final class Pages {

    private final SampleStore samples;
    private final RunService runs;
    private final Setup setup;
    private final SampleViews views;

    private java.util.function.Supplier<List<String>> modelLabels = List::of;

    /** Lets the run form offer stored networks as p_T^miss source. */
    Pages withModels(org.dineutrino.store.ModelStore models) {
        if (models != null) {
            modelLabels = () -> models.list().stream().map(org.dineutrino.store.ModelInfo::label).toList();
        }
        return this;
    }

    Pages(SampleStore samples, RunService runs, Setup setup) {
        this.samples = samples;
        this.runs = runs;
        this.setup = setup;
        this.views = new SampleViews(samples);
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/samples", this::sampleList);
        routes.get("/samples/{id}", this::sample);
        routes.get("/runs", this::runList);
        routes.get("/runs/new", this::newRun);
        routes.post("/runs", this::submitRun);
        routes.get("/runs/{id}", this::run);
        routes.get("/jobs/{id}", this::job);
        routes.post("/jobs/{id}/cancel", this::cancel);
    }

    private void home(Context ctx) {
        List<Views.RunRow> rows = runs.runs().stream().map(Views::run).toList();
        ctx.render("home.html", Map.of("samples", samples.list().stream().map(Views::sample).toList(),
                "runs", rows, "setup", setup.status(), "activeRuns", rows.stream().anyMatch(Views.RunRow::active)));
    }

    private void sampleList(Context ctx) {
        ctx.render("samples.html", Map.of("samples", samples.list().stream().map(Views::sample).toList()));
    }

    private void sample(Context ctx) {
        SampleInfo s = samples.find(ctx.pathParam("id")).orElseThrow(() -> new Errors.NotFound("no sample "
                + ctx.pathParam("id")));
        String statistics = views.statisticsJson(s);
        ctx.render("sample.html", Map.of("sample", Views.sample(s), "columns", Views.columns(s),
                "variations", Views.variations(s, statistics),
                "statistics", Views.statistics(statistics),
                "imported", Views.importSummary(views.importSummaryJson(s).orElse(null))));
    }

    private void runList(Context ctx) {
        ctx.render("runs.html", Map.of("runs", runs.runs().stream().map(Views::run).toList()));
    }

    private void newRun(Context ctx) {
        ctx.render("new-run.html", formModel(Map.of(), Map.of(), null));
    }

    private void submitRun(Context ctx) {
        Map<String, String> single = singleValues(ctx);
        Map<String, List<String>> multi = Map.of("backgrounds", ctx.formParams("backgrounds"),
                "data", ctx.formParams("data"));
        try {
            var job = runs.submit(RunForm.toJson(single, multi));
            ctx.redirect("/runs/" + job.runId());
        } catch (InvalidConfigException e) {
            ctx.status(HttpStatus.BAD_REQUEST).render("new-run.html", formModel(single, multi, e));
        }
    }

    private static Map<String, String> singleValues(Context ctx) {
        Map<String, String> out = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v.get(0));
            }
        });
        return out;
    }

    private Map<String, Object> formModel(Map<String, String> values, Map<String, List<String>> multi,
                                          InvalidConfigException error) {
        List<SampleInfo> all = samples.list();
        Map<String, Object> model = new HashMap<>();
        model.put("samples", all.stream().map(Views::sample).toList());
        model.put("bsmSamples", all.stream().filter(s -> s.meta().process() == org.dineutrino.sample.Process.BSM)
                .map(SampleInfo::name).toList());
        model.put("models", modelLabels.get());
        model.put("cuts", RunForm.cutFields(values));
        model.put("binnings", RunForm.binningFields(values));
        model.put("form", Map.of("name", values.getOrDefault("name", "my run"),
                "lumiInvFb", values.getOrDefault("lumiInvFb", RunForm.defaultLumi()),
                "metSource", values.getOrDefault("metSource", "puppi"),
                "method", values.getOrDefault("method", "least-squares"),
                "signal", values.getOrDefault("signal", "ttbar-template"),
                "toys", values.getOrDefault("toys", "0")));
        model.put("checkedBackgrounds", multi.getOrDefault("backgrounds", defaults(all, "template", false)));
        model.put("checkedData", multi.getOrDefault("data", defaults(all, "pseudo-data", true)));
        model.put("error", error == null ? "" : error.getMessage());
        model.put("errorField", error == null ? "" : error.field());
        return model;
    }

    /**
     * Pre-checked sample names: the default run's background templates and pseudo-data where they exist,
     * else every standard-model template other than tt&#772; and every pseudo-data sample (never a BSM one).
     */
    private static List<String> defaults(List<SampleInfo> all, String role, boolean includeTtbar) {
        List<String> standard = DefaultSetup.defaultRunSamples(role.equals("template") ? "backgrounds" : "data");
        List<String> present = all.stream().map(SampleInfo::name).filter(standard::contains).toList();
        if (present.size() == standard.size()) {
            return present;
        }
        return all.stream()
                .filter(s -> s.meta().role().key().equals(role))
                .filter(s -> includeTtbar || s.meta().process() != org.dineutrino.sample.Process.TTBAR)
                .filter(s -> s.meta().process() != org.dineutrino.sample.Process.BSM)
                .map(SampleInfo::name)
                .toList();
    }

    private void run(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).check(v -> v > 0, "run id must be > 0").get();
        RunInfo run = runs.run(id).orElseThrow(() -> new Errors.NotFound("no run " + id));
        RunResult result = runs.result(id).orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("run", Views.run(run));
        model.put("config", run.configJson());
        model.put("observables", result == null ? List.of() : result.observables().stream().map(Views::observable)
                .toList());
        model.put("cutflows", result == null ? List.of() : result.cutflows().stream().map(Views::cutflow).toList());
        model.put("composition", result == null || result.composition() == null ? List.of()
                : result.composition().stream().map(Views::composition).toList());
        model.put("hasResult", result != null);
        model.put("error", run.job() == null || run.job().error() == null ? "" : run.job().error());
        ctx.render("run.html", model);
    }

    private void job(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        JobInfo job = runs.job(id).orElseThrow(() -> new Errors.NotFound("no job " + id));
        if (job.runId() != null) {
            ctx.redirect("/runs/" + job.runId());
            return;
        }
        ctx.render("job.html", Map.of("job", Views.job(job)));
    }

    private void cancel(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        runs.job(id).orElseThrow(() -> new Errors.NotFound("no job " + id));
        runs.cancel(id);
        ctx.redirect("/jobs/" + id);
    }
}
