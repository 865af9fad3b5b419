package org.dineutrino.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dineutrino.run.Pipeline;
import org.dineutrino.run.RunConfig;
import org.dineutrino.run.RunConfigJson;
import org.dineutrino.run.RunResult;
import org.dineutrino.run.RunResultJson;
import org.dineutrino.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs an analysis without the server: the same JSON in as POST /api/runs, the same result out. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an analysis without the server and write its result JSON.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--config", required = true, description = "run configuration JSON (as POST /api/runs accepts)")
    Path config;

    @Option(names = "--output", required = true, description = "where to write the result JSON")
    Path output;

    @Override
    public Integer call() throws Exception {
        RunConfig runConfig = RunConfigJson.parse(Files.readString(config));
        try (Database db = Database.open(data.dir)) {
            ProgressLine progress = new ProgressLine("run " + runConfig.name());
            RunResult result = new Pipeline(db).execute(runConfig, new Pipeline.Listener() {
                @Override
                public void progress(double fraction, String step) {
                    progress.update(fraction);
                }

                @Override
                public void info(String message) {
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            Files.writeString(output, RunResultJson.write(result));
            progress.done("result written to " + output);
        }
        return 0;
    }
}
