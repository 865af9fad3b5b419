package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dineutrino.cli.Main;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code import FILE --process P --name N [--cross-section PB] [--btag B] [--data DIR]} on a file
 * database in a temporary directory, read back afterwards like the server would. Expected
 * numbers: JSROOT 7.11.2 ({@code jsroot-import-reference.json}).
 */
class CommandLineImportTest {

    /** Same float values summed in entry order on both sides; see ImportServiceTest. */
    private static final double SUM_RELATIVE = 1e-12;

    @TempDir
    Path dataDir;

    private record Outcome(int exitCode, String err) {
    }

    private static Outcome execute(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Outcome(code, err.toString());
    }

    @Test
    void the_import_command_stores_a_sample_with_the_files_events_and_cross_section() {
        Path dy = ImportFixtures.shared(ImportFixtures.NANO_DY);
        Outcome o = execute("import", dy.toString(), "--process", "DY", "--name", "dy-cli", "--cross-section",
                String.valueOf(ImportFixtures.DY_CROSS_SECTION_PB), "--btag", "CSVv2", "--data", dataDir.toString());
        assertEquals(0, o.exitCode(), o.err());
        try (Database db = Database.open(dataDir)) {
            SampleInfo s = db.samples().find("dy-cli").orElseThrow();
            assertEquals(ImportFixtures.referenceFile(ImportFixtures.NANO_DY).get("entries").asLong(), s.nEvents());
            assertEquals(Process.DRELL_YAN, s.meta().process());
            assertEquals(ImportFixtures.DY_CROSS_SECTION_PB, s.meta().crossSectionPb());
            double csv = ImportFixtures.referenceSum(ImportFixtures.NANO_DY, "Jet_btagCSVV2");
            assertEquals(csv, ImportFixtures.storedSum(db.samples(), s, "jetBtag"), SUM_RELATIVE * Math.abs(csv));
        }
    }

    @Test
    void a_failed_import_on_the_command_line_exits_non_zero_naming_the_file_and_stores_nothing() throws Exception {
        Path junk = ImportFixtures.junk(dataDir.getParent(), "notes.txt");
        Outcome o = execute("import", junk.toString(), "--process", "DY", "--name", "junk", "--cross-section",
                "6077.22", "--data", dataDir.toString());
        assertNotEquals(0, o.exitCode());
        assertTrue(o.err().contains("notes.txt"), o.err());
        try (Database db = Database.open(dataDir)) {
            assertTrue(db.samples().isEmpty(), "no sample stored");
        }
    }
}
