package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.Jagged;
import org.dineutrino.event.ValueType;

/**
 * Reads a CMS NanoAOD file into event-model batches (see {@link NanoAodMapping} for which
 * branch feeds which column).
 *
 * <pre>{@code
 * NanoAodMapping mapping = NanoAodMapping.defaults().withBTag(BTagDiscriminant.CSV_V2);
 * ImportSummary summary = NanoAodImporter.read(path, mapping, NanoAodImporter.DEFAULT_BATCH_SIZE,
 *         store::append, fraction -> bar.set(fraction));
 * }</pre>
 *
 * <p>Columns whose branches the file lacks are absent: the batches do not have them and the
 * summary lists them with the reason. Derived columns:
 * <ul>
 *   <li>{@code muonTight} = ID flag set and relative isolation below the mapping's cut (either
 *       part may be left out of the mapping);</li>
 *   <li>{@code electronTight} = cut-based ID at least the mapping's threshold;</li>
 *   <li>{@code electronEta} = {@code Electron_eta + Electron_deltaEtaSC}, the supercluster eta the
 *       barrel-endcap gap cut is defined on, when the file has deltaEtaSC; else {@code Electron_eta},
 *       said in the summary's notes;</li>
 *   <li>the particle-level columns from the generator particles, see {@link GenParticleTruth}.</li>
 * </ul>
 *
 * <p>Failures are {@link InputDataException}s naming the file, the tree or branch and the problem.
 * Batches already given to the sink before a failure stay given: the caller discards them (the
 * store imports a file in one transaction).
 */
public final class NanoAodImporter {

    /**
     * Events per batch by default. A full NanoAOD event holds about 150 generator particles, each
     * read from six branches (about 60 bytes decoded): 10,000 events keep a batch near 100 MB
     * while the reader works, with the collections and per-event columns on top.
     */
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    /**
     * The mean number of pileup interactions of the bunch crossing ({@code Pileup_nTrueInt}), the
     * variable pileup profiles are given in. Not (yet) a column of {@link Columns}; an import adds it
     * when the file has it.
     */
    public static final ColumnSpec N_TRUE_INT = ColumnSpec.perEvent("nTrueInt", ValueType.DOUBLE, "",
            "mean number of pileup interactions of the bunch crossing (simulation)");

    private NanoAodImporter() {
    }

    /**
     * Imports the events of a NanoAOD file.
     *
     * @param file      the ROOT file
     * @param mapping   which branches feed which columns, and the tree names
     * @param batchSize events per batch given to the sink (the last batch may be smaller)
     * @param sink      receives the batches in entry order
     * @param progress  receives the fraction of events read, from 0 to 1, after each batch
     * @return what was imported
     * @throws InputDataException if the file cannot be imported (not ROOT, truncated, an RNTuple, no
     *                            events tree, none of the mapped collections, an unfit or damaged branch)
     */
    public static ImportSummary read(Path file, NanoAodMapping mapping, int batchSize,
                                     Consumer<EventBatch> sink, DoubleConsumer progress) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        try (RootFile root = RootFile.open(file)) {
            TTreeReader tree = root.tree(mapping.eventsTree());
            ImportPlan plan = ImportPlan.resolve(file, tree, mapping);
            SampleStatistics.Accumulator statistics = SampleStatistics.accumulator();
            progress.accept(0.0);
            long done = 0;
            for (BranchBatch batch : tree.batches(plan.branches(), batchSize)) {
                EventBatch events = toEvents(file, batch, plan, mapping);
                statistics.add(events);
                sink.accept(events);
                done += events.nEvents();
                progress.accept((double) done / tree.entries());
            }
            progress.accept(1.0);
            return summary(root, tree, plan, mapping, statistics.result());
        }
    }

    /** One batch of branches as one batch of events. */
    static EventBatch toEvents(Path file, BranchBatch batch, ImportPlan plan, NanoAodMapping mapping) {
        EventBatch.Builder events = EventBatch.builder(batch.nEntries());
        for (NanoAodLayout.Direct direct : NanoAodLayout.PER_EVENT) {
            if (plan.has(direct.quantity())) {
                put(events, direct.column(), batch.get(plan.branch(direct.quantity())));
            }
        }
        for (NanoAodLayout.Collection collection : NanoAodLayout.COLLECTIONS) {
            putCollection(events, collection, batch, plan);
        }
        if (plan.has(NanoAodQuantity.ELECTRON_ETA) && plan.has(NanoAodQuantity.ELECTRON_DELTA_ETA_SC)) {
            events.put(Columns.ELECTRON_ETA, superclusterEta(batch, plan));
        }
        if (plan.muonTight()) {
            events.put(Columns.MUON_TIGHT, tightMuons(batch, plan, mapping));
        }
        if (plan.electronTight()) {
            int[] id = batch.get(plan.branch(NanoAodQuantity.ELECTRON_ID)).toInts();
            events.put(Columns.ELECTRON_TIGHT, atLeast(id, mapping.electronIdMin()));
        }
        if (plan.genParticles()) {
            GenParticleColumns.put(events, file, batch, plan);
        }
        return events.build();
    }

    private static void putCollection(EventBatch.Builder events, NanoAodLayout.Collection collection,
                                      BranchBatch batch, ImportPlan plan) {
        String counter = plan.counter(collection);
        if (counter == null) {
            return;
        }
        events.put(collection.count(), batch.get(counter).toInts());
        for (NanoAodLayout.Direct member : collection.members()) {
            if (plan.has(member.quantity())) {
                put(events, member.column(), batch.get(plan.branch(member.quantity())));
            }
        }
    }

    private static void put(EventBatch.Builder events, ColumnSpec column, BranchData data) {
        if (column.type() == ValueType.DOUBLE) {
            events.put(column, data.toDoubles());
        } else {
            events.put(column, data.toInts());
        }
    }

    /** eta_SC = eta + (eta_SC - eta), per electron. */
    static double[] superclusterEta(BranchBatch batch, ImportPlan plan) {
        double[] eta = batch.get(plan.branch(NanoAodQuantity.ELECTRON_ETA)).toDoubles();
        double[] deltaEtaSc = batch.get(plan.branch(NanoAodQuantity.ELECTRON_DELTA_ETA_SC)).toDoubles();
        for (int i = 0; i < eta.length; i++) {
            eta[i] += deltaEtaSc[i];
        }
        return eta;
    }

    /** 1 where the ID flag is set (if mapped) and the isolation is below the cut (if mapped), else 0. */
    static int[] tightMuons(BranchBatch batch, ImportPlan plan, NanoAodMapping mapping) {
        int[] counts = batch.get(plan.counter(NanoAodLayout.MUONS)).toInts();
        int[] tight = new int[Jagged.offsets(counts)[counts.length]];
        java.util.Arrays.fill(tight, 1);
        if (plan.has(NanoAodQuantity.MUON_ID)) {
            int[] id = batch.get(plan.branch(NanoAodQuantity.MUON_ID)).toInts();
            for (int i = 0; i < tight.length; i++) {
                tight[i] &= id[i] != 0 ? 1 : 0;
            }
        }
        if (plan.has(NanoAodQuantity.MUON_ISOLATION)) {
            double[] isolation = batch.get(plan.branch(NanoAodQuantity.MUON_ISOLATION)).toDoubles();
            for (int i = 0; i < tight.length; i++) {
                tight[i] &= isolation[i] < mapping.muonIsolationMax() ? 1 : 0;
            }
        }
        return tight;
    }

    /** 1 where {@code values[i] >= min}, else 0. */
    static int[] atLeast(int[] values, int min) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] >= min ? 1 : 0;
        }
        return out;
    }

    private static ImportSummary summary(RootFile root, TTreeReader tree, ImportPlan plan,
                                         NanoAodMapping mapping, SampleStatistics statistics) {
        List<String> notes = new ArrayList<>(notes(plan, mapping));
        OptionalDouble genEventSumw = RunsTree.genEventSumw(root, mapping, notes);
        OptionalDouble sumGenWeights = OptionalDouble.empty();
        for (SampleStatistics.QuantityStatistics q : statistics.quantities()) {
            if (q.column().equals(Columns.GEN_WEIGHT.name())) {
                sumGenWeights = OptionalDouble.of(q.sum());
            }
        }
        List<String> columns = new ArrayList<>();
        for (ColumnSpec column : plan.columns()) {
            columns.add(column.name());
        }
        return new ImportSummary(root.path().getFileName().toString(), tree.name(), tree.entries(),
                genEventSumw, sumGenWeights, plan.genParticles(), columns, plan.absent(), mapping.bTag(),
                plan.branch(NanoAodQuantity.JET_BTAG), notes, statistics);
    }

    static List<String> notes(ImportPlan plan, NanoAodMapping mapping) {
        List<String> notes = new ArrayList<>();
        if (plan.has(NanoAodQuantity.JET_BTAG)) {
            notes.add("jetBtag = " + plan.branch(NanoAodQuantity.JET_BTAG) + " ("
                    + mapping.bTag().label() + ")");
        }
        if (plan.has(NanoAodQuantity.ELECTRON_ETA)) {
            notes.add(plan.has(NanoAodQuantity.ELECTRON_DELTA_ETA_SC)
                    ? "electronEta = " + plan.branch(NanoAodQuantity.ELECTRON_ETA) + " + "
                            + plan.branch(NanoAodQuantity.ELECTRON_DELTA_ETA_SC) + " (supercluster eta)"
                    : "electronEta = " + plan.branch(NanoAodQuantity.ELECTRON_ETA) + ": the file has no "
                            + mapping.branch(NanoAodQuantity.ELECTRON_DELTA_ETA_SC)
                            + ", so the barrel-endcap gap cut acts on the electron's own eta");
        }
        if (plan.muonTight()) {
            String id = plan.has(NanoAodQuantity.MUON_ID) ? plan.branch(NanoAodQuantity.MUON_ID) : "true";
            String isolation = plan.has(NanoAodQuantity.MUON_ISOLATION)
                    ? " && " + plan.branch(NanoAodQuantity.MUON_ISOLATION) + " < "
                            + mapping.muonIsolationMax()
                    : "";
            notes.add("muonTight = " + id + isolation);
        }
        if (plan.electronTight()) {
            notes.add("electronTight = " + plan.branch(NanoAodQuantity.ELECTRON_ID) + " >= "
                    + mapping.electronIdMin());
        }
        if (plan.genParticles()) {
            notes.add("genDecay1/genDecay2: W+ then W- (in ttbar: top's W, antitop's W); without a W the two"
                    + " legs of a Z, negative lepton first");
        }
        return notes;
    }
}
