package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dineutrino.event.EventBatch;
import org.dineutrino.ingest.ExportLevel;
import org.dineutrino.ingest.ImportFormat;
import org.dineutrino.ingest.SampleExporter;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store -> file -> store through the application's export and import services. */
class ExportServiceTest {

    private static Database db;

    @TempDir
    static Path dir;

    @BeforeAll
    static void sample() {
        db = Database.inMemory("export-" + UUID.randomUUID());
        SimulatedSamples.create(db.samples(), "sim", SimProcess.TTBAR, 3000, 5, SampleRole.TEMPLATE, f -> { });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<EventBatch> all(SampleInfo s, Set<String> columns) {
        List<EventBatch> out = new ArrayList<>();
        db.samples().stream(s, columns, (b, c, n) -> out.add(b));
        return out;
    }

    private static double[] concat(List<EventBatch> batches, String column) {
        return batches.stream().flatMapToDouble(b -> java.util.Arrays.stream(b.doubles(column))).toArray();
    }

    private void roundTrip(ImportFormat format, String suffix) throws Exception {
        Path file = dir.resolve("sim-" + format + suffix);
        new ExportService(db).export("sim", format, ExportLevel.BOTH, SampleExporter.ALL_OBJECTS, file);
        SampleInfo back = new ImportService(db, null).importFile(new ImportService.ImportRequest(file,
                file.getFileName().toString(), Process.TTBAR, "back-" + format, null, null, Map.of(), null, false),
                f -> { });
        SampleInfo original = db.samples().find("sim").orElseThrow();
        assertEquals(original.nEvents(), back.nEvents());
        assertEquals(original.meta().sumGenWeights(), back.meta().sumGenWeights(), 0.0,
                "the generated events' sum of weights travels with the file");
        for (String column : List.of("jetPt", "puppiMet", "genNuNuPt", "genLeptonPhi", "muonPt")) {
            assertArrayEquals(concat(all(original, Set.of(column)), column), concat(all(back, Set.of(column)), column),
                    0.0, column + " is exact");
        }
    }

    @Test
    void a_sample_exported_as_parquet_imports_back_to_the_same_numbers() throws Exception {
        roundTrip(ImportFormat.PARQUET, ".parquet");
    }

    @Test
    void a_sample_exported_as_csv_imports_back_to_the_same_numbers() throws Exception {
        roundTrip(ImportFormat.CSV, ".csv");
    }

    @Test
    void an_unknown_sample_is_refused_naming_it() {
        var e = assertThrows(InvalidConfigException.class, () -> new ExportService(db).export("nope",
                ImportFormat.PARQUET, ExportLevel.BOTH, 0, dir.resolve("x.parquet")));
        assertEquals(true, e.getMessage().contains("nope"));
        assertEquals(false, Files.exists(dir.resolve("x.parquet")));
    }
}
