/**
 * Importers for files users bring. This part reads ROOT files (CMS NanoAOD and flat ntuples)
 * and maps NanoAOD onto the event model; it is pure library code: it neither logs nor touches
 * the database, and reports every failure as an {@link org.dineutrino.ingest.InputDataException}
 * whose message names the file, the object (tree, branch, key) and the problem.
 *
 * <h2>Reading ROOT files</h2>
 * <pre>{@code
 * try (RootFile file = RootFile.open(path)) {              // header, directories, keys
 *     List<String> trees = file.listTrees();               // ["Events", "Runs"]
 *     TTreeReader events = file.tree("Events");            // TTree, TBranch, TLeaf, basket index
 *     List<BranchInfo> branches = events.branches();       // type, counter, or why unreadable
 *     BranchBatch batch = events.read(List.of("nMuon", "Muon_pt"), 0, 1000);
 *     double[] pt = batch.get("Muon_pt").toDoubles();      // all muons of the 1000 entries
 *     int[] perEntry = batch.get("Muon_pt").counts();      // muons per entry
 *     for (BranchBatch b : events.batches(List.of("MET_pt"), 50_000)) { ... }
 * }
 * }</pre>
 * {@link org.dineutrino.ingest.RootFile} reads the file header (small files with 32-bit and
 * large files with 64-bit pointers), the directories and their keys;
 * {@link org.dineutrino.ingest.TTreeReader} the streamed TTree (ROOT 6 layouts) and, on demand,
 * only the baskets of the branches and entries asked for, from disk (fBasketSeek, fBasketEntry,
 * fBasketBytes) or from inside the tree record (baskets still in memory when the tree was
 * written). Leaves: Bool_t, Char_t/UChar_t, Short_t/UShort_t, Int_t/UInt_t, Long64_t/ULong64_t,
 * Float_t, Double_t, as scalars, fixed arrays {@code x[3]} or jagged arrays {@code Muon_pt[nMuon]}.
 * Compression: ZLIB (JDK), LZMA (org.tukaani:xz), LZ4 and ZSTD (io.airlift:aircompressor), none.
 *
 * <p>Refused with a message, never read as numbers: RNTuples, {@code std::vector}, object and
 * container branches (TBranchElement), strings (TLeafC), Float16_t/Double32_t, leaf lists,
 * branches stored in other files, trees written before ROOT 6 (TTree class version below 19),
 * files that are truncated, damaged or not ROOT at all.
 *
 * <h2>Importing NanoAOD</h2>
 * <pre>{@code
 * NanoAodMapping mapping = NanoAodMapping.defaults().withBTag(BTagDiscriminant.CSV_V2)
 *         .with(NanoAodQuantity.MUON_ID, "Muon_mediumId");
 * ImportSummary summary = NanoAodImporter.read(path, mapping, NanoAodImporter.DEFAULT_BATCH_SIZE,
 *         batch -> store.append(batch), fraction -> progressBar.set(fraction));
 * summary.events(); summary.genEventSumw(); summary.absent(); summary.statistics();
 * }</pre>
 * {@link org.dineutrino.ingest.NanoAodImporter} yields {@link org.dineutrino.event.EventBatch}es
 * with the columns of {@link org.dineutrino.event.Columns} (plus
 * {@link org.dineutrino.ingest.NanoAodImporter#N_TRUE_INT}); columns whose branches the file lacks
 * are absent, listed with the reason in the {@link org.dineutrino.ingest.ImportSummary}, which
 * also records the b-tag discriminant mapped and genEventSumw from the {@code Runs} tree.
 * Particle-level columns come from the generator particles through
 * {@link org.dineutrino.ingest.GenParticleTruth}. {@link org.dineutrino.ingest.SampleStatistics}
 * gives the "check what was imported" numbers of any stream of batches: events, objects per
 * collection, and per quantity the count, sum and mean.
 *
 * <p>Known limits are listed in the README's Limitations; the ones acting here: the 8-byte LZ4
 * checksum is skipped, not verified ({@link org.dineutrino.ingest.Compression}); a tau whose
 * decay products are not stored counts as decaying to hadrons.
 */
package org.dineutrino.ingest;
