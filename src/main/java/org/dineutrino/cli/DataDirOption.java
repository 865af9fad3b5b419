package org.dineutrino.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option every command takes. */
final class DataDirOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "directory of the database (default: ${DEFAULT-VALUE})")
    Path dir;
}
