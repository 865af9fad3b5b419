package org.dineutrino.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dineutrino.run.ImportService;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports a CMS NanoAOD ROOT file as a sample. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a NanoAOD ROOT file as a sample (one transaction: a failed import leaves nothing).")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data = new DataDirOption();

    @Parameters(index = "0", paramLabel = "FILE", description = "the file: ROOT (NanoAOD), Parquet or CSV")
    Path file;

    @Option(names = "--process", required = true, description = "data, ttbar, tW, DY, VV or BSM")
    String process;

    @Option(names = "--name", required = true, description = "the sample's name")
    String name;

    @Option(names = "--cross-section", paramLabel = "PB",
            description = "cross section of the file's process in pb (default 831.76 for ttbar; required for "
                    + "other simulation)")
    Double crossSectionPb;

    @Option(names = "--btag", defaultValue = "DeepJet",
            description = "b-tag discriminant: DeepJet, DeepCSV or CSVv2 (default: ${DEFAULT-VALUE})")
    String bTag;

    @Option(names = "--branch", paramLabel = "QUANTITY=BRANCH",
            description = "read a quantity from another branch, e.g. MUON_ID=Muon_mediumId; an empty BRANCH "
                    + "leaves it out")
    Map<String, String> branches = new LinkedHashMap<>();

    @Option(names = "--events-tree", defaultValue = "Events",
            description = "tree of events (default: ${DEFAULT-VALUE})")
    String eventsTree;

    @Override
    public Integer call() {
        try (Database db = Database.open(data.dir)) {
            ImportService imports = new ImportService(db, null);
            ProgressLine progress = new ProgressLine("import " + file.getFileName());
            SampleInfo info = imports.importFile(new ImportService.ImportRequest(file, file.getFileName().toString(),
                    Process.parse(process), name, crossSectionPb, bTag, branches, eventsTree, false), progress::update);
            progress.done(info.nEvents() + " events");
            System.out.println("stored sample " + info.id() + " '" + info.name() + "'");
        }
        return 0;
    }
}
