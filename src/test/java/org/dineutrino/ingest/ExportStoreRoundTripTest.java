package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleMeta;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.store.Database;
import org.dineutrino.store.SampleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trips through the sample store (in-memory H2 with the real migrations):
 * ROOT -> store -> Parquet -> store and store -> CSV -> store give the same numbers for every
 * column and the same sum of generator weights; a failed import leaves nothing in the store.
 */
class ExportStoreRoundTripTest {

    private final Database db = Database.inMemory("flatio-" + UUID.randomUUID());

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void root_to_store_to_parquet_to_store_and_store_to_csv_to_store_keep_every_column_and_the_sum_of_weights() {
        SampleStore store = db.samples();
        SampleInfo original = store.write("ttbar", sink -> meta("ttbar", NanoAodImporter.read(
                IngestFixtures.shared(IngestFixtures.W_JETS), NanoAodMapping.defaults(), 64, sink, f -> { })));
        Path parquet = tmp.resolve("ttbar.parquet");
        Path csv = tmp.resolve("ttbar.csv");

        export(store, original, SampleExporter.openParquet(original.columns(), parquet, ExportLevel.BOTH,
                header(original)));
        export(store, original, SampleExporter.openCsv(original.columns(), csv, ExportLevel.BOTH, header(original),
                SampleExporter.largestCollection(original.columns(), read(store, original))));
        SampleInfo fromParquet = store.write("from-parquet", sink -> meta("from-parquet",
                ParquetImporter.read(parquet, NanoAodMapping.defaults(), 50, sink, f -> { })));
        SampleInfo fromCsv = store.write("from-csv", sink -> meta("from-csv",
                CsvImporter.read(csv, NanoAodMapping.defaults(), 70, sink, f -> { })));

        EventBatch expected = FlatFixtures.join(read(store, original));
        assertEquals(200, expected.nEvents(), "data README: 200 ttbar events");
        for (SampleInfo copy : List.of(fromParquet, fromCsv)) {
            FlatFixtures.assertSameEvents(expected, FlatFixtures.join(read(store, copy)));
            assertEquals(original.meta().sumGenWeights(), copy.meta().sumGenWeights(), 0.0, copy.name());
        }
    }

    @Test
    void a_csv_import_that_fails_at_its_last_line_leaves_nothing_in_the_store() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "met,nJet,jetPt_0\n10,1,40\n20,0,\n30,x,\n");
        SampleStore store = db.samples();

        InputDataException e = assertThrows(InputDataException.class, () -> store.write("bad", sink -> meta("bad",
                CsvImporter.read(bad, NanoAodMapping.defaults(), 1, sink, f -> { }))));

        assertEquals("bad.csv: line 4, column 'nJet': holds 'x', which is not an integer", e.getMessage());
        assertTrue(store.find("bad").isEmpty());
        assertTrue(store.list().isEmpty());
    }

    /** Sample metadata as an import makes it: the file's genEventSumw, else the sum of its weights. */
    private static SampleMeta meta(String name, ImportSummary summary) {
        double sumw = summary.genEventSumw().orElse(summary.sumGenWeights().orElse(summary.events()));
        return new SampleMeta(name, Process.TTBAR, "import", SampleRole.OTHER, 831.76, sumw, summary.events(), null,
                "test import", summary.file());
    }

    private static ExportHeader header(SampleInfo sample) {
        return ExportHeader.of(sample.meta().sumGenWeights(), java.util.Map.of("sample", sample.name()));
    }

    private static void export(SampleStore store, SampleInfo sample, SampleWriter writer) {
        try (SampleWriter out = writer) {
            store.stream(sample, names(sample), (batch, chunk, nChunks) -> {
                out.write(batch);
                return true;
            });
            out.finish();
        }
    }

    private static List<EventBatch> read(SampleStore store, SampleInfo sample) {
        List<EventBatch> batches = new ArrayList<>();
        store.stream(sample, names(sample), (batch, chunk, nChunks) -> batches.add(batch));
        return batches;
    }

    private static Set<String> names(SampleInfo sample) {
        Set<String> names = new LinkedHashSet<>();
        for (ColumnSpec column : sample.columns()) {
            names.add(column.name());
        }
        return names;
    }
}
