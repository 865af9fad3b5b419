package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.dineutrino.store.Database;
import org.dineutrino.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser upload against an in-process web server: {@code POST /api/samples/import} and
 * {@code POST /samples/import} with a multipart body built by hand (field {@code file} plus
 * name, process, crossSection, btag). A good upload becomes a job that succeeds and a sample;
 * a too-large or non-ROOT upload is refused with a clear message, and nothing is stored: no
 * row in any table, no file left in the upload directory. Expected event counts: JSROOT
 * ({@code jsroot-import-reference.json}).
 */
class UploadRouteTest {

    /**
     * The administrator's limit: above the 10 MB the server accepts for a JSON body, so that an
     * upload between the two shows that files are not held to the JSON limit.
     */
    private static final long MAX_UPLOAD_MB = 16;
    private static final int MB = 1024 * 1024;
    private static final int TOO_LARGE_BYTES = (int) (MAX_UPLOAD_MB * MB + MB / 2);
    private static final int ABOVE_JSON_LIMIT_BYTES = 12 * MB;
    /** Tables of samples and their events: a failed import job adds a job and log lines, nothing here. */
    private static final java.util.Set<String> SAMPLE_TABLES = java.util.Set.of("SAMPLE", "SAMPLE_COLUMN",
            "SAMPLE_CHUNK", "CHUNK_COLUMN", "SAMPLE_SUMMARY");
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);
    private static final String BOUNDARY = "dineutrino-test-boundary-7d1f";

    private static final String DB_NAME = "upload-route-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @TempDir
    static Path uploadDir;

    private static Database db;
    private static JobExecutor executor;
    private static WebServer web;

    private Map<String, Long> rowsBefore;

    @BeforeAll
    static void start() {
        db = Database.inMemory(DB_NAME);
        executor = new JobExecutor(db, 1);
        RunService runs = new RunService(db, executor);
        ImportService imports = new ImportService(db, executor);
        web = WebServer.start("127.0.0.1", 0, new WebServer.Services(db.samples(), runs, new Setup(db, runs), imports,
                null, null, null, uploadDir, MAX_UPLOAD_MB));
    }

    @AfterAll
    static void stop() {
        web.close();
        executor.close();
        db.close();
    }

    @BeforeEach
    void countRows() {
        rowsBefore = ImportFixtures.rowCounts(DB_NAME);
    }

    @Test
    void an_uploaded_muon_file_becomes_a_job_that_succeeds_and_a_sample_that_lists_its_absent_collections()
            throws Exception {
        Path file = ImportFixtures.shared(ImportFixtures.OPEN_DATA);
        HttpResponse<String> r = upload("/api/samples/import", fields("dimuon", "data", ""), file.getFileName()
                .toString(), Files.readAllBytes(file));
        assertEquals(202, r.statusCode(), r.body());
        JsonNode job = waitForJob(JSON.readTree(r.body()).get("jobId").asLong());
        assertEquals("SUCCEEDED", job.get("state").asText(), job.toString());
        JsonNode sample = JSON.readTree(get("/api/samples/dimuon").body());
        assertEquals(ImportFixtures.referenceFile(ImportFixtures.OPEN_DATA).get("entries").asLong(),
                sample.get("sample").get("nEvents").asLong());
        assertTrue(sample.get("importSummary").get("absent").has("electronPt"), sample.toString());
        String page = get("/samples/dimuon").body();
        assertTrue(page.contains("electronPt: the file has no branch &#39;Electron_pt&#39;"), page);
        assertTrue(page.contains("From <code>open-data-example.root</code>"), "the page names the file as uploaded");
        assertUploadDirEmpty();
    }

    @Test
    void the_upload_form_redirects_to_the_job_and_the_file_imports_with_the_chosen_b_tag() throws Exception {
        Path file = ImportFixtures.shared(ImportFixtures.W_JETS);
        Map<String, String> fields = fields("wjets-form", "data", "");
        fields.put("btag", "CSVv2");
        HttpResponse<String> r = upload("/samples/import", fields, file.getFileName().toString(),
                Files.readAllBytes(file));
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue(location.matches("/jobs/\\d+"), location);
        JsonNode job = waitForJob(Long.parseLong(location.substring("/jobs/".length())));
        assertEquals("SUCCEEDED", job.get("state").asText(), job.toString());
        JsonNode summary = JSON.readTree(get("/api/samples/wjets-form").body()).get("importSummary");
        assertEquals("Jet_btagCSVV2", summary.get("bTagBranch").asText());
        assertEquals(200, summary.get("events").asLong(), "JSROOT: 200 entries");
        assertUploadDirEmpty();
    }

    @Test
    void a_too_large_upload_is_refused_naming_the_limit_and_nothing_is_stored() throws Exception {
        HttpResponse<String> r = upload("/api/samples/import", fields("too-large", "data", ""), "big.root",
                new byte[TOO_LARGE_BYTES]);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("upload limit of " + MAX_UPLOAD_MB + " MB"),
                r.body());
        HttpResponse<String> page = upload("/samples/import", fields("too-large", "data", ""), "big.root",
                new byte[TOO_LARGE_BYTES]);
        assertEquals(413, page.statusCode());
        assertTrue(page.body().contains("id=\"import-error\"") && page.body().contains("--max-upload-mb"), page.body());
        assertNothingStored("too-large");
    }

    @Test
    void a_file_that_is_not_root_is_refused_naming_it_and_nothing_is_stored() throws Exception {
        byte[] text = "run,lumi,event\n1,2,3\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> r = upload("/api/samples/import", fields("not-root", "data", ""), "events.csv", text);
        assertEquals(400, r.statusCode(), r.body());
        String error = JSON.readTree(r.body()).get("error").asText();
        assertTrue(error.contains("events.csv"), error);
        assertNothingStored("not-root");
    }

    @Test
    void the_form_shows_the_refusal_of_a_non_root_file_on_the_import_page() throws Exception {
        byte[] junk = "this is not an event file\nat all, really\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> r = upload("/samples/import", fields("junk", "DY", "6077.22"), "notes.txt", junk);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("id=\"import-error\"") && r.body().contains("notes.txt"), r.body());
        assertNothingStored("junk");
    }

    @Test
    void an_rntuple_upload_is_refused_naming_the_format_before_a_job_exists() throws Exception {
        Path rntuple = ImportFixtures.shared(ImportFixtures.RNTUPLE);
        HttpResponse<String> r = upload("/api/samples/import", fields("rntuple", "data", ""),
                rntuple.getFileName().toString(), Files.readAllBytes(rntuple));
        assertEquals(400, r.statusCode(), r.body());
        String error = JSON.readTree(r.body()).get("error").asText();
        assertTrue(error.contains(rntuple.getFileName() + ": 'Events': is an RNTuple"), error);
        assertNothingStored("rntuple");
    }

    @Test
    void an_upload_above_the_json_body_limit_reaches_the_importer() throws Exception {
        byte[] notRoot = new byte[ABOVE_JSON_LIMIT_BYTES];
        HttpResponse<String> r = upload("/api/samples/import", fields("twelve-mb", "data", ""), "twelve.root",
                notRoot);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("twelve.root"), "read in full, then refused: " + r.body());
        assertNothingStored("twelve-mb");
    }

    @Test
    void an_upload_that_fails_in_its_job_names_the_file_as_uploaded_and_stores_no_sample() throws Exception {
        Path hzz = ImportFixtures.shared(ImportFixtures.HZZ);
        Map<String, String> fields = fields("hzz", "data", "");
        fields.put("eventsTree", "events");
        HttpResponse<String> r = upload("/api/samples/import", fields, hzz.getFileName().toString(),
                Files.readAllBytes(hzz));
        assertEquals(202, r.statusCode(), r.body());
        JsonNode job = waitForJob(JSON.readTree(r.body()).get("jobId").asLong());
        assertEquals("FAILED", job.get("state").asText(), job.toString());
        assertTrue(job.get("error").asText().startsWith("uproot-HZZ-zlib.root: tree 'events': has none of the mapped"),
                job.toString());
        Map<String, Long> after = ImportFixtures.rowCounts(DB_NAME);
        for (String table : SAMPLE_TABLES) {
            assertEquals(rowsBefore.get(table), after.get(table), table);
        }
        assertEquals(404, get("/api/samples/hzz").statusCode());
        assertUploadDirEmpty();
    }

    private void assertNothingStored(String sampleName) throws Exception {
        assertEquals(404, get("/api/samples/" + sampleName).statusCode());
        assertEquals(rowsBefore, ImportFixtures.rowCounts(DB_NAME), "rows per table: no sample, job or log line");
        assertUploadDirEmpty();
    }

    private static void assertUploadDirEmpty() throws IOException {
        try (Stream<Path> left = Files.walk(uploadDir)) {
            assertFalse(left.anyMatch(Files::isRegularFile), "files left in the upload directory");
        }
    }

    private static Map<String, String> fields(String name, String process, String crossSection) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("process", process);
        f.put("crossSection", crossSection);
        f.put("btag", "DeepJet");
        return f;
    }

    /** A multipart/form-data POST: the text fields, then the file as field {@code file}. */
    private static HttpResponse<String> upload(String path, Map<String, String> fields, String fileName,
                                               byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var e : fields.entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
                    + "\"\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    /** Polls {@code /api/jobs/{id}} until the job has finished; returns its last state. */
    private static JsonNode waitForJob(long jobId) throws Exception {
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        JsonNode job = JSON.readTree(get("/api/jobs/" + jobId).body());
        while (Instant.now().isBefore(deadline) && !finished(job)) {
            Thread.sleep(50);
            job = JSON.readTree(get("/api/jobs/" + jobId).body());
        }
        return job;
    }

    private static boolean finished(JsonNode job) {
        String state = job.path("state").asText();
        return state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED");
    }
}
