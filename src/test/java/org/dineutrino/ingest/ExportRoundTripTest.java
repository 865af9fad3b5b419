package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exported sample imports back to the same numbers, bit for bit, for every column: random
 * batches with values of every magnitude, the edges of double and int (NaN, infinities, -0.0,
 * subnormals, extremes), empty and full collections; and real NanoAOD events.
 */
class ExportRoundTripTest {

    private static final ExportHeader HEADER = ExportHeader.of(1234.5678901234567, Map.of("sample", "toy"));

    @TempDir
    Path tmp;

    @Test
    void random_events_of_every_column_come_back_from_parquet_bit_for_bit() {
        List<EventBatch> batches = List.of(FlatFixtures.randomBatch(700, 1), FlatFixtures.randomBatch(1, 2),
                FlatFixtures.randomBatch(0, 3), FlatFixtures.randomBatch(299, 4));
        Path file = tmp.resolve("toy.parquet");

        ExportSummary written = SampleExporter.writeParquet(batches.get(0).columns(), batches, file,
                ExportLevel.BOTH, HEADER);
        FlatFixtures.Imported back = FlatFixtures.parquet(file, NanoAodMapping.defaults(), 333);

        assertEquals(1000, written.nEvents());
        FlatFixtures.assertSameEvents(FlatFixtures.join(batches), back.joined());
        assertEquals(List.of(333, 333, 333, 1), back.batches().stream().map(EventBatch::nEvents).toList());
    }

    @Test
    void batches_that_straddle_row_groups_come_back_from_parquet_bit_for_bit() {
        EventBatch events = FlatFixtures.randomBatch(1000, 5);
        Path file = tmp.resolve("groups.parquet");
        try (SampleWriter out = ParquetSampleWriter.open(events.columns(), file, ExportLevel.BOTH, HEADER, 77)) {
            out.write(events);
            out.finish();
        }

        FlatFixtures.Imported back = FlatFixtures.parquet(file, NanoAodMapping.defaults(), 100);

        assertTrue(back.summary().notes().get(0).contains("in 13 row group(s)"), back.summary().notes().get(0));
        FlatFixtures.assertSameEvents(events, back.joined());
    }

    @Test
    void random_events_of_every_column_come_back_from_csv_bit_for_bit() {
        List<EventBatch> batches = List.of(FlatFixtures.randomBatch(400, 6), FlatFixtures.randomBatch(0, 7),
                FlatFixtures.randomBatch(100, 8));
        Path file = tmp.resolve("toy.csv");

        ExportSummary written = SampleExporter.writeCsv(batches.get(0).columns(), batches, file, ExportLevel.BOTH,
                HEADER, SampleExporter.ALL_OBJECTS);
        FlatFixtures.Imported back = FlatFixtures.csv(file, NanoAodMapping.defaults(), 128);

        assertEquals(7, written.maxObjects(), "randomBatch draws 0 to 7 objects");
        assertTrue(written.isComplete());
        FlatFixtures.assertSameEvents(FlatFixtures.join(batches), back.joined());
    }

    @Test
    void nanoaod_ttbar_events_with_generator_truth_come_back_from_parquet_and_csv_bit_for_bit() {
        FlatFixtures.Imported root = FlatFixtures.root(IngestFixtures.shared(IngestFixtures.W_JETS));
        EventBatch expected = root.joined();
        assertTrue(root.summary().hasGeneratorInformation());
        Path parquet = tmp.resolve("ttbar.parquet");
        Path csv = tmp.resolve("ttbar.csv");

        SampleExporter.writeParquet(expected.columns(), root.batches(), parquet, ExportLevel.BOTH, HEADER);
        SampleExporter.writeCsv(expected.columns(), root.batches(), csv, ExportLevel.BOTH, HEADER,
                SampleExporter.ALL_OBJECTS);

        FlatFixtures.assertSameEvents(expected, FlatFixtures.parquet(parquet).joined());
        FlatFixtures.assertSameEvents(expected, FlatFixtures.csv(csv).joined());
    }

    @Test
    void the_sum_of_weights_and_properties_of_the_export_come_back_in_the_import_summary() {
        EventBatch events = FlatFixtures.randomBatch(10, 9);
        Path parquet = tmp.resolve("h.parquet");
        Path csv = tmp.resolve("h.csv");
        SampleExporter.writeParquet(events.columns(), List.of(events), parquet, ExportLevel.RECO, HEADER);
        SampleExporter.writeCsv(events.columns(), List.of(events), csv, ExportLevel.RECO, HEADER, 7);

        for (ImportSummary summary : List.of(FlatFixtures.parquet(parquet).summary(),
                FlatFixtures.csv(csv).summary())) {
            assertEquals(1234.5678901234567, summary.genEventSumw().getAsDouble(), 0.0, "written as given");
            assertTrue(summary.notes().contains("exported sample = toy"), summary.notes().toString());
            assertTrue(summary.notes().stream().anyMatch(n -> n.contains("level reco")), summary.notes().toString());
            assertFalse(summary.hasGeneratorInformation(), "a reco export has no truth");
            assertEquals("the file has no column 'genNuNuPt'", summary.absent().get("genNuNuPt"));
        }
    }

    @Test
    void an_export_without_a_header_imports_without_a_sum_of_weights() {
        EventBatch events = FlatFixtures.randomBatch(3, 10);
        Path file = tmp.resolve("none.parquet");
        SampleExporter.writeParquet(events.columns(), List.of(events), file, ExportLevel.BOTH, ExportHeader.none());

        ImportSummary summary = FlatFixtures.parquet(file).summary();

        assertTrue(summary.genEventSumw().isEmpty());
        assertTrue(summary.hasGeneratorInformation());
        assertEquals(columnNames(events), summary.columns());
    }

    private static List<String> columnNames(EventBatch batch) {
        List<String> names = new ArrayList<>();
        for (ColumnSpec spec : batch.columns()) {
            names.add(spec.name());
        }
        return names;
    }
}
