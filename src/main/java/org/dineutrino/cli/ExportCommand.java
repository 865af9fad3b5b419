package org.dineutrino.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dineutrino.ingest.ExportLevel;
import org.dineutrino.ingest.ExportSummary;
import org.dineutrino.ingest.ImportFormat;
import org.dineutrino.ingest.SampleExporter;
import org.dineutrino.run.ExportService;
import org.dineutrino.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a sample to Parquet or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a sample as Parquet or CSV (every column with its unit, one row per event).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--sample", required = true, description = "sample id or name")
    String sample;

    @Option(names = "--format", required = true, description = "parquet or csv")
    String format;

    @Option(names = "--level", defaultValue = "both",
            description = "reco, particle or both (default: ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--max-objects", defaultValue = "-1",
            description = "CSV: numbered columns per collection (default: as many as the largest collection)")
    int maxObjects;

    @Option(names = "--output", required = true, description = "the file to write")
    Path output;

    @Override
    public Integer call() {
        try (Database db = Database.open(data.dir)) {
            ExportSummary summary = new ExportService(db).export(sample, ImportFormat.parse(format),
                    ExportLevel.parse(level), maxObjects < 0 ? SampleExporter.ALL_OBJECTS : maxObjects, output);
            System.out.println("wrote " + output + ": " + summary.nEvents() + " events, " + summary.columns().size()
                    + " columns (" + summary.level().name().toLowerCase(java.util.Locale.ROOT) + " level), "
                    + summary.bytes() + " bytes");
        }
        return 0;
    }
}
