package org.dineutrino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dineutrino.ingest.ExportLevel;
import org.dineutrino.ingest.ImportFormat;
import org.dineutrino.ingest.SampleExporter;
import org.dineutrino.run.ExportService;

/** Sample downloads as Parquet or CSV, written to a temporary file and streamed. */
final class Downloads {

    private final ExportService exports;

    Downloads(ExportService exports) {
        this.exports = exports;
    }

    void register(RoutesConfig routes) {
        if (exports != null) {
            routes.get("/samples/{id}/export", this::download);
            routes.get("/api/samples/{id}/export", this::download);
        }
    }

    private void download(Context ctx) throws IOException {
        ImportFormat format = ImportFormat.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("parquet"));
        ExportLevel level = ExportLevel.parse(ctx.queryParamAsClass("level", String.class).getOrDefault("both"));
        String suffix = format == ImportFormat.CSV ? ".csv" : ".parquet";
        Path file = Files.createTempFile("dineutrino-export", suffix);
        Files.delete(file);
        exports.export(ctx.pathParam("id"), format, level, SampleExporter.ALL_OBJECTS, file);
        ctx.header("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("id").replaceAll("[^A-Za-z0-9._-]",
                "_") + "-" + level.name().toLowerCase(java.util.Locale.ROOT) + suffix + "\"");
        ctx.contentType(format == ImportFormat.CSV ? "text/csv" : "application/vnd.apache.parquet");
        ctx.result(new DeletingStream(file));
    }

    /** Deletes the temporary export once the response has been sent. */
    private static final class DeletingStream extends FilterInputStream {
        private final Path file;

        DeletingStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
