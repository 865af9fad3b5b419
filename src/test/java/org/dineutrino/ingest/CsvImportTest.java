package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files written by hand (the expected numbers are the text of the cells). */
class CsvImportTest {

    private static final String EVENT_MODEL =
            "met,genWeight,nJet,jetPt_0,jetPt_1,jetHadronFlavour_0,jetHadronFlavour_1\n"
            + "50.5,1,2,40.25,30,5,0\n"
            + "nan,-1,0,,,,\n"
            + "inf,0.5,1,1e-3,,4,\n";

    @TempDir
    Path tmp;

    @Test
    void event_model_columns_with_numbered_objects_import_with_empty_cells_past_the_count() {
        EventBatch events = FlatFixtures.csv(write("em.csv", EVENT_MODEL)).joined();

        assertArrayEquals(new double[] {50.5, Double.NaN, Double.POSITIVE_INFINITY}, events.doubles("met"));
        assertArrayEquals(new int[] {2, 0, 1}, events.ints("nJet"));
        assertArrayEquals(new double[] {40.25, 30, 0.001}, events.doubles("jetPt"));
        assertArrayEquals(new int[] {5, 0, 4}, events.ints("jetHadronFlavour"));
        assertArrayEquals(new double[] {1, -1, 0.5}, events.doubles("genWeight"));
    }

    @Test
    void shift_columns_import_as_lists_of_their_collection_and_files_without_them_still_import() {
        EventBatch shifted = FlatFixtures.csv(write("shift.csv",
                "met,metUnclPx,nJet,jetPt_0,jetPt_1,jetJesUnc_0,jetJesUnc_1\n50,-3.5,2,40,30,0.02,0.03\n")).joined();
        assertArrayEquals(new double[] {0.02, 0.03}, shifted.doubles("jetJesUnc"));
        assertArrayEquals(new double[] {-3.5}, shifted.doubles("metUnclPx"));

        EventBatch plain = FlatFixtures.csv(write("em.csv", EVENT_MODEL)).joined();
        assertEquals(3, plain.nEvents());
        assertFalse(plain.has("jetJesUnc"));
    }

    @Test
    void a_file_without_the_simulation_weight_variations_imports_and_does_not_report_them_absent() {
        FlatFixtures.Imported imported = FlatFixtures.csv(write("em.csv", EVENT_MODEL));

        assertEquals(3, imported.joined().nEvents());
        assertTrue(imported.summary().absent().containsKey("puppiMet"), "a missing reco column is reported");
        for (var column : Columns.WEIGHT_VARIATIONS) {
            assertTrue(!imported.summary().absent().containsKey(column.name()), column.name() + " is optional");
            assertTrue(!imported.joined().has(column.name()), column.name());
        }
    }

    @Test
    void a_gzip_compressed_csv_imports_as_the_plain_one() {
        Path gz = tmp.resolve("em.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(EVENT_MODEL.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        FlatFixtures.assertSameEvents(FlatFixtures.csv(write("em.csv", EVENT_MODEL)).joined(),
                FlatFixtures.csv(gz).joined());
    }

    @Test
    void nanoaod_named_columns_go_through_the_mapping_and_an_unnamed_index_column_is_ignored() {
        Path file = write("nano.csv", ",nMuon,Muon_pt_0,Muon_pt_1,Muon_charge_0,Muon_charge_1,Muon_tightId_0,"
                + "Muon_tightId_1,Muon_pfRelIso04_all_0,Muon_pfRelIso04_all_1,MET_pt\n"
                + "0,2,31.5,20.25,1,-1,True,True,0.01,0.5,50.5\n"
                + "1,0,,,,,,,,,12\n");

        FlatFixtures.Imported imported = FlatFixtures.csv(file);
        EventBatch events = imported.joined();

        assertArrayEquals(new double[] {31.5, 20.25}, events.doubles(Columns.MUON_PT.name()));
        assertArrayEquals(new int[] {1, -1}, events.ints(Columns.MUON_CHARGE.name()));
        assertArrayEquals(new int[] {1, 0}, events.ints(Columns.MUON_TIGHT.name()), "True and isolation 0.01, 0.5");
        assertArrayEquals(new double[] {50.5, 12}, events.doubles(Columns.MET.name()));
        assertTrue(imported.summary().notes().contains("1 column(s) of the file not imported: [(unnamed column 1)]"),
                imported.summary().notes().toString());
    }

    @Test
    void a_line_with_too_few_fields_is_refused_naming_the_line() {
        String text = "met,nJet\n1.5,0\n2.5\n";

        assertEquals("bad.csv: line 3: has 1 fields but the header has 2 columns (a bad line: each line needs"
                + " one field per column, empty for a missing object)", refusal(text));
    }

    @Test
    void text_where_a_number_belongs_is_refused_naming_the_line_and_column() {
        String text = "# a comment\nmet,nJet\n1.5,0\n\nabc,0\n";

        assertEquals("bad.csv: line 5, column 'met': holds 'abc', which is not a number", refusal(text),
                "comment and blank lines count as lines");
    }

    @Test
    void a_fraction_in_an_integer_column_and_an_empty_value_are_refused_naming_line_and_column() {
        assertEquals("bad.csv: line 2, column 'nJet': holds '1.5', which is not an integer",
                refusal("met,nJet\n1,1.5\n"));
        assertEquals("bad.csv: line 2, column 'met': is empty, which is not a number (every event needs a value"
                + " here; write NaN for a missing number)", refusal("met,nJet\n,0\n"));
    }

    @Test
    void an_object_past_the_count_and_a_count_past_the_columns_are_refused() {
        assertEquals("bad.csv: line 2, column 'jetPt_1': holds '30' but 'nJet' is 1 (cells past the count stay"
                + " empty)", refusal("nJet,jetPt_0,jetPt_1\n1,40,30\n"));
        assertEquals("bad.csv: line 2, column 'nJet': is 3, but the file has columns for 2 objects"
                + " (jetPt_0..jetPt_1); the export kept the first 2: export again with a larger number of"
                + " objects per collection", refusal("nJet,jetPt_0,jetPt_1\n3,40,30\n"));
    }

    @Test
    void numbered_columns_with_a_gap_are_refused() {
        assertEquals("bad.csv: column 'jetPt': has numbered columns [0, 2]: they must run from jetPt_0 to jetPt_2"
                + " without gaps; jetPt (jet p_T (calibrated) [GeV]) needs numbers",
                refusal("nJet,jetPt_0,jetPt_2\n1,40,\n"));
    }

    @Test
    void an_unclosed_quote_is_refused_as_not_csv() {
        String message = refusal("met,nJet\n1.5,0\n\"2.5,0\n");

        assertTrue(message.startsWith("bad.csv: line 3: cannot be parsed as CSV"), message);
    }

    @Test
    void parquet_root_and_empty_files_are_refused_as_not_csv() {
        Path parquet = IngestFixtures.shared("nanoaod/nano_dy.parquet");
        Path root = IngestFixtures.shared(IngestFixtures.NANO_DY);

        assertEquals("nano_dy.parquet: is not a CSV file (it starts like a Parquet file: import it as Parquet)",
                assertThrows(InputDataException.class, () -> FlatFixtures.csv(parquet)).getMessage());
        assertEquals("nano_dy.root: is not a CSV file (it starts like a ROOT file: import it as ROOT)",
                assertThrows(InputDataException.class, () -> FlatFixtures.csv(root)).getMessage());
        assertEquals("bad.csv: has no header line naming the columns", refusal(""));
    }

    @Test
    void a_header_without_lines_imports_no_events() {
        FlatFixtures.Imported imported = FlatFixtures.csv(write("empty.csv", "met,nJet,jetPt_0\n"));

        assertEquals(0, imported.summary().events());
        assertEquals(List.of("met", "nJet", "jetPt"), imported.summary().columns());
        assertEquals(List.of(0.0, 1.0), imported.progress());
    }

    private String refusal(String text) {
        Path file = write("bad.csv", text);
        return assertThrows(InputDataException.class, () -> FlatFixtures.csv(file)).getMessage();
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
