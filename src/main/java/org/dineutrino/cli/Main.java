package org.dineutrino.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar: {@code java -jar dineutrino.jar [serve|simulate|run|unfold ...]}. */
@Command(name = "dineutrino", mixinStandardHelpOptions = true, version = "dineutrino 0.1.0",
        description = "Differential ttbar cross sections of the dineutrino system.",
        subcommands = {})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
    }
}
