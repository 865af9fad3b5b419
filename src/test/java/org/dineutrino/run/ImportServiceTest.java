package org.dineutrino.run;

import static org.dineutrino.run.ImportFixtures.NANO_DY;
import static org.dineutrino.run.ImportFixtures.OPEN_DATA;
import static org.dineutrino.run.ImportFixtures.W_JETS;
import static org.dineutrino.run.ImportFixtures.referenceCount;
import static org.dineutrino.run.ImportFixtures.referenceFile;
import static org.dineutrino.run.ImportFixtures.referenceSum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.dineutrino.ingest.InputDataException;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.Database;
import org.dineutrino.store.SampleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every ROOT file of the shared NanoAOD folder imported through {@link ImportService} into an
 * in-memory store, and the stored samples checked against numbers JSROOT 7.11.2 computed from
 * the raw branches ({@code jsroot-import-reference.mjs} beside this test says how). The sums
 * here are recomputed by streaming the stored columns back, not taken from the import's own
 * statistics, so that reader, mapping, store and read-back are all under test.
 *
 * <p>Derived columns are checked against their definitions applied to the raw branches in the
 * script: {@code muonTight} = {@code Muon_tightId && Muon_pfRelIso04_all < 0.15},
 * {@code electronTight} = {@code Electron_cutBased >= 4}, {@code electronEta} =
 * {@code Electron_eta + Electron_deltaEtaSC}.
 */
class ImportServiceTest {

    /**
     * Both sides sum the same float values as doubles, in entry order; relative 1e-12 leaves
     * room for another grouping of about 10^5 terms and nothing for a wrong or lost value.
     */
    private static final double SUM_RELATIVE = 1e-12;

    /** Event-model column -> NanoAOD branch, as the default mapping reads them. */
    private static final Map<String, String> BRANCH_OF_COLUMN = new LinkedHashMap<>();

    static {
        BRANCH_OF_COLUMN.put("nMuon", "nMuon");
        BRANCH_OF_COLUMN.put("muonPt", "Muon_pt");
        BRANCH_OF_COLUMN.put("muonEta", "Muon_eta");
        BRANCH_OF_COLUMN.put("muonCharge", "Muon_charge");
        BRANCH_OF_COLUMN.put("nElectron", "nElectron");
        BRANCH_OF_COLUMN.put("electronPt", "Electron_pt");
        BRANCH_OF_COLUMN.put("electronPhi", "Electron_phi");
        BRANCH_OF_COLUMN.put("nJet", "nJet");
        BRANCH_OF_COLUMN.put("jetPt", "Jet_pt");
        BRANCH_OF_COLUMN.put("jetEta", "Jet_eta");
        BRANCH_OF_COLUMN.put("met", "MET_pt");
        BRANCH_OF_COLUMN.put("metPhi", "MET_phi");
        BRANCH_OF_COLUMN.put("puppiMet", "PuppiMET_pt");
        BRANCH_OF_COLUMN.put("genMet", "GenMET_pt");
        BRANCH_OF_COLUMN.put("genWeight", "genWeight");
        BRANCH_OF_COLUMN.put("nPV", "PV_npvs");
    }

    private static Database db;
    private static SampleStore samples;
    /** Imported samples by the file's path relative to the shared data directory. */
    private static final Map<String, SampleInfo> imported = new LinkedHashMap<>();
    private static InputDataException rntupleRefusal;
    private static int samplesBeforeRntuple;
    private static int samplesAfterRntuple;

    @BeforeAll
    static void importEveryFile() throws IOException {
        db = Database.inMemory("import-service-" + UUID.randomUUID());
        samples = db.samples();
        ImportService imports = new ImportService(db, null);
        for (Path file : sharedRootFiles()) {
            String relative = ImportFixtures.NANOAOD_DIR + "/" + file.getFileName();
            if (relative.equals(ImportFixtures.RNTUPLE)) {
                samplesBeforeRntuple = samples.list().size();
                rntupleRefusal = assertThrows(InputDataException.class,
                        () -> imports.importFile(requestFor(file, relative), f -> { }));
                samplesAfterRntuple = samples.list().size();
            } else {
                imported.put(relative, imports.importFile(requestFor(file, relative), f -> { }));
            }
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<Path> sharedRootFiles() throws IOException {
        try (Stream<Path> list = Files.list(ImportFixtures.shared(NANO_DY).getParent())) {
            return list.filter(p -> p.getFileName().toString().endsWith(".root")).sorted().toList();
        }
    }

    /** nano_dy as Drell-Yan; the W+jets file with CSVv2, the one b-tag it fills; any other file as data. */
    private static ImportService.ImportRequest requestFor(Path file, String relative) {
        String name = file.getFileName().toString();
        return switch (relative) {
            case NANO_DY -> ImportFixtures.request(file, Process.DRELL_YAN, name,
                    ImportFixtures.DY_CROSS_SECTION_PB, null, Map.of());
            case W_JETS -> ImportFixtures.request(file, Process.DATA, name, null, "CSVv2", Map.of());
            default -> ImportFixtures.request(file, Process.DATA, name, null, null, Map.of());
        };
    }

    @Test
    void every_root_file_of_the_folder_imports_with_the_number_of_events_jsroot_counts() {
        for (String file : List.of(NANO_DY, W_JETS, OPEN_DATA)) {
            assertTrue(imported.containsKey(file), "imported " + imported.keySet());
            assertEquals(referenceFile(file).get("entries").asLong(), imported.get(file).nEvents(), file);
        }
        for (SampleInfo sample : imported.values()) {
            assertTrue(sample.nEvents() > 0 && sample.nChunks() > 0, sample.name());
            assertEquals(sample.nEvents(), ImportFixtures.storedCount(samples, sample, firstPerEventColumn(sample)),
                    "events streamed back from " + sample.name());
        }
    }

    @Test
    void the_rntuple_file_is_refused_naming_the_file_and_rntuple_and_stores_nothing() {
        assertTrue(rntupleRefusal != null, "the shared folder holds the RNTuple file");
        String message = rntupleRefusal.getMessage();
        assertTrue(message.startsWith(Path.of(ImportFixtures.RNTUPLE).getFileName() + ": "), message);
        assertTrue(message.contains("RNTuple"), message);
        assertEquals(samplesBeforeRntuple, samplesAfterRntuple);
    }

    @Test
    void nano_dy_stores_the_raw_branch_sums_jsroot_computes() {
        assertColumnsMatchBranches(NANO_DY, Map.of("jetBtag", "Jet_btagDeepFlavB"));
    }

    @Test
    void the_w_jets_file_stores_the_raw_branch_sums_with_csv_v2_as_the_b_tag() {
        assertColumnsMatchBranches(W_JETS, Map.of("jetBtag", "Jet_btagCSVV2"));
    }

    @Test
    void open_data_example_stores_its_muons_as_jsroot_reads_them() {
        SampleInfo sample = imported.get(OPEN_DATA);
        Map<String, String> muons = Map.of("nMuon", "nMuon", "muonPt", "Muon_pt", "muonEta", "Muon_eta",
                "muonPhi", "Muon_phi", "muonCharge", "Muon_charge");
        muons.forEach((column, branch) -> assertStoredSum(sample, column, OPEN_DATA, branch));
        assertEquals(235_286, ImportFixtures.storedSum(samples, sample, "nMuon"), "muons in 100k events");
    }

    @Test
    void tight_leptons_and_supercluster_eta_follow_their_definitions_on_the_raw_branches() {
        for (String file : List.of(NANO_DY, W_JETS)) {
            JsonNode derived = referenceFile(file).get("derived");
            SampleInfo sample = imported.get(file);
            assertEquals(derived.get("tightMuons").asDouble(), ImportFixtures.storedSum(samples, sample, "muonTight"),
                    file);
            assertEquals(derived.get("tightElectrons").asDouble(),
                    ImportFixtures.storedSum(samples, sample, "electronTight"), file);
            double etaSc = derived.get("sumSuperclusterEta").asDouble();
            assertEquals(etaSc, ImportFixtures.storedSum(samples, sample, "electronEta"),
                    SUM_RELATIVE * Math.max(1, Math.abs(etaSc)), file);
        }
    }

    @Test
    void the_sum_of_generator_weights_comes_from_the_runs_tree_or_else_from_gen_weight() {
        double genEventSumw = referenceFile(NANO_DY).get("runs").get("genEventSumw_").get("sum").asDouble();
        assertEquals(genEventSumw, imported.get(NANO_DY).meta().sumGenWeights(), SUM_RELATIVE * genEventSumw,
                "nano_dy has a Runs tree");
        double sumGenWeight = referenceSum(W_JETS, "genWeight");
        assertEquals(sumGenWeight, imported.get(W_JETS).meta().sumGenWeights(), SUM_RELATIVE * sumGenWeight,
                "the W+jets file has no Runs tree");
        assertEquals(ImportFixtures.DY_CROSS_SECTION_PB, imported.get(NANO_DY).meta().crossSectionPb());
    }

    @Test
    void the_statistics_the_sample_page_shows_agree_with_jsroot() throws IOException {
        SampleInfo sample = imported.get(NANO_DY);
        JsonNode stats = new ObjectMapper().readTree(new SampleViews(samples).statisticsJson(sample));
        assertEquals(40, stats.get("nEvents").asLong());
        Map<String, JsonNode> byColumn = new LinkedHashMap<>();
        stats.get("quantities").forEach(q -> byColumn.put(q.get("column").asText(), q));
        for (var e : BRANCH_OF_COLUMN.entrySet()) {
            JsonNode q = byColumn.get(e.getKey());
            double expected = referenceSum(NANO_DY, e.getValue());
            assertEquals(referenceCount(NANO_DY, e.getValue()), q.get("n").asLong(), e.getKey());
            assertEquals(expected, q.get("sum").asDouble(), SUM_RELATIVE * Math.max(1, Math.abs(expected)), e.getKey());
        }
        String summaryJson = new SampleViews(samples).importSummaryJson(sample).orElseThrow();
        JsonNode summary = new ObjectMapper().readTree(summaryJson);
        assertEquals("nano_dy.root", summary.get("file").asText());
        assertEquals("Events", summary.get("tree").asText());
        assertFalse(summary.get("columns").isEmpty());
    }

    /** Every column of {@link #BRANCH_OF_COLUMN}, plus {@code extra}, against its branch: count and sum. */
    private static void assertColumnsMatchBranches(String file, Map<String, String> extra) {
        SampleInfo sample = imported.get(file);
        Map<String, String> all = new LinkedHashMap<>(BRANCH_OF_COLUMN);
        all.putAll(extra);
        for (var e : all.entrySet()) {
            assertStoredSum(sample, e.getKey(), file, e.getValue());
            assertEquals(referenceCount(file, e.getValue()), ImportFixtures.storedCount(samples, sample, e.getKey()),
                    file + " " + e.getKey() + " values");
        }
    }

    private static void assertStoredSum(SampleInfo sample, String column, String file, String branch) {
        double expected = referenceSum(file, branch);
        assertEquals(expected, ImportFixtures.storedSum(samples, sample, column),
                SUM_RELATIVE * Math.max(1, Math.abs(expected)), file + ": " + column + " vs JSROOT " + branch);
    }

    private static String firstPerEventColumn(SampleInfo sample) {
        return sample.columns().stream().filter(c -> !c.isJagged()).findFirst().orElseThrow().name();
    }
}
