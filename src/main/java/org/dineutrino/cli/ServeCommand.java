package org.dineutrino.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dineutrino.run.DefaultSetup;
import org.dineutrino.run.ExportService;
import org.dineutrino.run.ImportService;
import org.dineutrino.run.ModelService;
import org.dineutrino.run.JobExecutor;
import org.dineutrino.run.RunService;
import org.dineutrino.run.Setup;
import org.dineutrino.store.Database;
import org.dineutrino.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the web application; on an empty database creates the default samples and queues the default run. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web application (the default command).")
final class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to bind (default: ${DEFAULT-VALUE}, single-user mode)")
    String host;

    @Option(names = "--full-run2", description = "make the first-start samples full Run-2 size (137.64 fb^-1)")
    boolean fullRun2;

    @Option(names = "--sample-scale", defaultValue = "1.0",
            description = "scale of the first-start sample sizes (default: ${DEFAULT-VALUE}; tests use less)")
    double sampleScale;

    @Option(names = "--job-threads", defaultValue = "1",
            description = "jobs executed at once (default: ${DEFAULT-VALUE})")
    int jobThreads;

    @Option(names = "--max-upload-mb", defaultValue = "4096",
            description = "largest file the browser may upload, in MB (default: ${DEFAULT-VALUE})")
    long maxUploadMb;

    @Option(names = "--no-defaults", description = "do not create the default samples and run")
    boolean noDefaults;

    @Override
    public Integer call() throws Exception {
        Database db = Database.open(data.dir);
        JobExecutor executor = new JobExecutor(db, jobThreads);
        RunService runs = new RunService(db, executor);
        ImportService imports = new ImportService(db, executor);
        ModelService models = new ModelService(db, executor);
        Setup setup = new Setup(db, runs, models);
        WebServer web = WebServer.start(host, port, new WebServer.Services(db.samples(), runs, setup, imports,
                db.models(), models, new ExportService(db), data.dir.resolve("uploads"), maxUploadMb));
        log.info("dineutrino serving http://{}:{}/ with data in {}", host, web.port(), data.dir.toAbsolutePath());
        executor.recover();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.close();
            executor.close();
            db.close();
            stopped.countDown();
        }, "shutdown"));
        if (!noDefaults) {
            setup.ensureDefaults(fullRun2 ? DefaultSetup.fullRun2Samples() : DefaultSetup.samples(sampleScale));
        }
        stopped.await();
        return 0;
    }
}
