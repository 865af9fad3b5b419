package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet files from other writers: pyarrow 25.0.1 (files and values in make_pyarrow_files.py;
 * every value there is a float that double holds exactly, so the expected doubles are the
 * script's decimals) and parquet-java's example writer.
 */
class ParquetImportTest {

    /** make_pyarrow_files.py: MUON_PT flattened, and the per-event counts. */
    private static final double[] MUON_PT = {31.5, 20.25, 45.0, 12.5, 11.0, 10.5};
    private static final int[] N_MUON = {2, 0, 1, 3};

    @TempDir
    Path tmp;

    @Test
    void a_pyarrow_nanoaod_file_with_dictionary_v2_pages_and_five_codecs_imports_through_the_mapping() {
        FlatFixtures.Imported imported = FlatFixtures.parquet(ParquetTestFiles.pyarrow("pyarrow-nanoaod.parquet"));
        EventBatch events = imported.joined();

        assertArrayEquals(N_MUON, events.ints(Columns.N_MUON.name()));
        assertArrayEquals(MUON_PT, events.doubles(Columns.MUON_PT.name()));
        assertArrayEquals(new int[] {1, -1, -1, 1, 1, -1}, events.ints(Columns.MUON_CHARGE.name()));
        assertArrayEquals(new double[] {50.5, 12.0, 0.0, 99.75}, events.doubles(Columns.MET.name()));
        assertArrayEquals(new double[] {1.0, -1.0, 2.0, 0.5}, events.doubles(Columns.GEN_WEIGHT.name()));
        assertArrayEquals(new int[] {1, 0, 1, 1, 0, 0}, events.ints(Columns.MUON_TIGHT.name()),
                "tight ID and isolation below 0.15: (T, 0.01) (F, 0.5) (T, 0.1) (T, 0.0) (T, 0.2) (F, 0.14)");
        assertEquals(2.5, imported.summary().sumGenWeights().getAsDouble(), 0.0, "1 - 1 + 2 + 0.5");
        assertTrue(imported.summary().absent().containsKey(Columns.JET_PT.name()));
        assertTrue(imported.summary().notes().get(0).contains("GZIP/LZ4_RAW/SNAPPY/UNCOMPRESSED/ZSTD pages"),
                imported.summary().notes().get(0));
    }

    @Test
    void awkward_records_as_lists_of_structs_import_like_nanoaod_branches_with_counts_from_the_list_lengths() {
        FlatFixtures.Imported imported = FlatFixtures.parquet(ParquetTestFiles.pyarrow("pyarrow-records.parquet"));
        EventBatch events = imported.joined();

        assertArrayEquals(N_MUON, events.ints(Columns.N_MUON.name()));
        assertArrayEquals(MUON_PT, events.doubles(Columns.MUON_PT.name()));
        assertArrayEquals(new double[] {0.5, -1.25, 2.0, 0.125, -0.25, 1.5}, events.doubles(Columns.MUON_ETA.name()));
        assertArrayEquals(new double[] {0.5, -3.0, 0.0, 2.5}, events.doubles(Columns.MET_PHI.name()));
        assertTrue(imported.summary().notes().stream().anyMatch(n -> n.contains("[nMuon]")),
                imported.summary().notes().toString());
    }

    @Test
    void event_model_columns_from_another_writer_import_with_float_widened_and_int64_narrowed() {
        Path file = ParquetTestFiles.write(tmp.resolve("other.parquet"), "message m { required float met;"
                + " optional int64 nJet; required group jetPt (LIST) { repeated group list { required double element; }"
                + " } required binary comment (STRING); }", List.of(
                        row -> {
                            row.add("met", 25.1f);
                            row.add("nJet", 2L);
                            ParquetTestFiles.doubles(row, "jetPt", 40, 30);
                            row.add("comment", "first");
                        },
                        row -> {
                            row.add("met", 7.5f);
                            row.add("nJet", 0L);
                            row.addGroup("jetPt");
                            row.add("comment", "second");
                        }));

        FlatFixtures.Imported imported = FlatFixtures.parquet(file);
        EventBatch events = imported.joined();

        assertArrayEquals(new double[] {(double) 25.1f, 7.5}, events.doubles(Columns.MET.name()), "float to double");
        assertArrayEquals(new int[] {2, 0}, events.ints(Columns.N_JET.name()));
        assertArrayEquals(new double[] {40, 30}, events.doubles(Columns.JET_PT.name()));
        assertEquals(List.of("met", "nJet", "jetPt"), imported.summary().columns());
        assertTrue(imported.summary().notes().contains("1 column(s) of the file not imported: [comment]"),
                imported.summary().notes().toString());
    }

    @Test
    void a_parquet_file_with_an_event_model_column_of_the_wrong_type_is_refused_naming_the_column() {
        Path file = ParquetTestFiles.write(tmp.resolve("float-count.parquet"), "message m { required double met;"
                + " required double nJet; }", List.of(row -> { row.add("met", 1.0); row.add("nJet", 2.0); }));

        InputDataException e = assertThrows(InputDataException.class, () -> FlatFixtures.parquet(file));

        assertEquals("float-count.parquet: column 'nJet': holds floating-point values (nJet: double), but nJet"
                + " (number of reconstructed jets) needs integers", e.getMessage());
    }

    @Test
    void a_nanoaod_parquet_file_with_a_float_charge_is_refused_naming_the_column_and_quantity() {
        Path file = ParquetTestFiles.pyarrow("pyarrow-float-charge.parquet");

        InputDataException e = assertThrows(InputDataException.class, () -> FlatFixtures.parquet(file));

        assertEquals("column 'Muon_charge' (mapped to MUON_CHARGE)", e.object());
        assertTrue(e.problem().startsWith("holds floating-point values (Muon_charge.list.element: list<float>),"
                + " but muon charge needs integers"), e.problem());
    }

    @Test
    void a_string_column_where_a_number_belongs_is_refused() {
        Path file = ParquetTestFiles.write(tmp.resolve("text.parquet"), "message m { required binary met (STRING); }",
                List.of(row -> row.add("met", "fifty")));

        InputDataException e = assertThrows(InputDataException.class, () -> FlatFixtures.parquet(file));

        assertEquals("column 'met'", e.object());
        assertTrue(e.problem().startsWith("holds BINARY (STRING) values (strings or bytes)"), e.problem());
    }

    @Test
    void a_null_value_is_refused_naming_its_row_and_column() {
        InputDataException e = assertThrows(InputDataException.class,
                () -> FlatFixtures.parquet(ParquetTestFiles.pyarrow("pyarrow-nulls.parquet")));

        assertEquals("column 'MET_pt'", e.object());
        assertTrue(e.problem().startsWith("row 2 (counting from 0) is null"), e.problem());
    }

    @Test
    void a_null_list_element_is_refused_naming_its_row_and_column() {
        InputDataException e = assertThrows(InputDataException.class,
                () -> FlatFixtures.parquet(ParquetTestFiles.pyarrow("pyarrow-null-element.parquet")));

        assertEquals("column 'Muon_pt' (Muon_pt.list.element)", e.object());
        assertTrue(e.problem().startsWith("row 1 (counting from 0) holds a null element at position 0"),
                e.problem());
    }

    @Test
    void a_list_that_disagrees_with_its_count_column_is_refused_naming_the_row() {
        Path file = ParquetTestFiles.write(tmp.resolve("count.parquet"), "message m { required int32 nJet;"
                + " required group jetPt (LIST) { repeated group list { required double element; } } }", List.of(
                        row -> { row.add("nJet", 1); ParquetTestFiles.doubles(row, "jetPt", 50); },
                        row -> { row.add("nJet", 3); ParquetTestFiles.doubles(row, "jetPt", 40, 30); }));

        InputDataException e = assertThrows(InputDataException.class, () -> FlatFixtures.parquet(file));

        assertEquals("count.parquet: column 'jetPt': row 1 (counting from 0) holds 2 values, but 'nJet' says 3;"
                + " every column of a collection needs one value per object", e.getMessage());
    }

    @Test
    void pages_compressed_with_brotli_are_refused_naming_the_codec() {
        InputDataException e = assertThrows(InputDataException.class,
                () -> FlatFixtures.parquet(ParquetTestFiles.pyarrow("pyarrow-brotli.parquet")));

        assertEquals("row group 0", e.object());
        assertTrue(e.problem().startsWith("cannot be read: pages are compressed with BROTLI, which this reader does"
                + " not decode"), e.problem());
    }

    @Test
    void a_root_file_a_csv_file_and_a_truncated_parquet_file_are_refused_as_not_parquet() {
        Path root = IngestFixtures.shared(IngestFixtures.NANO_DY);
        Path csv = ParquetTestFiles.pyarrow("make_pyarrow_files.py");
        Path parquet = IngestFixtures.shared("nanoaod/nano_dy.parquet");
        Path cut = IngestFixtures.truncatedCopy(parquet, tmp, 5000);

        assertEquals("nano_dy.root: is not a Parquet file: it does not start with 'PAR1' (it starts like a ROOT"
                + " file: import it as ROOT)", refusal(root));
        assertEquals("make_pyarrow_files.py: is not a Parquet file: it does not start with 'PAR1'", refusal(csv));
        assertEquals("cut-nano_dy.parquet: is a truncated Parquet file: it has 5000 bytes and does not end with"
                + " 'PAR1' (the footer is missing): copy it again", refusal(cut));
    }

    private static String refusal(Path file) {
        return assertThrows(InputDataException.class, () -> FlatFixtures.parquet(file)).getMessage();
    }
}
