package org.dineutrino.run;

import static org.dineutrino.run.ImportFixtures.NANO_DY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.dineutrino.ingest.InputDataException;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed import leaves nothing in the database and other samples untouched: each test
 * counts the rows of every table before and after (over a second JDBC connection, so rows
 * the stores would not show count too) and streams the sample imported before it. Expected
 * muon sums: JSROOT 7.11.2 ({@code jsroot-import-reference.json}).
 */
class ImportFailureTest {

    /** Same float values summed in entry order on both sides; see ImportServiceTest. */
    private static final double SUM_RELATIVE = 1e-12;

    /**
     * Where nano_dy.root holds the basket of {@code Runs/genEventSumw_} (JSROOT 7.11.2: the
     * branch's fBasketSeek). The importer reads the Runs tree after the events, so a copy with
     * this basket's key damaged fails after the events were handed to the store.
     */
    private static final int GEN_EVENT_SUMW_BASKET_SEEK = 345_740;
    private static final int DAMAGE_BYTES = 16;

    private static final String DB_NAME = "import-failure-" + UUID.randomUUID();
    private static Database db;
    private static ImportService imports;
    private static SampleInfo earlier;

    @TempDir
    Path tmp;

    private Map<String, Long> rowsBefore;

    @BeforeAll
    static void importOneGoodSample() {
        db = Database.inMemory(DB_NAME);
        imports = new ImportService(db, null);
        earlier = imports.importFile(request(ImportFixtures.shared(NANO_DY), "dy"), f -> { });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void countRows() {
        rowsBefore = ImportFixtures.rowCounts(DB_NAME);
    }

    private static ImportService.ImportRequest request(Path file, String name) {
        return ImportFixtures.request(file, Process.DRELL_YAN, name, ImportFixtures.DY_CROSS_SECTION_PB, null,
                Map.of());
    }

    /** The import fails with an InputDataException whose message starts with the file's name. */
    private InputDataException failedImport(Path file, String name) {
        InputDataException e = assertThrows(InputDataException.class,
                () -> imports.importFile(request(file, name), f -> { }));
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
        return e;
    }

    /** Nothing of the failed import stays, and the earlier sample is complete. */
    private void assertNothingStoredAndEarlierSampleIntact(String failedName) {
        assertEquals(rowsBefore, ImportFixtures.rowCounts(DB_NAME), "rows per table");
        assertTrue(db.samples().find(failedName).isEmpty());
        SampleInfo again = db.samples().find(earlier.id()).orElseThrow();
        assertEquals(earlier.checksum(), again.checksum());
        double muonPt = ImportFixtures.referenceSum(NANO_DY, "Muon_pt");
        assertEquals(muonPt, ImportFixtures.storedSum(db.samples(), again, "muonPt"), SUM_RELATIVE * muonPt);
    }

    @Test
    void a_truncated_copy_is_refused_as_truncated_and_stores_nothing() {
        Path cut = ImportFixtures.truncatedCopy(ImportFixtures.shared(ImportFixtures.W_JETS), tmp, 200_000);
        InputDataException e = failedImport(cut, "cut");
        assertTrue(e.problem().contains("truncated"), e.getMessage());
        assertNothingStoredAndEarlierSampleIntact("cut");
    }

    @Test
    void a_file_in_no_known_format_is_refused_and_stores_nothing() throws Exception {
        InputDataException e = failedImport(ImportFixtures.junk(tmp, "notes.txt"), "junk");
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertNothingStoredAndEarlierSampleIntact("junk");
    }

    @Test
    void a_tree_with_none_of_the_mapped_collections_is_refused_and_stores_nothing() {
        Path hzz = ImportFixtures.shared(ImportFixtures.HZZ);
        ImportService.ImportRequest request = new ImportService.ImportRequest(hzz, hzz.getFileName().toString(),
                Process.DATA, "hzz", null, null, Map.of(), "events", false);
        InputDataException e = assertThrows(InputDataException.class, () -> imports.importFile(request, f -> { }));
        assertEquals("tree 'events'", e.object());
        assertTrue(e.problem().startsWith("has none of the mapped collections"), e.getMessage());
        assertNothingStoredAndEarlierSampleIntact("hzz");
    }

    @Test
    void a_file_damaged_after_its_events_fails_once_they_were_stored_and_they_are_rolled_back() {
        Path damaged = ImportFixtures.damagedCopy(ImportFixtures.shared(NANO_DY), tmp, GEN_EVENT_SUMW_BASKET_SEEK,
                DAMAGE_BYTES);
        double[] lastProgress = {0};
        InputDataException e = assertThrows(InputDataException.class, () -> imports.importFile(
                request(damaged, "damaged"), f -> lastProgress[0] = f));
        assertTrue(e.getMessage().startsWith(damaged.getFileName() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("genEventSumw_"), e.getMessage());
        assertEquals(1.0, lastProgress[0], "every event was read and handed to the store before the failure");
        assertNothingStoredAndEarlierSampleIntact("damaged");
    }

    @Test
    void a_name_that_is_taken_is_refused_and_the_sample_of_that_name_is_untouched() {
        Path wJets = ImportFixtures.shared(ImportFixtures.W_JETS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> imports.importFile(request(wJets, earlier.name()), f -> { }));
        assertTrue(e.getMessage().contains("'" + earlier.name() + "' already exists"), e.getMessage());
        assertNothingStoredAndEarlierSampleIntact("none");
    }

    @Test
    void the_name_of_a_failed_import_is_free_for_the_next_one() throws Exception {
        failedImport(ImportFixtures.junk(tmp, "retry.txt"), "retry");
        SampleInfo retried = imports.importFile(request(ImportFixtures.shared(NANO_DY), "retry"), f -> { });
        assertEquals(40, retried.nEvents(), "nano_dy's 40 events (JSROOT)");
        assertEquals(earlier.checksum(), retried.checksum(), "the same file stores the same bytes");
    }

    @Test
    void an_explicit_mapping_to_a_branch_the_file_lacks_is_refused_naming_it() {
        var request = new ImportService.ImportRequest(ImportFixtures.shared(NANO_DY), "nano_dy.root",
                org.dineutrino.sample.Process.DRELL_YAN, "typo", 6077.22, null,
                java.util.Map.of("MUON_ID", "Muon_tightIdd"), null, false);
        InvalidConfigException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidConfigException.class,
                () -> imports.importFile(request, f -> { }));
        assertTrue(e.getMessage().contains("Muon_tightIdd") && e.getMessage().contains("nano_dy.root"),
                e.getMessage());
        assertNothingStoredAndEarlierSampleIntact("typo");
    }
}
