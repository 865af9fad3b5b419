package org.dineutrino.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the jar. Without a subcommand it serves the web application, as
 * {@code java -jar target/dineutrino.jar} should.
 */
@Command(name = "dineutrino", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Differential tt̄ cross sections of the dineutrino system: simulate, select, unfold.",
        subcommands = {ServeCommand.class, SimulateCommand.class, ImportCommand.class, ExportCommand.class,
            RunCommand.class, UnfoldCommand.class,
            BenchmarkCommand.class})
public final class Main {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        System.exit(commandLine().execute(effective));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
    }
}
