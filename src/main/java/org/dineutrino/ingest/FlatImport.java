package org.dineutrino.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/**
 * The import of a flat file, Parquet or CSV, in one of two layouts:
 * <ul>
 *   <li><b>event model</b>: columns named as {@link Columns} names them ({@code met},
 *       {@code nJet}, {@code jetPt}), as {@link SampleExporter} writes them; chosen when the file
 *       carries an export's metadata or has any event-model column that is neither a count column
 *       nor also a NanoAOD branch name;</li>
 *   <li><b>NanoAOD</b>: columns named like NanoAOD branches ({@code Muon_pt}, {@code nMuon}), as
 *       coffea and awkward write them; the {@link NanoAodMapping} applies exactly as to a ROOT
 *       tree, through the same {@link ImportPlan} and {@link NanoAodImporter#toEvents}.</li>
 * </ul>
 */
final class FlatImport {

    /** Columns named in a refusal of a file with neither layout. */
    private static final int COLUMNS_SHOWN = 8;
    /** Columns named in the note on the columns not imported. */
    private static final int IGNORED_SHOWN = 10;

    private FlatImport() {
    }

    /** Reads the whole file into the sink; see {@link ParquetImporter#read}. */
    static ImportSummary read(FlatSource source, NanoAodMapping mapping, int batchSize,
                              Consumer<EventBatch> sink, DoubleConsumer progress) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        Run run = new Run(source, batchSize, sink, progress);
        return isEventModel(source) ? eventModel(run, mapping) : nanoAod(run, mapping);
    }

    /** Whether the file's columns are named as the event model names them. */
    static boolean isEventModel(FlatSource source) {
        return source.metadata().isPresent() || source.columnNames().stream()
                .anyMatch(name -> FlatNames.isEventModelMarker(name, FlatNames.EVENT_MODEL));
    }

    /** Where an import reads from and writes to. */
    private record Run(FlatSource source, int batchSize, Consumer<EventBatch> sink, DoubleConsumer progress) {

        /** Reads the named columns batch by batch, makes events of each, and hands them on. */
        SampleStatistics events(List<String> names, Function<BranchBatch, EventBatch> toEvents) {
            SampleStatistics.Accumulator statistics = SampleStatistics.accumulator();
            progress.accept(0.0);
            for (BranchBatch batch : source.batches(names, batchSize)) {
                EventBatch events = toEvents.apply(batch);
                statistics.add(events);
                sink.accept(events);
                progress.accept(source.fractionRead());
            }
            progress.accept(1.0);
            return statistics.result();
        }
    }

    private static ImportSummary eventModel(Run run, NanoAodMapping mapping) {
        FlatSource source = run.source();
        List<ColumnSpec> candidates = source.metadata().map(FlatFileMetadata::columns)
                .orElse(List.copyOf(FlatNames.EVENT_MODEL.values()));
        source.expectIntegers(name -> candidates.stream()
                .anyMatch(c -> c.name().equals(name) && c.type() == ValueType.INT));
        List<String> reported = Stream.concat(Columns.RECO.stream(), Columns.TRUTH.stream())
                .map(ColumnSpec::name).toList();
        EventModelPlan plan = EventModelPlan.resolve(source, candidates, reported);
        if (plan.columns().isEmpty()) {
            throw new InputDataException(source.file(), null, "has none of the event-model columns its"
                    + " metadata lists (" + names(candidates) + ")");
        }
        SampleStatistics statistics = run.events(plan.names(), plan::toEvents);

        OptionalDouble genEventSumw = source.metadata().map(m -> m.header().genEventSumw())
                .orElse(OptionalDouble.empty());
        boolean generator = ImportPlan.GEN_PARTICLE_COLUMNS.stream().allMatch(c -> plan.has(c.name()));
        String bTagBranch = plan.has(Columns.JET_BTAG.name()) ? Columns.JET_BTAG.name() : null;
        return summary(source, plan.columns(), plan.absent(), genEventSumw, generator, mapping, bTagBranch,
                eventModelNotes(source, plan, genEventSumw), statistics);
    }

    private static List<String> eventModelNotes(FlatSource source, EventModelPlan plan,
                                                OptionalDouble genEventSumw) {
        List<String> notes = new ArrayList<>(source.notes());
        notes.add("layout: event-model columns" + source.metadata()
                .map(m -> " (a dineutrino export, level " + m.level().key() + ")")
                .orElse(" (named as the event model names them)"));
        notes.add(genEventSumw.isPresent()
                ? "genEventSumw = " + genEventSumw.getAsDouble() + " from the file's export metadata"
                : "genEventSumw absent: the file does not record it");
        source.metadata().ifPresent(m -> m.header().properties()
                .forEach((key, value) -> notes.add("exported " + key + " = " + value)));
        if (plan.has(Columns.JET_BTAG.name())) {
            notes.add("jetBtag read from the column jetBtag as stored (the mapping's b-tag choice"
                    + " applies to NanoAOD names)");
        }
        addIgnored(notes, source, plan.names());
        return notes;
    }

    private static ImportSummary nanoAod(Run run, NanoAodMapping mapping) {
        FlatSource source = run.source();
        Map<String, NanoAodQuantity> integers = integerBranches(mapping);
        source.expectIntegers(integers::containsKey);
        requireRecoCollection(source, mapping);
        requireIntegers(source, integers);
        ImportPlan plan = ImportPlan.resolve(source.file(), source, mapping);
        SampleStatistics statistics = run.events(plan.branches(),
                batch -> NanoAodImporter.toEvents(source.file(), batch, plan, mapping));

        List<String> notes = new ArrayList<>(source.notes());
        notes.add("layout: NanoAOD branch names, mapped as for a ROOT file");
        notes.addAll(NanoAodImporter.notes(plan, mapping));
        notes.add("genEventSumw absent: a flat file has no Runs tree");
        addIgnored(notes, source, plan.branches());
        return summary(source, plan.columns(), plan.absent(), OptionalDouble.empty(), plan.genParticles(),
                mapping, plan.branch(NanoAodQuantity.JET_BTAG), notes, statistics);
    }

    /**
     * The branches whose values must be integers, each with the quantity it is mapped to: those of
     * integer columns, the lepton IDs, the generator particles' PDG ids and mothers.
     */
    private static Map<String, NanoAodQuantity> integerBranches(NanoAodMapping mapping) {
        Map<String, NanoAodQuantity> integers = new LinkedHashMap<>();
        List<NanoAodLayout.Direct> directs = new ArrayList<>(NanoAodLayout.PER_EVENT);
        NanoAodLayout.COLLECTIONS.forEach(collection -> directs.addAll(collection.members()));
        for (NanoAodLayout.Direct direct : directs) {
            if (direct.column().type() == ValueType.INT) {
                integers.put(mapping.branch(direct.quantity()), direct.quantity());
            }
        }
        for (NanoAodQuantity q : List.of(NanoAodQuantity.MUON_ID, NanoAodQuantity.ELECTRON_ID,
                NanoAodQuantity.GEN_PART_PDG_ID, NanoAodQuantity.GEN_PART_MOTHER)) {
            integers.put(mapping.branch(q), q);
        }
        integers.remove("");
        return integers;
    }

    /** Refuses, naming the column, a mapped integer quantity the file stores as floating point. */
    private static void requireIntegers(FlatSource source, Map<String, NanoAodQuantity> integers) {
        for (Map.Entry<String, NanoAodQuantity> entry : integers.entrySet()) {
            BranchInfo info = source.has(entry.getKey()) ? source.branch(entry.getKey()) : null;
            if (info != null && info.isReadable() && !info.type().isInteger()) {
                throw new InputDataException(source.file(), "column '" + entry.getKey()
                        + "' (mapped to " + entry.getValue() + ")", "holds floating-point values ("
                        + info.title() + "), but " + entry.getValue().description() + " needs integers:"
                        + " store it as an integer or boolean column, or map another column");
            }
        }
    }

    /** Refuses, in the flat file's words, a file with neither event-model columns nor the mapped ones. */
    private static void requireRecoCollection(FlatSource source, NanoAodMapping mapping) {
        List<String> reco = List.of(NanoAodQuantity.MUON_PT, NanoAodQuantity.ELECTRON_PT,
                        NanoAodQuantity.JET_PT, NanoAodQuantity.MET_PT, NanoAodQuantity.PUPPI_MET_PT)
                .stream()
                .map(mapping::branch)
                .filter(branch -> !branch.isEmpty())
                .toList();
        if (reco.stream().anyMatch(source::has)) {
            return;
        }
        List<String> names = source.columnNames();
        throw new InputDataException(source.file(), null, "has neither event-model columns (met,"
                + " muonPt, jetPt, ...) nor the mapped NanoAOD columns (" + reco + "); its "
                + names.size() + " columns start " + names.subList(0, Math.min(names.size(), COLUMNS_SHOWN))
                + ": map its columns in the import's mapping");
    }

    private static void addIgnored(List<String> notes, FlatSource source, List<String> read) {
        Set<String> used = new HashSet<>(read);
        List<String> ignored = source.columnNames().stream().filter(n -> !used.contains(n)).toList();
        if (ignored.isEmpty()) {
            return;
        }
        notes.add(ignored.size() + " column(s) of the file not imported" + (ignored.size() <= IGNORED_SHOWN
                ? ": " + ignored : ", e.g. " + ignored.subList(0, IGNORED_SHOWN)));
    }

    private static ImportSummary summary(FlatSource source, List<ColumnSpec> columns,
                                         Map<String, String> absent, OptionalDouble genEventSumw,
                                         boolean generator, NanoAodMapping mapping, String bTagBranch,
                                         List<String> notes, SampleStatistics statistics) {
        OptionalDouble sumGenWeights = statistics.quantities().stream()
                .filter(q -> q.column().equals(Columns.GEN_WEIGHT.name()))
                .mapToDouble(SampleStatistics.QuantityStatistics::sum)
                .findFirst();
        return new ImportSummary(source.file().getFileName().toString(), source.name(), statistics.nEvents(),
                genEventSumw, sumGenWeights, generator, names(columns), absent, mapping.bTag(), bTagBranch,
                notes, statistics);
    }

    private static List<String> names(List<ColumnSpec> columns) {
        return columns.stream().map(ColumnSpec::name).toList();
    }
}
