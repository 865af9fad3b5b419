package org.dineutrino.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.dineutrino.run.JobExecutor;
import org.dineutrino.run.RunService;
import org.dineutrino.run.Setup;
import org.dineutrino.store.Database;
import org.dineutrino.testing.ToySamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One in-process request per route, against toy samples. */
class WebServerTest {

    private static Database db;
    private static JobExecutor executor;
    private static WebServer web;
    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static final String GOOD_RUN = "{\"name\": \"api run\", \"signal\": \"sig\", \"backgrounds\": [\"bkg\"],"
            + " \"data\": [\"sig-pd\", \"bkg-pd\"], \"lumiInvFb\": 1.0}";

    @BeforeAll
    static void start() {
        db = Database.inMemory("web-" + UUID.randomUUID());
        ToySamples.signal(db.samples(), "sig", 20_000, 1);
        ToySamples.signal(db.samples(), "sig-pd", 20_000, 2);
        ToySamples.background(db.samples(), "bkg", 5_000, 3);
        ToySamples.background(db.samples(), "bkg-pd", 5_000, 4);
        executor = new JobExecutor(db, 1);
        RunService runs = new RunService(db, executor);
        web = WebServer.start("127.0.0.1", 0, db.samples(), runs, new Setup(db, runs));
    }

    @AfterAll
    static void stop() {
        web.close();
        executor.close();
        db.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    private static long submitAndWait() throws Exception {
        HttpResponse<String> r = post("/api/runs", GOOD_RUN, "application/json");
        assertEquals(201, r.statusCode(), r.body());
        long runId = Long.parseLong(r.body().replaceAll(".*\"runId\":(\\d+).*", "$1"));
        long jobId = Long.parseLong(r.body().replaceAll(".*\"jobId\":(\\d+).*", "$1"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && !get("/api/jobs/" + jobId).body().contains("SUCCEEDED")) {
            Thread.sleep(100);
        }
        assertTrue(get("/api/jobs/" + jobId).body().contains("SUCCEEDED"), get("/api/jobs/" + jobId).body());
        return runId;
    }

    @Test
    void the_start_page_lists_samples() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("sig-pd"));
    }

    @Test
    void the_sample_pages_show_metadata_and_columns() throws Exception {
        assertTrue(get("/samples").body().contains("831.76 pb"));
        HttpResponse<String> r = get("/samples/sig");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("muonPt"));
        assertEquals(404, get("/samples/nothing").statusCode());
    }

    @Test
    void the_api_lists_samples_and_finds_one_by_name() throws Exception {
        assertTrue(get("/api/samples").body().contains("\"name\":\"bkg\""));
        assertTrue(get("/api/samples/bkg").body().contains("\"crossSectionPb\":39.12"));
        assertEquals(404, get("/api/samples/none").statusCode());
    }

    @Test
    void control_distributions_count_every_kept_event_once_per_level() throws Exception {
        String json = get("/api/samples/sig/distributions").body();
        assertTrue(json.contains("\"key\":\"leadingLeptonPt\""), json);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        for (var d : tree) {
            if (d.get("key").asText().equals("nJets")) {
                double reco = 0;
                for (var v : d.get("reco")) {
                    reco += v.asDouble();
                }
                assertEquals(20_000, reco, 1e-9, "every toy event has two jets inside the plotted range");
            }
        }
    }

    @Test
    void a_run_posted_as_json_runs_and_serves_its_result_and_log() throws Exception {
        long runId = submitAndWait();
        assertTrue(get("/api/runs/" + runId + "/result").body().contains("\"sigmaPb\""));
        assertTrue(get("/api/runs").body().contains("api run"));
        assertTrue(get("/api/runs/" + runId).body().contains("\"hasResult\":true"));
        HttpResponse<String> page = get("/runs/" + runId);
        assertTrue(page.body().contains("table-ptNuNu") && page.body().contains("cutflow-table"));
        String jobId = get("/api/runs/" + runId).body().replaceAll(".*\"job\":\\{\"id\":(\\d+).*", "$1");
        assertTrue(get("/api/jobs/" + jobId + "/log").body().contains("selection: sample sig"));
    }

    @Test
    void a_run_with_unsorted_edges_is_refused_naming_the_field_and_nothing_is_queued() throws Exception {
        int before = db.runs().list().size();
        HttpResponse<String> r = post("/api/runs", GOOD_RUN.replace("}", ", \"binning\": {\"ptNuNu\":"
                + " {\"truth\": [0, 100, 50]}}}"), "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("binning.ptNuNu.truth"), r.body());
        assertEquals(before, db.runs().list().size());
    }

    @Test
    void a_negative_luminosity_is_refused_naming_the_field() throws Exception {
        HttpResponse<String> r = post("/api/runs", GOOD_RUN.replace("1.0", "-5"), "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("lumiInvFb"), r.body());
    }

    @Test
    void a_missing_sample_is_refused_naming_it() throws Exception {
        int before = db.runs().list().size();
        HttpResponse<String> r = post("/api/runs", GOOD_RUN.replace("\"bkg\"]", "\"nope\"]"), "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("nope"), r.body());
        assertEquals(before, db.runs().list().size());
    }

    @Test
    void the_new_run_form_shows_the_default_cuts_and_a_bad_submission_names_the_field() throws Exception {
        HttpResponse<String> form = get("/runs/new");
        assertTrue(form.body().contains("cuts.metMinSameFlavour") && form.body().contains("value=\"40.0\""));
        String body = "name=x&signal=sig&data=sig-pd&lumiInvFb=-1";
        HttpResponse<String> r = post("/runs", body, "application/x-www-form-urlencoded");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("lumiInvFb"), r.body());
    }

    @Test
    void a_good_form_submission_redirects_to_the_run_page() throws Exception {
        String body = "name=" + URLEncoder.encode("form run", StandardCharsets.UTF_8)
                + "&signal=sig&backgrounds=bkg&data=sig-pd&data=bkg-pd&lumiInvFb=1&method=bin-by-bin";
        HttpResponse<String> r = post("/runs", body, "application/x-www-form-urlencoded");
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/runs/"));
    }

    @Test
    void cancelling_a_finished_job_answers_false_and_unknown_jobs_are_404() throws Exception {
        long runId = submitAndWait();
        String jobId = get("/api/runs/" + runId).body().replaceAll(".*\"job\":\\{\"id\":(\\d+).*", "$1");
        HttpResponse<String> cancel = post("/api/jobs/" + jobId + "/cancel", "", "application/json");
        assertEquals(409, cancel.statusCode(), "a finished job cannot be cancelled");
        assertTrue(cancel.body().contains("already finished"), cancel.body());
        assertEquals(404, get("/api/jobs/99999/log").statusCode());
        assertEquals(302, post("/jobs/" + jobId + "/cancel", "", "application/x-www-form-urlencoded").statusCode());
        assertEquals(404, get("/api/jobs/99999").statusCode());
        assertEquals(404, get("/runs/99999").statusCode());
    }

    @Test
    void setup_status_and_static_files_are_served() throws Exception {
        assertTrue(get("/api/setup").body().contains("\"active\":false"));
        assertEquals(200, get("/static/js/run.js").statusCode());
        assertEquals(200, get("/webjars/chart.js/4.4.1/dist/chart.umd.js").statusCode());
        assertEquals(200, get("/runs").statusCode());
    }
}
