/**
 * Importers for files users bring, and exporters for taking samples back out. It reads ROOT files
 * (CMS NanoAOD and flat ntuples) and maps NanoAOD onto the event model, reads and writes Parquet and
 * CSV flat ntuples; it is pure library code: it neither logs nor touches
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
 * <h2>Importing Parquet and CSV</h2>
 * <pre>{@code
 * ImportSummary summary = FileImporter.read(path, mapping, NanoAodImporter.DEFAULT_BATCH_SIZE,
 *         store::append, fraction -> progressBar.set(fraction));   // ROOT, Parquet or CSV by its bytes
 * ParquetImporter.read(path, mapping, batchSize, sink, progress);  // the same, for Parquet only
 * CsvImporter.read(path, mapping, batchSize, sink, progress);      // and for CSV
 * }</pre>
 * A flat file holds one event per row, in one of two layouts, told apart by its column names:
 * <ul>
 *   <li><b>event model</b>: the names below ({@code met}, {@code nJet}, {@code jetPt}), as an export
 *       writes them. Chosen when the file carries an export's metadata or has any event-model column
 *       that is neither a count column nor also a NanoAOD branch ({@code genWeight} is both). Columns
 *       are read as they are; a double column may be stored as float or integer, an int column as
 *       int32, int64 (in range) or boolean.</li>
 *   <li><b>NanoAOD</b>: columns named like NanoAOD branches ({@code Muon_pt}, {@code nMuon},
 *       {@code MET_pt}), as coffea and awkward write them. The {@link org.dineutrino.ingest.NanoAodMapping}
 *       applies exactly as to a ROOT tree (the same plan and the same derived columns), so
 *       {@code nano_dy.parquet} imports to the numbers {@code nano_dy.root} gives, bit for bit. A
 *       flat file has no {@code Runs} tree: its summary has no genEventSumw.</li>
 * </ul>
 * Parquet columns: a top-level number is one value per event; a list ({@code Muon_pt.list.item},
 * {@code .list.element}, the legacy two-level forms) is a collection, named by the list; a list of
 * structs, as awkward writes records ({@code Muon.list.item.pt}), names each member
 * {@code Muon_pt}; a struct's members likewise ({@code MET.pt} is {@code MET_pt}). A list's count
 * column is {@code n} and the collection: the event model's ({@code nJet} for {@code jetPt}), else
 * the name before the first underscore ({@code nMuon} for {@code Muon_pt}). When the file has that
 * column its values must equal the lists' lengths, row by row; when it has not, the lengths make it.
 * Types read: boolean, int32 and int64 (signed or unsigned), float, double; strings, decimals,
 * INT96, lists of lists and nulls are refused when the import needs the column. Pages: ZSTD,
 * SNAPPY, GZIP, LZ4_RAW or uncompressed; plain, dictionary and the v2 encodings.
 *
 * <h2>The CSV convention</h2>
 * <pre>
 * # dineutrino {"format":"dineutrino-events","version":1,"level":"BOTH","genEventSumw":..., "columns":[...]}
 * genWeight,nPV,met,...,nJet,jetPt_0,jetPt_1,jetPt_2,...,nGenJet,genJetPt_0,...
 * 1.0,31,57.03125,...,2,85.5,41.25,,...,3,80.0,...
 * </pre>
 * A header line names the columns; one line per event follows. A collection is its count column
 * ({@code nJet}) and, per attribute {@code X}, the columns {@code X_0 .. X_(N-1)} for the first N
 * objects: an event with k objects fills {@code X_0 .. X_(k-1)} and leaves the rest empty. The
 * count keeps the full number of objects: an export with N below the largest collection says so
 * ({@link org.dineutrino.ingest.ExportSummary#truncatedEvents()}) and its file is refused on import.
 * NanoAOD names work the same way ({@code nMuon, Muon_pt_0, Muon_pt_1}). Doubles are written by
 * {@link java.lang.Double#toString(double)} and parse back to the same bits ({@code NaN},
 * {@code Infinity}, {@code -0.0}); the importer also takes {@code nan} and {@code inf}, and
 * {@code true}/{@code false} in integer columns. {@code #} lines are comments; the first may hold
 * an export's metadata. pandas reads such a file exactly with
 * {@code pd.read_csv(path, comment='#', float_precision='round_trip')}. A CSV file may be gzipped.
 * Refusals name the line (of the file, from 1) and the column.
 *
 * <h2>Exporting</h2>
 * <pre>{@code
 * List<ColumnSpec> columns = ExportLevel.parse("both").select(sample.columns());
 * ExportHeader header = ExportHeader.of(sample.meta().sumGenWeights(), Map.of("sample", sample.name()));
 * try (SampleWriter out = SampleExporter.openParquet(columns, path, level, header)) {  // or openCsv(..., n)
 *     store.stream(sample, names, (batch, chunk, nChunks) -> { out.write(batch); return true; });
 *     ExportSummary summary = out.finish();      // closing without finish() deletes the partial file
 * }
 * SampleExporter.writeParquet(sample.columns(), batches, path, level, header);  // from an Iterable
 * SampleExporter.writeCsv(sample.columns(), batches, path, level, header, SampleExporter.ALL_OBJECTS);
 * }</pre>
 * One row per event. A per-event column is a required {@code double} or {@code int32}; a
 * collection is its {@code int32} count column and, per attribute, a required list of that many
 * values ({@code jetPt.list.element}), the layout pyarrow, awkward and Spark read as lists. The
 * footer's key-value metadata {@code dineutrino} (the CSV's first line) holds the level, the
 * sample's sum of generator weights over all generated events (which a preselected sample's kept
 * weights do not add up to), free properties, and every column with its type, count column, unit
 * and description; an import gives the sum back as the summary's genEventSumw. Parquet pages are
 * ZSTD-compressed. An exported sample imports back to the same numbers, bit for bit.
 * {@link org.dineutrino.ingest.ExportLevel}: {@code reco} writes the reconstruction-level columns,
 * {@code particle} the particle-level truth, {@code both} all; weights go with every level.
 *
 * <h2>Columns and units</h2>
 * Units are the event model's: GeV for momenta, energies and masses, rad for angles; eta, counts,
 * flags and codes have none; charges are in units of e. "list" columns hold one value per object
 * of the collection counted by the count column above them.
 * <pre>
 * reco level
 *   genWeight                   double        generator weight (at every level)
 *   nPV                         int32         reconstructed primary vertices
 *   met, metPhi                 double  GeV, rad   PF p_T^miss and its azimuth
 *   puppiMet, puppiMetPhi       double  GeV, rad   PUPPI p_T^miss and its azimuth
 *   nMuon                       int32         muons; lists:
 *     muonPt [GeV], muonEta, muonPhi [rad] (double); muonCharge [e],
 *     muonTight (int32, 1 = tight ID and isolation)
 *   nElectron                   int32         electrons; lists:
 *     electronPt [GeV], electronEta (supercluster), electronPhi [rad] (double); electronCharge [e],
 *     electronTight (int32)
 *   nJet                        int32         jets (anti-kT 0.4); lists:
 *     jetPt [GeV] (calibrated), jetEta, jetPhi [rad], jetMass [GeV], jetBtag (double, discriminant in [0, 1])
 * particle level (simulation)
 *   nPU                         int32         in-time pileup interactions
 *   nTrueInt                    double        mean number of pileup interactions (NanoAOD imports)
 *   jetHadronFlavour            int32 list of nJet: 5 b, 4 c, 0 light (exported with both levels only)
 *   nGenLepton                  int32         dressed leptons (photons within dR 0.1); lists:
 *     genLeptonPt [GeV], genLeptonEta, genLeptonPhi [rad] (double); genLeptonPdgId (11 e-, -11 e+, 13 mu-,
 *     -13 mu+), genLeptonFromTau (1 from a tau decay) (int32)
 *   nGenJet                     int32         particle-level jets; lists:
 *     genJetPt [GeV], genJetEta, genJetPhi [rad] (double); genJetHadronFlavour (5 b hadron, 4 c, 0) (int32)
 *   genMet, genMetPhi           double  GeV, rad   gen p_T^miss: all neutrinos (and neutralinos)
 *   genNuNuPt, genNuNuPhi       double  GeV, rad   p_T^nunu of the prompt neutrinos from the W decays
 *   genChiChiPt, genChiChiPhi   double  GeV, rad   sum of the neutralinos (0 without BSM)
 *   genDecay1, genDecay2        int32         decay channel of each W (or Z leg), a WDecay code:
 *                                             0 hadronic, 1 e, 2 mu, 3 tau to e, 4 tau to mu,
 *                                             5 tau to hadrons, 6 none
 *   genTopPt, genTopEta, genTopPhi, genTopMass       double  GeV, -, rad, GeV   top quark (0 if none)
 *   genAntitopPt, genAntitopEta, genAntitopPhi, genAntitopMass
 *                                    double  GeV, -, rad, GeV   top antiquark (0 if none)
 * shifted-object variations (simulation; exported with the reco level, optional on import)
 *   jetJesUnc, jetJerUp, jetJerDown  double list of nJet: relative JES uncertainty; JER up/down pT factors
 *   muonScaleUnc                double list of nMuon: relative muon momentum-scale uncertainty
 *   electronScaleUnc            double list of nElectron: relative electron energy-scale uncertainty
 *   metUnclPx, metUnclPy        double  GeV   unclustered-energy part of the PF p_T^miss vector
 *   puppiMetUnclPx, puppiMetUnclPy   double  GeV   the same for PUPPI p_T^miss
 * weight variations (built-in simulation; every level; optional on import)
 *   wLeptonSfUp, wLeptonSfDown, wBtagHfUp, wBtagHfDown, wBtagLfUp, wBtagLfDown, wPileupUp, wPileupDown,
 *   wTriggerUp, wTriggerDown, wMuRUp, wMuRDown, wMuFUp, wMuFDown, wMuRMuFUp, wMuRMuFDown, wIsrUp, wIsrDown,
 *   wFsrUp, wFsrDown, wTopPt, wPdf1, wPdf2, wPdf3, wPdf4, wPdf5, wPdf6
 *                               double        factor relative to the nominal event weight (1 where
 *                                             the source does not apply); docs/SIMULATION.md
 * </pre>
 * A sample's other columns (e.g. imported weight variations) are exported with their own names;
 * their units and descriptions travel in the metadata.
 *
 * <h2>The Parquet library</h2>
 * parquet-java (org.apache.parquet:parquet-hadoop 1.18.2), the reference implementation, which reads
 * and writes ZSTD pages; no lighter well-kept Java 17 library both reads and writes Parquet (Hardwood
 * reads only and needs Java 21). It runs here without Hadoop: files go through {@code java.nio}
 * ({@code LocalInputFile}, {@code LocalOutputFile}), the configuration is parquet-java's plain one
 * (no Hadoop {@code Configuration}, no {@code core-site.xml}, no {@code HADOOP_HOME}, no file
 * system or network), and pages are compressed by {@link org.dineutrino.ingest.ParquetCodecs} with
 * aircompressor and the JDK rather than Hadoop's codecs and their native libraries. Only the Hadoop
 * client API jar stays on the class path (parquet-java's signatures name its types; a few interfaces
 * and constants are loaded); Hadoop's runtime, zstd-jni and snappy-java are excluded.
 *
 * <p>Known limits are listed in the README's Limitations; the ones acting here: the 8-byte LZ4
 * checksum is skipped, not verified ({@link org.dineutrino.ingest.Compression}); a tau whose
 * decay products are not stored counts as decaying to hadrons.
 */
package org.dineutrino.ingest;
