package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading branches. Reference numbers come from JSROOT 7.11.2 reading the same files
 * (src/test/resources/org/dineutrino/ingest/jsroot-reference.mjs, output beside it in
 * jsroot-reference.json): entries, value counts, sums (float values widened to double and
 * added in file order, as both readers do) and first values.
 */
class TTreeReaderTest {

    /** Sums of the same floats in the same order agree exactly; this only absorbs compensated summation. */
    private static final double SUM_TOLERANCE = 1e-9;
    /**
     * Float32 jets: E^2 - p^2 can come out slightly negative for massless jets. Relative float
     * rounding 6e-8 on E^2 ~ p^2 gives about 1e-7 * E^2; this allows ten times that.
     */
    private static final double MASS_SQUARED_RELATIVE_TOLERANCE = 1e-6;

    @TempDir
    Path tmp;

    @Test
    void the_five_compressions_of_the_hzz_tree_read_back_identical_values() {
        List<String> branches;
        List<double[]> reference = new ArrayList<>();
        try (RootFile file = RootFile.open(IngestFixtures.hzz("uncompressed"))) {
            TTreeReader tree = file.tree("events");
            branches = tree.branches().stream().map(BranchInfo::name).toList();
            BranchBatch all = tree.read(branches, 0, (int) tree.entries());
            branches.forEach(b -> reference.add(all.get(b).toDoubles()));
        }
        assertEquals(51, branches.size());
        for (String compression : IngestFixtures.COMPRESSIONS) {
            try (RootFile file = RootFile.open(IngestFixtures.hzz(compression))) {
                TTreeReader tree = file.tree("events");
                BranchBatch all = tree.read(branches, 0, (int) tree.entries());
                for (int i = 0; i < branches.size(); i++) {
                    assertArrayEquals(reference.get(i), all.get(branches.get(i)).toDoubles(),
                            compression + " " + branches.get(i));
                }
            }
        }
    }

    @Test
    void hzz_branches_agree_with_jsroot() {
        try (RootFile file = RootFile.open(IngestFixtures.hzz("lz4"))) {
            TTreeReader tree = file.tree("events");
            assertEquals(2421, tree.entries());
            BranchBatch all = tree.read(List.of("NJet", "Jet_Px", "NMuon", "Muon_Px", "Muon_Charge", "MET_px",
                    "EventWeight", "triggerIsoMu24"), 0, 2421);
            assertSum(all, "NJet", 2421, 2773);
            assertSum(all, "Jet_Px", 2773, 3434.9179122354835);
            assertSum(all, "NMuon", 2421, 3825);
            assertSum(all, "Muon_Px", 3825, -2506.0211019696435);
            assertSum(all, "Muon_Charge", 3825, -49);
            assertSum(all, "MET_px", 2421, 577.7299035903998);
            assertSum(all, "EventWeight", 2421, 16.922521416134224);
            assertSum(all, "triggerIsoMu24", 2421, 2421);
            assertEquals(-38.87471389770508, all.get("Jet_Px").toDoubles()[0]);
        }
    }

    @Test
    void jets_are_physical_and_their_transverse_momenta_agree_with_jsroot() {
        try (RootFile file = RootFile.open(IngestFixtures.hzz("zlib"))) {
            BranchBatch jets = file.tree("events").read(List.of("Jet_Px", "Jet_Py", "Jet_Pz", "Jet_E"), 0, 2421);
            double[] px = jets.get("Jet_Px").toDoubles();
            double[] py = jets.get("Jet_Py").toDoubles();
            double[] pz = jets.get("Jet_Pz").toDoubles();
            double[] e = jets.get("Jet_E").toDoubles();
            double sumPt2 = 0;
            for (int i = 0; i < px.length; i++) {
                double p2 = px[i] * px[i] + py[i] * py[i] + pz[i] * pz[i];
                assertTrue(e[i] * e[i] - p2 >= -MASS_SQUARED_RELATIVE_TOLERANCE * e[i] * e[i],
                        "jet " + i + " has E^2 < p^2");
                sumPt2 += px[i] * px[i] + py[i] * py[i];
            }
            assertEquals(14227069.277267998, sumPt2, 1e-12 * sumPt2, "sum of Jet_Px^2 + Jet_Py^2 (JSROOT)");
        }
    }

    @Test
    void reading_in_small_batches_across_basket_boundaries_gives_the_same_values() {
        try (RootFile file = RootFile.open(IngestFixtures.hzz("zstd"))) {
            TTreeReader tree = file.tree("events");
            List<String> branches = List.of("NMuon", "Muon_Px", "MET_px");
            BranchBatch whole = tree.read(branches, 0, (int) tree.entries());
            for (String branch : branches) {
                List<Double> pieces = new ArrayList<>();
                for (BranchBatch batch : tree.batches(branches, 97)) {
                    for (double v : batch.get(branch).toDoubles()) {
                        pieces.add(v);
                    }
                }
                double[] joined = pieces.stream().mapToDouble(Double::doubleValue).toArray();
                assertArrayEquals(whole.get(branch).toDoubles(), joined, branch);
            }
        }
    }

    @Test
    void reads_only_the_baskets_of_the_branches_asked_for() {
        try (RootFile file = RootFile.open(IngestFixtures.hzz("uncompressed"))) {
            long metadata = file.bytesRead();
            TTreeReader tree = file.tree("events");
            long treeRecord = file.bytesRead() - metadata;
            tree.read(List.of("MET_px"), 0, (int) tree.entries());
            long basket = file.bytesRead() - metadata - treeRecord;
            // 2421 floats = 9684 bytes of data, plus the basket's key header.
            assertTrue(basket > 9684 && basket < 9684 + 200, "MET_px basket: " + basket + " bytes");
            assertTrue(file.bytesRead() < file.size() / 10, file.bytesRead() + " of " + file.size() + " bytes");
        }
    }

    @Test
    void a_jagged_branch_counts_its_values_with_its_counter_branch() {
        try (RootFile file = RootFile.open(IngestFixtures.hzz("lzma"))) {
            TTreeReader tree = file.tree("events");
            BranchInfo info = tree.branch("Muon_Px");
            assertEquals("NMuon", info.counterBranch());
            assertEquals(LeafType.FLOAT32, info.type());
            BranchBatch batch = tree.read(List.of("Muon_Px", "NMuon"), 100, 50);
            assertArrayEquals(batch.get("NMuon").toInts(), batch.get("Muon_Px").counts());
            assertNull(batch.get("NMuon").counts(), "a scalar branch has no counts");
        }
    }

    @Test
    void reads_baskets_stored_inside_the_tree_record() {
        try (RootFile file = RootFile.open(IngestFixtures.shared(IngestFixtures.OPEN_DATA))) {
            TTreeReader tree = file.tree("Events");
            assertEquals(100_000, tree.entries());
            BranchBatch all = tree.read(List.of("nMuon", "Muon_pt", "Muon_charge"), 0, 100_000);
            assertSum(all, "nMuon", 100_000, 235286);
            assertSum(all, "Muon_pt", 235286, 4010997.9343731403);
            assertSum(all, "Muon_charge", 235286, 2864);
        }
    }

    @Test
    void reads_unsigned_and_64_bit_integers() {
        try (RootFile file = RootFile.open(IngestFixtures.shared(IngestFixtures.NANO_DY))) {
            TTreeReader tree = file.tree("Events");
            assertEquals(LeafType.UINT64, tree.branch("event").type());
            assertEquals(LeafType.UINT32, tree.branch("nMuon").type());
            BranchBatch batch = tree.read(List.of("event", "nMuon"), 0, 40);
            assertEquals(3749778L, batch.get("event").toLongs()[0], "first event number (JSROOT)");
            assertSum(batch, "event", 40, 149992783);
            assertEquals(18, java.util.Arrays.stream(batch.get("nMuon").toInts()).sum());
        }
    }

    @Test
    void an_unsupported_leaf_type_is_refused_naming_file_branch_and_problem() {
        Path patched = IngestFixtures.hzzWithStringLeaves(tmp);
        try (RootFile file = RootFile.open(patched)) {
            TTreeReader tree = file.tree("events");
            assertTrue(tree.branch("NJet").isReadable(), "integer branches are untouched");
            InputDataException e = assertThrows(InputDataException.class,
                    () -> tree.read(List.of("Jet_Px"), 0, 10));
            assertEquals("patched-uproot-HZZ-uncompressed.root", e.file());
            assertEquals("branch 'Jet_Px'", e.object());
            assertTrue(e.problem().contains("TLeafC"), e.getMessage());
        }
    }

    @Test
    void an_absent_branch_is_refused_with_similar_names() {
        try (RootFile file = RootFile.open(IngestFixtures.shared(IngestFixtures.NANO_DY))) {
            TTreeReader tree = file.tree("Runs");
            InputDataException e = assertThrows(InputDataException.class,
                    () -> tree.read(List.of("genEventSumw"), 0, 1));
            assertTrue(e.getMessage().contains("genEventSumw_"), e.getMessage());
        }
    }

    @Test
    void entries_outside_the_tree_are_a_caller_mistake() {
        try (RootFile file = RootFile.open(IngestFixtures.hzz("zlib"))) {
            TTreeReader tree = file.tree("events");
            assertThrows(IllegalArgumentException.class, () -> tree.read(List.of("NJet"), 2400, 22));
            assertEquals(0, tree.read(List.of("NJet"), 2421, 0).get("NJet").size(), "an empty range is fine");
        }
    }

    @Test
    void floating_point_values_are_not_read_as_integers() {
        try (RootFile file = RootFile.open(IngestFixtures.hzz("zlib"))) {
            BranchData px = file.tree("events").read(List.of("MET_px"), 0, 3).get("MET_px");
            assertThrows(IllegalStateException.class, px::toInts);
        }
    }

    private static void assertSum(BranchBatch batch, String branch, int n, double sum) {
        double[] values = batch.get(branch).toDoubles();
        assertEquals(n, values.length, branch + " values");
        double total = 0;
        for (double v : values) {
            total += v;
        }
        assertEquals(sum, total, SUM_TOLERANCE * Math.max(1, Math.abs(sum)), branch + " sum");
    }
}
