package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the export files look like to other tools, and what happens when an export is cut short. */
class ExportFileTest {

    @TempDir
    Path tmp;

    /** Two events: weights 1 and -0, two jets (40.5, 30 GeV) and none. */
    private static EventBatch twoEvents() {
        return EventBatch.builder(2)
                .put(Columns.GEN_WEIGHT, new double[] {1.0, -0.0})
                .put(Columns.N_JET, new int[] {2, 0})
                .put(Columns.JET_PT, new double[] {40.5, 30})
                .build();
    }

    @Test
    void the_csv_has_a_metadata_comment_a_header_with_numbered_objects_and_one_line_per_event() throws IOException {
        EventBatch events = twoEvents();
        Path file = tmp.resolve("two.csv");

        SampleExporter.writeCsv(events.columns(), List.of(events), file, ExportLevel.RECO, ExportHeader.none(), 3);
        List<String> lines = Files.readAllLines(file);

        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("# dineutrino {\"format\":\"dineutrino-events\",\"version\":1,"
                + "\"level\":\"RECO\""), lines.get(0));
        assertEquals("genWeight,nJet,jetPt_0,jetPt_1,jetPt_2", lines.get(1));
        assertEquals("1.0,2,40.5,30.0,", lines.get(2));
        assertEquals("-0.0,0,,,", lines.get(3));
    }

    @Test
    void the_parquet_file_has_standard_lists_and_the_metadata_in_its_footer() throws IOException {
        EventBatch events = twoEvents();
        Path file = tmp.resolve("two.parquet");
        SampleExporter.writeParquet(events.columns(), List.of(events), file, ExportLevel.RECO,
                ExportHeader.of(2.0, Map.of()));

        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).withCodecFactory(new ParquetCodecs())
                        .build())) {
            String schema = reader.getFileMetaData().getSchema().toString();
            String metadata = reader.getFileMetaData().getKeyValueMetaData().get("dineutrino");

            assertEquals("message events {\n  required double genWeight;\n  required int32 nJet;\n"
                    + "  required group jetPt (LIST) {\n    repeated group list {\n      required double element;\n"
                    + "    }\n  }\n}\n", schema);
            assertTrue(metadata.contains("\"genEventSumw\":2.0"), metadata);
            assertTrue(metadata.contains("{\"name\":\"jetPt\",\"type\":\"DOUBLE\",\"countColumn\":\"nJet\","
                    + "\"unit\":\"GeV\",\"description\":\"jet p_T (calibrated)\"}"), metadata);
            assertEquals("ZSTD", reader.getRowGroups().get(0).getColumns().get(0).getCodec().name());
        }
    }

    @Test
    void a_csv_with_fewer_numbered_columns_than_objects_reports_the_cut_events_and_is_refused_on_import() {
        EventBatch events = FlatFixtures.randomBatch(200, 21);
        Path file = tmp.resolve("cut.csv");

        ExportSummary summary = SampleExporter.writeCsv(events.columns(), List.of(events), file, ExportLevel.BOTH,
                ExportHeader.none(), 2);

        Map<String, Long> expected = new LinkedHashMap<>();
        for (String count : List.of("nMuon", "nElectron", "nJet", "nGenLepton", "nGenJet")) {
            expected.put(count, Arrays.stream(events.ints(count)).filter(n -> n > 2).count());
        }
        assertEquals(expected, summary.truncatedEvents());
        assertFalse(summary.isComplete());
        InputDataException e = assertThrows(InputDataException.class, () -> FlatFixtures.csv(file));
        assertTrue(e.problem().contains("export again with a larger number of objects per collection"), e.getMessage());
        assertTrue(e.object().matches("line \\d+, column 'n\\w+'"), e.object());
    }

    @Test
    void an_export_that_fails_half_way_leaves_no_file() {
        EventBatch complete = twoEvents();
        EventBatch lacking = EventBatch.builder(1).put(Columns.GEN_WEIGHT, new double[] {1}).build();
        for (String name : List.of("half.parquet", "half.csv")) {
            Path file = tmp.resolve(name);
            List<EventBatch> batches = List.of(complete, lacking);
            ExportHeader none = ExportHeader.none();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
                if (name.endsWith(".csv")) {
                    SampleExporter.writeCsv(complete.columns(), batches, file, ExportLevel.BOTH, none, 2);
                } else {
                    SampleExporter.writeParquet(complete.columns(), batches, file, ExportLevel.BOTH, none);
                }
            });
            assertTrue(e.getMessage().startsWith("column 'nJet' is not in this batch"), e.getMessage());
            assertFalse(Files.exists(file), name + " deleted");
        }
    }

    @Test
    void a_per_object_column_without_its_count_column_is_refused_before_anything_is_written() {
        List<ColumnSpec> columns = List.of(Columns.GEN_WEIGHT, Columns.JET_PT);
        Path file = tmp.resolve("orphan.parquet");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleExporter.openParquet(columns, file, ExportLevel.BOTH, ExportHeader.none()));

        assertEquals("column jetPt is exported without its count column nJet; add it (ExportLevel.select does)",
                e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void the_format_is_chosen_by_name_and_root_is_not_an_export_format() {
        EventBatch events = twoEvents();
        Path file = tmp.resolve("chosen.csv");

        try (SampleWriter out = SampleExporter.open(ImportFormat.parse("CSV"), events.columns(), file,
                ExportLevel.BOTH, ExportHeader.none(), 2)) {
            out.write(events);
            assertEquals(ImportFormat.CSV, out.finish().format());
        }

        assertEquals(ImportFormat.CSV, ImportFormat.detect(file), "a text file");
        IllegalArgumentException root = assertThrows(IllegalArgumentException.class, () -> SampleExporter.open(
                ImportFormat.ROOT, events.columns(), tmp.resolve("x.root"), ExportLevel.BOTH, ExportHeader.none(), 0));
        assertEquals("exports write parquet or csv, not ROOT files", root.getMessage());
        assertEquals("unknown format 'hdf5', expected root, parquet or csv",
                assertThrows(IllegalArgumentException.class, () -> ImportFormat.parse("hdf5")).getMessage());
    }
}
