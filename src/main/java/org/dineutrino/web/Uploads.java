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

    private final ImportService imports;
    private final Path uploadDir;

    Uploads(ImportService imports, Path uploadDir) {
        this.imports = imports;
        this.uploadDir = uploadDir;
    }

    void register(RoutesConfig routes) {
        if (imports == null) {
            return;
        }
        routes.get("/samples/import", ctx -> ctx.render("import.html", Map.of("error", "")));
        routes.post("/samples/import", this::upload);
        routes.post("/api/samples/import", this::uploadApi);
    }

    private void upload(Context ctx) {
        try {
            ctx.redirect("/jobs/" + queue(ctx).id());
        } catch (InvalidConfigException e) {
            ctx.status(HttpStatus.BAD_REQUEST).render("import.html", Map.of("error", e.getMessage()));
        }
    }

    private void uploadApi(Context ctx) {
        JobInfo job = queue(ctx);
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("jobId", job.id(), "location", "/api/jobs/" + job.id()));
    }

    private JobInfo queue(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.filename().isBlank()) {
            throw new InvalidConfigException("file", "is missing: choose a NanoAOD ROOT file to upload");
        }
        String name = ctx.formParam("name");
        String sigma = ctx.formParam("crossSection");
        Double crossSection = sigma == null || sigma.isBlank() ? null : parse(sigma);
        Path stored = store(file);
        try {
            return imports.queue(new ImportService.ImportRequest(stored, file.filename(),
                    Process.parse(value(ctx, "process")), name, crossSection, ctx.formParam("btag"), Map.of(),
                    ctx.formParam("eventsTree"), true));
        } catch (RuntimeException e) {
            deleteUpload(stored);
            throw e instanceof InvalidConfigException ? e : new InvalidConfigException("process", e.getMessage());
        }
    }

    private static String value(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new InvalidConfigException(field, "is required");
        }
        return v;
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
