package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.WDecay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing NanoAOD files. Expected numbers: the data README's counts (checked there with
 * JSROOT), and JSROOT 7.11.2 on the raw branches (jsroot-reference.mjs: sums of branches,
 * tight-lepton counts and supercluster eta computed there from the raw branches, W decay modes
 * from GenPart by the same definition coded separately in JavaScript).
 */
class NanoAodImporterTest {

    /** Sums of the same floats in a different grouping (batches, compensated sums): relative 1e-12. */
    private static final double SUM_TOLERANCE = 1e-12;

    @TempDir
    Path tmp;

    @Test
    void every_root_file_of_the_shared_nanoaod_folder_imports_or_is_refused_as_an_rntuple() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(IngestFixtures.shared(IngestFixtures.NANO_DY).getParent())) {
            files = list.filter(p -> p.toString().endsWith(".root")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "the data README lists four ROOT files: " + files);
        for (Path file : files) {
            if (file.getFileName().toString().contains("RNTuple")) {
                InputDataException e = assertThrows(InputDataException.class, () -> importAll(file, defaults()));
                assertTrue(e.getMessage().contains("RNTuple"), e.getMessage());
            } else {
                Imported imported = importAll(file, defaults());
                assertTrue(imported.summary.events() > 0, file.toString());
                assertEquals(imported.summary.events(), imported.nEvents(), "sink saw every event of " + file);
            }
        }
    }

    @Test
    void nano_dy_has_18_muons_in_40_events_and_6_events_with_two_or_more() {
        Imported dy = importAll(IngestFixtures.shared(IngestFixtures.NANO_DY), defaults());
        int[] nMuon = dy.ints(Columns.N_MUON.name());
        assertEquals(40, nMuon.length);
        assertEquals(18, java.util.Arrays.stream(nMuon).sum(), "data README");
        assertEquals(6, java.util.Arrays.stream(nMuon).filter(n -> n >= 2).count(), "data README");
        assertEquals(538.3693809509277, dy.sum(Columns.MUON_PT.name()), SUM_TOLERANCE * 538, "JSROOT sum Muon_pt");
        assertEquals(12, dy.sum(Columns.MUON_TIGHT.name()), "JSROOT: tightId && pfRelIso04_all < 0.15");
        assertEquals(9, dy.sum(Columns.ELECTRON_TIGHT.name()), "JSROOT: cutBased >= 4");
        assertEquals(5737.7109375, dy.sum(Columns.JET_PT.name()), SUM_TOLERANCE * 5737, "JSROOT sum Jet_pt");
        assertEquals(1127, dy.sum(Columns.N_PV.name()), "JSROOT sum PV_npvs");
    }

    @Test
    void electron_eta_is_the_supercluster_eta_when_the_file_has_delta_eta_sc() {
        Imported dy = importAll(IngestFixtures.shared(IngestFixtures.NANO_DY), defaults());
        double expected = 0.6578292846679688 + 0.2088174819946289;
        assertEquals(expected, dy.sum(Columns.ELECTRON_ETA.name()), 1e-12,
                "sum of Electron_eta plus sum of Electron_deltaEtaSC (JSROOT)");
        assertTrue(dy.summary.notes().contains(
                "electronEta = Electron_eta + Electron_deltaEtaSC (supercluster eta)"), dy.summary.notes().toString());
    }

    @Test
    void gen_event_sumw_comes_from_the_runs_tree_and_is_absent_without_one() {
        ImportSummary dy = importAll(IngestFixtures.shared(IngestFixtures.NANO_DY), defaults()).summary;
        assertEquals(15166686735.858717, dy.genEventSumw().orElseThrow(), 1e-3, "JSROOT Runs/genEventSumw_");
        assertEquals(578762.435546875, dy.sumGenWeights().orElseThrow(), 1e-6, "JSROOT sum of genWeight");
        assertTrue(dy.hasGeneratorInformation());
        ImportSummary wJets = importAll(IngestFixtures.shared(IngestFixtures.W_JETS), defaults()).summary;
        assertTrue(wJets.genEventSumw().isEmpty(), "no Runs tree in that file");
        assertTrue(wJets.notes().contains("genEventSumw absent: the file has no tree 'Runs'"),
                wJets.notes().toString());
    }

    @Test
    void open_data_example_has_only_muons_and_lists_the_other_collections_as_absent() {
        Imported data = importAll(IngestFixtures.shared(IngestFixtures.OPEN_DATA), defaults());
        ImportSummary s = data.summary;
        assertEquals(100_000, s.events());
        assertEquals(List.of("nMuon", "muonPt", "muonEta", "muonPhi", "muonCharge"), s.columns());
        for (String absent : List.of("nElectron", "nJet", "met", "puppiMet", "genWeight", "muonTight", "genDecay1")) {
            assertTrue(s.absent().containsKey(absent), absent);
        }
        assertEquals("the file has no branch 'Jet_pt'", s.absent().get("jetPt"));
        assertFalse(s.hasGeneratorInformation());
        assertEquals(null, s.bTagBranch(), "no jets, no b-tag");
        assertEquals(235286, data.sum(Columns.N_MUON.name()), "JSROOT sum nMuon");
        assertEquals(2864, data.sum(Columns.MUON_CHARGE.name()), "JSROOT sum Muon_charge");
    }

    @Test
    void the_open_data_w_jets_file_maps_csv_v2_and_has_no_tight_muon() {
        NanoAodMapping mapping = defaults().withBTag(BTagDiscriminant.CSV_V2);
        Imported w = importAll(IngestFixtures.shared(IngestFixtures.W_JETS), mapping);
        assertEquals(BTagDiscriminant.CSV_V2, w.summary.bTag());
        assertEquals("Jet_btagCSVV2", w.summary.bTagBranch());
        assertEquals(-2717.5799560546875, w.sum(Columns.JET_BTAG.name()), 1e-9, "JSROOT sum Jet_btagCSVV2");
        assertEquals(41, w.ints(Columns.MUON_TIGHT.name()).length);
        assertEquals(0, w.sum(Columns.MUON_TIGHT.name()), "data README: Muon_tightId false for every muon");
    }

    @Test
    void w_decay_modes_and_prompt_neutrinos_agree_with_an_independent_computation() {
        Imported w = importAll(IngestFixtures.shared(IngestFixtures.W_JETS), defaults());
        int[] first = w.ints(Columns.GEN_DECAY_1.name());
        int[] expected = new int[WDecay.values().length];
        expected[WDecay.MUON.code()] = 65;
        expected[WDecay.ELECTRON.code()] = 62;
        expected[WDecay.TAU_TO_ELECTRON.code()] = 17;
        expected[WDecay.TAU_TO_MUON.code()] = 9;
        expected[WDecay.TAU_TO_HADRONS.code()] = 45;
        expected[WDecay.NONE.code()] = 2;
        int[] found = new int[WDecay.values().length];
        for (int code : first) {
            found[code]++;
        }
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(found), "JSROOT, one W per event");
        assertTrue(java.util.Arrays.stream(w.ints(Columns.GEN_DECAY_2.name())).allMatch(c -> c == WDecay.NONE.code()),
                "no event has a second W (this 'ttbar' file holds W+jets events: no top quark in GenPart)");
        assertEquals(6846.44140625, w.sum(Columns.GEN_NUNU_PT.name()), SUM_TOLERANCE * 6846, "JSROOT sum p_T^nunu");
        assertEquals(0, w.sum(Columns.GEN_TOP_PT.name()), "no top quark in the file");
    }

    @Test
    void the_first_w_jets_event_is_a_w_plus_decaying_to_a_muon() {
        // Event 0 of the file, read by hand from its GenPart table: particle 6 is the last W+
        // copy; its daughters are 7 (mu+, -13) and 8 (nu_mu, 14, pt 29.875 GeV, JSROOT).
        Imported w = importAll(IngestFixtures.shared(IngestFixtures.W_JETS), defaults());
        assertEquals(WDecay.MUON.code(), w.ints(Columns.GEN_DECAY_1.name())[0]);
        assertEquals(29.875, w.doubles(Columns.GEN_NUNU_PT.name())[0], 1e-12);
    }

    @Test
    void batch_size_changes_the_batches_but_not_the_numbers() {
        Path dy = IngestFixtures.shared(IngestFixtures.NANO_DY);
        ImportSummary whole = importAll(dy, defaults()).summary;
        List<EventBatch> batches = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        ImportSummary small = NanoAodImporter.read(dy, defaults(), 7, batches::add, progress::add);
        assertEquals(List.of(7, 7, 7, 7, 7, 5), batches.stream().map(EventBatch::nEvents).toList());
        assertEquals(0.0, progress.get(0));
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress never goes back");
        }
        List<SampleStatistics.QuantityStatistics> a = whole.statistics().quantities();
        List<SampleStatistics.QuantityStatistics> b = small.statistics().quantities();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).n(), b.get(i).n(), a.get(i).column());
            assertEquals(a.get(i).sum(), b.get(i).sum(), SUM_TOLERANCE * Math.max(1, Math.abs(a.get(i).sum())),
                    a.get(i).column());
        }
    }

    @Test
    void a_tree_with_none_of_the_mapped_collections_is_refused() {
        Path hzz = IngestFixtures.hzz("zlib");
        NanoAodMapping mapping = defaults().withEventsTree("events");
        InputDataException e = assertThrows(InputDataException.class, () -> importAll(hzz, mapping));
        assertEquals("uproot-HZZ-zlib.root", e.file());
        assertEquals("tree 'events'", e.object());
        assertTrue(e.problem().startsWith("has none of the mapped collections"), e.getMessage());
        assertTrue(e.problem().contains("Muon_pt") && e.problem().contains("Jet_pt"), e.getMessage());
    }

    @Test
    void a_plain_tree_imports_once_its_branches_are_mapped() {
        NanoAodMapping mapping = defaults().withEventsTree("events")
                .with(NanoAodQuantity.JET_PT, "Jet_Px").with(NanoAodQuantity.MUON_CHARGE, "Muon_Charge");
        Imported hzz = importAll(IngestFixtures.hzz("zlib"), mapping);
        assertEquals(List.of("nMuon", "muonCharge", "nJet", "jetPt"), hzz.summary.columns());
        assertEquals(2773, hzz.sum(Columns.N_JET.name()), "JSROOT sum NJet");
        assertEquals(-49, hzz.sum(Columns.MUON_CHARGE.name()), "JSROOT sum Muon_Charge");
    }

    @Test
    void an_unsupported_branch_type_is_refused_naming_file_branch_and_problem() {
        Path patched = IngestFixtures.hzzWithStringLeaves(tmp);
        NanoAodMapping mapping = defaults().withEventsTree("events").with(NanoAodQuantity.MUON_PT, "Muon_Px");
        InputDataException e = assertThrows(InputDataException.class, () -> importAll(patched, mapping));
        assertEquals("patched-uproot-HZZ-uncompressed.root", e.file());
        assertEquals("branch 'Muon_Px' (mapped to MUON_PT)", e.object());
        assertTrue(e.problem().contains("character strings (TLeafC)"), e.getMessage());
    }

    @Test
    void a_branch_of_the_wrong_shape_or_type_is_refused() {
        Path dy = IngestFixtures.shared(IngestFixtures.NANO_DY);
        InputDataException shape = assertThrows(InputDataException.class,
                () -> importAll(dy, defaults().with(NanoAodQuantity.MET_PT, "Jet_pt")));
        assertTrue(shape.getMessage().contains("branch 'Jet_pt' (mapped to MET_PT)")
                && shape.problem().contains("one value per event"), shape.getMessage());
        InputDataException type = assertThrows(InputDataException.class,
                () -> importAll(dy, defaults().with(NanoAodQuantity.MUON_CHARGE, "Muon_pt")));
        assertTrue(type.problem().contains("Float_t") && type.problem().contains("integers"), type.getMessage());
    }

    @Test
    void a_quantity_mapped_to_nothing_is_absent() {
        Imported dy = importAll(IngestFixtures.shared(IngestFixtures.NANO_DY),
                defaults().with(NanoAodQuantity.PUPPI_MET_PT, "").with(NanoAodQuantity.MUON_ISOLATION, ""));
        assertEquals("not mapped to a branch", dy.summary.absent().get("puppiMet"));
        assertEquals(14, dy.sum(Columns.MUON_TIGHT.name()), "ID only: JSROOT sum of Muon_tightId");
        assertTrue(dy.summary.notes().contains("muonTight = Muon_tightId"), dy.summary.notes().toString());
    }

    @Test
    void truncated_and_non_root_files_are_refused_by_the_importer_too() {
        Path cut = IngestFixtures.truncatedCopy(IngestFixtures.shared(IngestFixtures.W_JETS), tmp, 100_000);
        InputDataException e = assertThrows(InputDataException.class, () -> importAll(cut, defaults()));
        assertTrue(e.getMessage().startsWith("cut-nanoAOD_2015_CMS_Open_Data_ttbar.root: is truncated"),
                e.getMessage());
        Path parquet = IngestFixtures.shared("nanoaod/nano_dy.parquet");
        e = assertThrows(InputDataException.class, () -> importAll(parquet, defaults()));
        assertTrue(e.getMessage().startsWith("nano_dy.parquet: is not a ROOT file"), e.getMessage());
    }

    private static NanoAodMapping defaults() {
        return NanoAodMapping.defaults();
    }

    private static Imported importAll(Path file, NanoAodMapping mapping) {
        List<EventBatch> batches = new ArrayList<>();
        ImportSummary summary = NanoAodImporter.read(file, mapping, 64, batches::add, p -> { });
        return new Imported(summary, batches);
    }

    /** An import's summary and batches, with helpers joining a column over the batches. */
    private record Imported(ImportSummary summary, List<EventBatch> batches) {

        long nEvents() {
            return batches.stream().mapToLong(EventBatch::nEvents).sum();
        }

        int[] ints(String column) {
            return batches.stream().flatMapToInt(b -> java.util.Arrays.stream(b.ints(column))).toArray();
        }

        double[] doubles(String column) {
            return batches.stream().flatMapToDouble(b -> java.util.Arrays.stream(b.doubles(column))).toArray();
        }

        double sum(String column) {
            for (SampleStatistics.QuantityStatistics q : summary.statistics().quantities()) {
                if (q.column().equals(column)) {
                    return q.sum();
                }
            }
            throw new AssertionError("column " + column + " was not imported: " + summary.columns());
        }
    }
}
