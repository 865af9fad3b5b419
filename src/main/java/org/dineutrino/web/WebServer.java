package org.dineutrino.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.nio.file.Path;
import org.dineutrino.run.ExportService;
import org.dineutrino.run.ImportService;
import org.dineutrino.run.ModelService;
import org.dineutrino.store.ModelStore;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.dineutrino.run.RunService;
import org.dineutrino.run.Setup;
import org.dineutrino.store.SampleStore;

/** The Javalin application: pages, JSON API and static files, bound to one host and port. */
public final class WebServer implements AutoCloseable {

    /** Largest JSON body accepted by the API (a run configuration is a few kB). */
    private static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** What the pages and the API call, and where uploads go. */
    public record Services(SampleStore samples, RunService runs, Setup setup, ImportService imports,
                           ModelStore modelStore, ModelService models, ExportService exports, Path uploadDir,
                           long maxUploadMb) {
    }

    public static WebServer start(String host, int port, SampleStore samples, RunService runs, Setup setup) {
        return start(host, port, new Services(samples, runs, setup, null, null, null, null, null, 0));
    }

    public static WebServer start(String host, int port, Services services) {
        Pages pages = new Pages(services.samples(), services.runs(), services.setup())
                .withModels(services.modelStore());
        Api api = new Api(services.samples(), services.runs(), services.setup());
        Uploads uploads = new Uploads(services.imports(), services.uploadDir(), services.maxUploadMb());
        Models models = new Models(services.modelStore(), services.models(), services.samples());
        Downloads downloads = new Downloads(services.exports());
        Javalin app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.fileRenderer(new ThymeleafRenderer());
            config.staticFiles.enableWebjars();
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/static";
                sf.location = Location.CLASSPATH;
            });
            if (services.uploadDir() != null) {
                config.jetty.multipartConfig.cacheDirectory(services.uploadDir().toString());
                config.jetty.multipartConfig.maxFileSize(services.maxUploadMb(), SizeUnit.MB);
                config.jetty.multipartConfig.maxTotalRequestSize(services.maxUploadMb() + 1, SizeUnit.MB);
                config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            }
            uploads.register(config.routes);
            models.register(config.routes);
            downloads.register(config.routes);
            pages.register(config.routes);
            api.register(config.routes);
            Errors.register(config.routes);
        });
        app.start();
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
