package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.select.Channel;
import org.dineutrino.select.CutStep;
import org.dineutrino.select.Cutflow;
import org.dineutrino.select.SelectionCuts;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cutflow of the CMS Open Data file {@code nanoAOD_2015_CMS_Open_Data_ttbar.root}, imported
 * and run through the pipeline, equals the counts JSROOT 7.11.2 gives when the same selection
 * is coded again in JavaScript on the raw branches ({@code jsroot-import-reference.mjs}, part
 * 2; its output {@code jsroot-import-reference.json} holds the counts per step and channel).
 *
 * <p>Despite its name the file holds W+jets, not tt̄: no event has a top quark in GenPart and
 * 198 of its 200 events have a W boson (JSROOT, same script). With two identified leptons rare
 * in W+jets, no event passes the dilepton step: the test pins 200 events read and none
 * selected in every channel. So that the later steps are compared on events that reach them,
 * nano_dy.root (Drell-Yan, 4 mu-mu events up to the Z veto) runs beside it as a background.
 *
 * <p>Cuts the file supports: b-tagging by CSVv2 (the only discriminant it fills: the import's
 * {@code bTag}) above its loose working point 0.5426; the other cuts are the defaults. Muon ID:
 * {@code Muon_tightId} is false for every muon, and so are {@code Muon_looseId} and
 * {@code Muon_mediumId}; {@code Muon_isPFcand} (a particle-flow muon, the core of CMS's loose
 * muon ID) is the one ID flag the file fills, so the file is imported twice, with the default
 * tight ID and with {@code MUON_ID} mapped to {@code Muon_isPFcand}. The signal that makes the
 * run valid is a small simulated tt̄ sample; only the imported samples' cutflows are checked.
 */
class OpenDataCutflowTest {

    /**
     * Kept events of the simulated tt̄ signal: with the coarse bins of {@link #RUN} every response
     * bin is filled, and the run takes about a second.
     */
    private static final int SIGNAL_EVENTS = 2_000;

    /** Imported sample -> its cutflow in the reference file. */
    private static final Map<String, String> REFERENCE_CUTFLOW = Map.of(
            "wjets-tight-id", "wjetsTightId",
            "wjets-pf-candidate", "wjetsPfCandidate",
            "dy", "dy");

    private static final String RUN = "{\"name\": \"open data cutflow\", \"signal\": \"ttbar-sim\","
            + " \"backgrounds\": [\"dy\"], \"data\": [\"wjets-tight-id\", \"wjets-pf-candidate\"],"
            + " \"pseudoData\": false, \"lumiInvFb\": 2.3, \"metSource\": \"puppi\", \"unfold\": false,"
            + " \"cuts\": {\"bTagThreshold\": " + ImportFixtures.CSV_V2_LOOSE + "},"
            + " \"binning\": {\"ptNuNu\": {\"truth\": [0, 100], \"reco\": [0, 50, 100, 150]},"
            + " \"minDeltaPhi\": {\"truth\": [0, 1.5, 3.1416], \"reco\": [0, 0.75, 1.5, 2.3, 3.1416]}}}";

    private static Database db;
    private static Map<String, SampleInfo> imported;
    private static RunResult result;

    @BeforeAll
    static void importAndRun() {
        db = Database.inMemory("open-data-cutflow-" + UUID.randomUUID());
        ImportService imports = new ImportService(db, null);
        SimulatedSamples.create(db.samples(), "ttbar-sim", SimProcess.TTBAR, SIGNAL_EVENTS, 11, SampleRole.TEMPLATE,
                f -> { });
        var wJets = ImportFixtures.shared(ImportFixtures.W_JETS);
        imported = Map.of(
                "wjets-tight-id", imports.importFile(ImportFixtures.request(wJets, Process.DATA, "wjets-tight-id",
                        null, "CSVv2", Map.of()), f -> { }),
                "wjets-pf-candidate", imports.importFile(ImportFixtures.request(wJets, Process.DATA,
                        "wjets-pf-candidate", null, "CSVv2", Map.of("MUON_ID", "Muon_isPFcand")), f -> { }),
                "dy", imports.importFile(ImportFixtures.request(ImportFixtures.shared(ImportFixtures.NANO_DY),
                        Process.DRELL_YAN, "dy", ImportFixtures.DY_CROSS_SECTION_PB, "CSVv2", Map.of()), f -> { }));
        result = new Pipeline(db).execute(RunConfigJson.parse(RUN), Pipeline.Listener.SILENT);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_cutflows_of_the_imported_samples_equal_jsroot_counts_per_step_and_channel() {
        for (var entry : REFERENCE_CUTFLOW.entrySet()) {
            long[][] counts = cutflowOf(entry.getKey()).counts();
            JsonNode rows = ImportFixtures.reference().get("cutflows").get(entry.getValue()).get("counts");
            assertEquals(CutStep.values().length + 1, rows.size());
            assertEquals(rows.get(0).get("total").asLong(), counts[0][Cutflow.TOTAL], entry.getKey() + " events read");
            for (int s = 1; s < rows.size(); s++) {
                String step = entry.getKey() + " after " + CutStep.values()[s - 1];
                assertEquals(rows.get(s).get("ee").asLong(), counts[s][Channel.EE.ordinal()], step + " ee");
                assertEquals(rows.get(s).get("mumu").asLong(), counts[s][Channel.MUMU.ordinal()], step + " mumu");
                assertEquals(rows.get(s).get("emu").asLong(), counts[s][Channel.EMU.ordinal()], step + " emu");
                assertEquals(rows.get(s).get("total").asLong(), counts[s][Cutflow.TOTAL], step + " all");
            }
        }
    }

    @Test
    void the_w_jets_file_has_its_200_events_read_and_none_selected() {
        for (String sample : List.of("wjets-tight-id", "wjets-pf-candidate")) {
            long[][] counts = cutflowOf(sample).counts();
            assertEquals(200, counts[0][Cutflow.TOTAL], sample);
            assertEquals(0, counts[1][Cutflow.TOTAL], sample + ": no opposite-charge tight lepton pair");
            assertEquals("data", cutflowOf(sample).role());
        }
        assertEquals(4, cutflowOf("dy").counts()[CutStep.MLL.ordinal() + 1][Channel.MUMU.ordinal()],
                "Drell-Yan mu-mu pairs up to the Z veto");
    }

    @Test
    void the_script_applies_the_cuts_of_this_run() {
        JsonNode cuts = ImportFixtures.reference().get("cutflows").get("wjetsTightId").get("cuts");
        SelectionCuts run = RunConfigJson.parse(RUN).cuts();
        assertEquals(run.leadingLeptonPt(), cuts.get("leadingPt").asDouble());
        assertEquals(run.subleadingLeptonPt(), cuts.get("subleadingPt").asDouble());
        assertEquals(run.leptonAbsEta(), cuts.get("absEta").asDouble());
        assertEquals(run.electronGapLow(), cuts.get("gapLow").asDouble());
        assertEquals(run.electronGapHigh(), cuts.get("gapHigh").asDouble());
        assertEquals(run.vetoLeptonPt(), cuts.get("vetoPt").asDouble());
        assertEquals(run.mllMin(), cuts.get("mllMin").asDouble());
        assertEquals(run.zVetoLow(), cuts.get("zLow").asDouble());
        assertEquals(run.zVetoHigh(), cuts.get("zHigh").asDouble());
        assertEquals(run.metMinSameFlavour(), cuts.get("metMinSF").asDouble());
        assertEquals(run.jetPt(), cuts.get("jetPt").asDouble());
        assertEquals(run.jetAbsEta(), cuts.get("jetAbsEta").asDouble());
        assertEquals(run.jetLeptonDeltaR(), cuts.get("jetLeptonDR").asDouble());
        assertEquals(run.minJets(), cuts.get("minJets").asInt());
        assertEquals(run.minBJets(), cuts.get("minBJets").asInt());
        assertEquals(run.bTagThreshold(), cuts.get("bTag").asDouble());
    }

    @Test
    void the_imports_read_csv_v2_and_the_mapped_muon_id_as_their_summaries_say() throws IOException {
        JsonNode derived = ImportFixtures.referenceFile(ImportFixtures.W_JETS).get("derived");
        assertEquals(0, derived.get("eventsWithTopQuark").asInt(), "W+jets: no top quark in GenPart");
        assertEquals(0, ImportFixtures.storedSum(db.samples(), imported.get("wjets-tight-id"), "muonTight"));
        assertEquals(derived.get("isolatedPfCandidateMuons").asDouble(),
                ImportFixtures.storedSum(db.samples(), imported.get("wjets-pf-candidate"), "muonTight"));
        JsonNode summary = new ObjectMapper().readTree(new SampleViews(db.samples())
                .importSummaryJson(imported.get("wjets-pf-candidate")).orElseThrow());
        List<String> notes = new ObjectMapper().convertValue(summary.get("notes"),
                new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { });
        assertTrue(notes.contains("jetBtag = Jet_btagCSVV2 (CSVv2)"), notes.toString());
        assertTrue(notes.contains("muonTight = Muon_isPFcand && Muon_pfRelIso04_all < 0.15"), notes.toString());
    }

    private static RunResult.SampleCutflow cutflowOf(String sample) {
        return result.cutflows().stream().filter(c -> c.sample().equals(sample)).findFirst()
                .orElseThrow(() -> new AssertionError("no cutflow of " + sample));
    }
}
