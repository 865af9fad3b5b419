package org.dineutrino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.dineutrino.run.ImportService;
import org.dineutrino.run.InvalidConfigException;
import org.dineutrino.sample.Process;
import org.dineutrino.store.JobInfo;

/** File uploads: streamed to the upload directory, then imported as a job. */
final class Uploads {

    private static final long BYTES_PER_MB = 1024L * 1024;

    private final ImportService imports;
    private final Path uploadDir;
    private final long maxUploadMb;

    /** @param maxUploadMb the administrator's limit on one uploaded file [MB of 2^20 bytes] */
    Uploads(ImportService imports, Path uploadDir, long maxUploadMb) {
        this.imports = imports;
        this.uploadDir = uploadDir;
        this.maxUploadMb = maxUploadMb;
    }

    /** An upload over the administrator's limit: answered 413 with the limit and what to do instead. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    void register(RoutesConfig routes) {
        if (imports == null) {
            return;
        }
        routes.get("/samples/import", ctx -> ctx.render("import.html", model("")));
        routes.post("/samples/import", this::upload);
        routes.post("/api/samples/import", this::uploadApi);
    }

    private void upload(Context ctx) {
        try {
            ctx.redirect("/jobs/" + queue(ctx).id());
        } catch (InvalidConfigException e) {
            ctx.status(HttpStatus.BAD_REQUEST).render("import.html", model(e.getMessage()));
        } catch (TooLarge e) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE).render("import.html", model(e.getMessage()));
        }
    }

    private void uploadApi(Context ctx) {
        try {
            JobInfo job = queue(ctx);
            ctx.status(HttpStatus.ACCEPTED).json(Map.of("jobId", job.id(), "location", "/api/jobs/" + job.id()));
        } catch (TooLarge e) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("error", e.getMessage(), "field", "file"));
        }
    }

    private JobInfo queue(Context ctx) {
        UploadedFile file = uploadedFile(ctx);
        Process process = process(value(ctx, "process"));
        String sigma = ctx.formParam("crossSection");
        Double crossSection = sigma == null || sigma.isBlank() ? null : parse(sigma);
        Path stored = store(file);
        try {
            return imports.queue(new ImportService.ImportRequest(stored, file.filename(), process,
                    ctx.formParam("name"), crossSection, ctx.formParam("btag"), branches(ctx.formParam("branches")),
                    ctx.formParam("eventsTree"), true));
        } catch (RuntimeException e) {
            deleteUpload(stored);
            throw e;
        }
    }

    /**
     * The uploaded file. Jetty's multipart parser stops at the limit with an exception that
     * carries no type of its own; a request longer than the limit is the sign that the file
     * was too large.
     */
    private UploadedFile uploadedFile(Context ctx) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) {
            if (ctx.contentLength() > maxUploadMb * BYTES_PER_MB) {
                throw new TooLarge("file is larger than the upload limit of " + maxUploadMb + " MB that the"
                        + " administrator set (serve --max-upload-mb); import it on the server with the command"
                        + " line instead: import FILE --process P --name N");
            }
            throw new InvalidConfigException("file", "could not be read from the upload (" + e.getMessage()
                    + "): send it as multipart/form-data in the field 'file'");
        }
        if (file == null || file.filename().isBlank()) {
            throw new InvalidConfigException("file", "is missing: choose a NanoAOD ROOT file to upload");
        }
        return file;
    }

    private static Process process(String text) {
        try {
            return Process.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("process", e.getMessage());
        }
    }

    private static String value(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new InvalidConfigException(field, "is required");
        }
        return v;
    }

    private static Map<String, Object> model(String error) {
        return Map.of("error", error, "quantities", java.util.Arrays.stream(
                org.dineutrino.ingest.NanoAodQuantity.values()).map(q -> q.name() + " (" + q.defaultBranch() + ")")
                .toList());
    }

    /** "QUANTITY=BRANCH" per line (or comma-separated); an empty BRANCH leaves the quantity out. */
    static Map<String, String> branches(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String line : text.split("[\\r\\n,]+")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InvalidConfigException("branches", "line '" + line.trim() + "' is not QUANTITY=BRANCH,"
                        + " e.g. MUON_ID=Muon_mediumId");
            }
            out.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return out;
    }

    private static Double parse(String sigma) {
        try {
            return Double.parseDouble(sigma.trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException("crossSection", "must be a number in pb, got '" + sigma + "'");
        }
    }

    /** Streams the upload to disk; the request never holds the file in memory. */
    private Path store(UploadedFile file) {
        try {
            Files.createDirectories(uploadDir);
            Path target = uploadDir.resolve(UUID.randomUUID() + "-" + file.filename().replaceAll("[^A-Za-z0-9._-]",
                    "_"));
            try (InputStream in = file.content()) {
                Files.copy(in, target);
            }
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not store the upload " + file.filename() + ": " + e.getMessage(),
                    e);
        }
    }

    private static void deleteUpload(Path stored) {
        try {
            Files.deleteIfExists(stored);
        } catch (IOException e) {
            throw new IllegalStateException("could not delete the refused upload " + stored, e);
        }
    }
}
