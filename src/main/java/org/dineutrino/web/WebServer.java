package org.dineutrino.web;

import io.javalin.Javalin;
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

    public static WebServer start(String host, int port, SampleStore samples, RunService runs, Setup setup) {
        Pages pages = new Pages(samples, runs, setup);
        Api api = new Api(samples, runs, setup);
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
