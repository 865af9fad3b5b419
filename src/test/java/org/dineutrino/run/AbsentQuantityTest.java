package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * open-data-example.root holds only muons (nMuon, Muon_pt/eta/phi/mass/charge: the data
 * README, and JSROOT's list of its branches): the import keeps them, lists every other
 * collection as absent, and a run that needs an absent quantity is refused before anything is
 * queued, with a message that names the quantity and the sample.
 */
class AbsentQuantityTest {

    /** Kept events of the simulated tt̄ signal: enough to be a valid signal, the run is never executed. */
    private static final int SIGNAL_EVENTS = 500;

    private static final String DB_NAME = "absent-quantity-" + UUID.randomUUID();
    private static Database db;
    private static JobExecutor executor;
    private static RunService runs;
    private static SampleInfo muonsOnly;
    private static SampleInfo muonsAllTight;

    @BeforeAll
    static void importTheMuonFile() {
        db = Database.inMemory(DB_NAME);
        executor = new JobExecutor(db, 1);
        runs = new RunService(db, executor);
        ImportService imports = new ImportService(db, executor);
        SimulatedSamples.create(db.samples(), "ttbar-sim", SimProcess.TTBAR, SIGNAL_EVENTS, 7, SampleRole.TEMPLATE,
                f -> { });
        var file = ImportFixtures.shared(ImportFixtures.OPEN_DATA);
        muonsOnly = imports.importFile(ImportFixtures.request(file, Process.DATA, "dimuon-2012", null, null,
                Map.of()), f -> { });
        // Muon_charge is never 0, so with the isolation left out every muon counts as tight: the
        // muons then satisfy the selection's columns and the refusal moves on to the electrons.
        muonsAllTight = imports.importFile(ImportFixtures.request(file, Process.DATA, "dimuon-2012-all-tight", null,
                null, Map.of("MUON_ID", "Muon_charge", "MUON_ISOLATION", "")), f -> { });
    }

    @AfterAll
    static void close() {
        executor.close();
        db.close();
    }

    private static String runOn(String dataSample) {
        return "{\"name\": \"on " + dataSample + "\", \"signal\": \"ttbar-sim\", \"backgrounds\": [],"
                + " \"data\": [\"" + dataSample + "\"],"
                + " \"pseudoData\": false, \"lumiInvFb\": 11.6}";
    }

    private static JsonNode importSummary(SampleInfo sample) throws IOException {
        return new ObjectMapper().readTree(new SampleViews(db.samples()).importSummaryJson(sample).orElseThrow());
    }

    @Test
    void the_import_keeps_the_muons_and_lists_electrons_jets_and_met_as_absent() throws IOException {
        JsonNode summary = importSummary(muonsOnly);
        List<String> columns = new ArrayList<>();
        summary.get("columns").forEach(c -> columns.add(c.asText()));
        assertEquals(List.of("nMuon", "muonPt", "muonEta", "muonPhi", "muonCharge"), columns);
        JsonNode absent = summary.get("absent");
        for (String column : List.of("nElectron", "electronPt", "nJet", "jetPt", "jetBtag", "met", "puppiMet",
                "genWeight", "muonTight", "genNuNuPt")) {
            assertTrue(absent.has(column), column + " listed as absent: " + absent);
        }
        assertTrue(absent.get("electronPt").asText().contains("Electron_pt"), absent.toString());
        assertTrue(absent.get("puppiMet").asText().contains("PuppiMET_pt"), absent.toString());
        assertTrue(absent.get("muonTight").asText().contains("Muon_tightId"), absent.toString());
        assertEquals(100_000, muonsOnly.nEvents());
    }

    @Test
    void a_run_on_the_muon_file_is_refused_naming_the_absent_quantity_and_the_sample_and_queues_nothing()
            throws IOException {
        Map<String, Long> before = ImportFixtures.rowCounts(DB_NAME);
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> runs.submit(runOn("dimuon-2012")));
        assertTrue(e.getMessage().contains("'dimuon-2012'"), e.getMessage());
        String named = e.getMessage().replaceAll("(?s).*has no '([^']+)'.*", "$1");
        assertTrue(importSummary(muonsOnly).get("absent").has(named), "named an absent quantity: " + e.getMessage());
        assertEquals(before, ImportFixtures.rowCounts(DB_NAME), "no run, job or log line stored");
    }

    @Test
    void with_every_muon_tight_the_refusal_names_the_absent_electrons() {
        Map<String, Long> before = ImportFixtures.rowCounts(DB_NAME);
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> runs.submit(runOn(muonsAllTight.name())));
        assertTrue(e.getMessage().contains("'" + muonsAllTight.name() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("'electronPt'"), e.getMessage());
        assertEquals(before, ImportFixtures.rowCounts(DB_NAME));
    }

    @Test
    void the_pipeline_refuses_the_same_run_before_reading_any_event() {
        RunConfig config = RunConfigJson.parse(runOn("dimuon-2012").replace("}", ", \"metSource\": \"pf\"}"));
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> new Pipeline(db).validate(config));
        assertEquals("samples", e.field());
        assertTrue(e.getMessage().contains("'dimuon-2012'") && e.getMessage().contains("imported file"),
                e.getMessage());
    }
}
