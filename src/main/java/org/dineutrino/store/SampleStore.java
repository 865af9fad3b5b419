package org.dineutrino.store;

import static org.dineutrino.store.generated.Tables.CHUNK_COLUMN;
import static org.dineutrino.store.generated.Tables.OWNER_GROUP;
import static org.dineutrino.store.generated.Tables.SAMPLE;
import static org.dineutrino.store.generated.Tables.SAMPLE_CHUNK;
import static org.dineutrino.store.generated.Tables.SAMPLE_COLUMN;
import static org.dineutrino.store.generated.Tables.SAMPLE_SUMMARY;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleMeta;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.store.generated.tables.records.SampleRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Samples and their event data. Events are written column by column in chunks, one
 * chunk per batch handed to the writer, all in one transaction: a sample is either
 * complete or absent. Reading streams the chunks back as batches, decoding only the
 * columns asked for.
 */
public final class SampleStore {

    /** The one implicit group of a local installation (migration V1). */
    static final String LOCAL_GROUP = "local";

    private final DSLContext dsl;

    SampleStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Something that produces a sample's events, batch by batch, and returns the final metadata. */
    @FunctionalInterface
    public interface EventProducer {
        SampleMeta produce(Consumer<EventBatch> sink) throws Exception;
    }

    /** What a producer made besides the events: the final metadata and derived views (kind -> JSON). */
    public record Produced(SampleMeta meta, Map<String, String> summaries) {
    }

    /** Like {@link EventProducer}, also returning derived views stored in the same transaction. */
    @FunctionalInterface
    public interface SummarisingProducer {
        Produced produce(Consumer<EventBatch> sink) throws Exception;
    }

    /** Name of a sample row while its transaction writes it; the final name replaces it at the end. */
    private static final String INCOMPLETE_PREFIX = "incomplete-";

    /**
     * Writes a sample in one transaction. The producer pushes batches into the sink; if
     * it throws, nothing of the sample stays. The metadata it returns (with totals that
     * are known only at the end) is what is stored.
     *
     * @throws IllegalArgumentException if a sample of that name exists or batches disagree on columns
     */
    public SampleInfo write(String name, EventProducer producer) {
        return writeWithSummaries(name, sink -> new Produced(producer.produce(sink), Map.of()));
    }

    /** Writes a sample and its derived views in one transaction; see {@link #write(String, EventProducer)}. */
    public SampleInfo writeWithSummaries(String name, SummarisingProducer producer) {
        requireNewName(name);
        long id = dsl.transactionResult(cfg -> {
            ChunkWriter writer = new ChunkWriter(cfg.dsl());
            Produced produced = producer.produce(writer::accept);
            if (!produced.meta().name().equals(name)) {
                throw new IllegalArgumentException("sample was announced as " + name + " but produced "
                        + produced.meta().name());
            }
            long sampleId = writer.finish(produced.meta());
            produced.summaries().forEach((kind, json) -> cfg.dsl().insertInto(SAMPLE_SUMMARY)
                    .set(SAMPLE_SUMMARY.SAMPLE_ID, sampleId)
                    .set(SAMPLE_SUMMARY.KIND, kind)
                    .set(SAMPLE_SUMMARY.SUMMARY_JSON, json)
                    .execute());
            return sampleId;
        });
        return find(id).orElseThrow();
    }

    private void requireNewName(String name) {
        if (dsl.fetchExists(SAMPLE, SAMPLE.NAME.eq(name))) {
            throw new IllegalArgumentException("a sample named '" + name + "' already exists; choose another name");
        }
    }

    /** Writes chunks as they arrive and keeps the running checksum. */
    private static final class ChunkWriter {
        private final DSLContext tx;
        private final long sampleId;
        private final MessageDigest digest = sha256();
        private List<ColumnSpec> columns;
        private int chunkIndex;
        private long nEvents;

        ChunkWriter(DSLContext tx) {
            this.tx = tx;
            this.sampleId = tx.insertInto(SAMPLE)
                    .set(SAMPLE.OWNER_GROUP_ID, localGroupId(tx))
                    .set(SAMPLE.NAME, INCOMPLETE_PREFIX + System.nanoTime())
                    .set(SAMPLE.PROCESS, "")
                    .set(SAMPLE.SOURCE, "")
                    .set(SAMPLE.ROLE, "")
                    .set(SAMPLE.CROSS_SECTION_PB, 0.0)
                    .set(SAMPLE.SUM_GEN_WEIGHTS, 0.0)
                    .set(SAMPLE.N_GENERATED, 0L)
                    .set(SAMPLE.N_EVENTS, 0L)
                    .set(SAMPLE.GENERATOR_VERSION, "")
                    .set(SAMPLE.CHECKSUM, "")
                    .returning(SAMPLE.ID)
                    .fetchOne()
                    .getId();
        }

        void accept(EventBatch batch) {
            if (columns == null) {
                columns = batch.columns();
            } else if (!columns.equals(batch.columns())) {
                throw new IllegalArgumentException("batch " + chunkIndex + " has columns " + names(batch.columns())
                        + ", the first batch had " + names(columns));
            }
            tx.insertInto(SAMPLE_CHUNK)
                    .set(SAMPLE_CHUNK.SAMPLE_ID, sampleId)
                    .set(SAMPLE_CHUNK.CHUNK_INDEX, chunkIndex)
                    .set(SAMPLE_CHUNK.FIRST_EVENT, nEvents)
                    .set(SAMPLE_CHUNK.N_EVENTS, batch.nEvents())
                    .execute();
            var insert = tx.insertInto(CHUNK_COLUMN, CHUNK_COLUMN.SAMPLE_ID, CHUNK_COLUMN.CHUNK_INDEX,
                    CHUNK_COLUMN.COLUMN_NAME, CHUNK_COLUMN.N_VALUES, CHUNK_COLUMN.RAW_BYTES, CHUNK_COLUMN.DATA);
            for (ColumnSpec spec : columns) {
                byte[] raw = raw(batch, spec);
                digest.update(raw);
                int nValues = spec.type() == ValueType.DOUBLE ? raw.length / Double.BYTES : raw.length / Integer.BYTES;
                insert = insert.values(sampleId, chunkIndex, spec.name(), nValues, raw.length,
                        ColumnCodec.compress(raw));
            }
            insert.execute();
            chunkIndex++;
            nEvents += batch.nEvents();
        }

        long finish(SampleMeta meta) {
            List<ColumnSpec> stored = columns == null ? List.of() : columns;
            for (int position = 0; position < stored.size(); position++) {
                ColumnSpec spec = stored.get(position);
                tx.insertInto(SAMPLE_COLUMN)
                        .set(SAMPLE_COLUMN.SAMPLE_ID, sampleId)
                        .set(SAMPLE_COLUMN.POSITION, position)
                        .set(SAMPLE_COLUMN.NAME, spec.name())
                        .set(SAMPLE_COLUMN.VALUE_TYPE, spec.type().name())
                        .set(SAMPLE_COLUMN.COUNT_COLUMN, spec.countColumn())
                        .execute();
            }
            tx.update(SAMPLE)
                    .set(SAMPLE.NAME, meta.name())
                    .set(SAMPLE.PROCESS, meta.process().name())
                    .set(SAMPLE.SOURCE, meta.source())
                    .set(SAMPLE.ROLE, meta.role().name())
                    .set(SAMPLE.CROSS_SECTION_PB, meta.crossSectionPb())
                    .set(SAMPLE.SUM_GEN_WEIGHTS, meta.sumGenWeights())
                    .set(SAMPLE.N_GENERATED, meta.nGenerated())
                    .set(SAMPLE.N_EVENTS, nEvents)
                    .set(SAMPLE.SEED, meta.seed())
                    .set(SAMPLE.GENERATOR_VERSION, meta.generatorVersion())
                    .set(SAMPLE.CHECKSUM, HexFormat.of().formatHex(digest.digest()))
                    .set(SAMPLE.DESCRIPTION, meta.description())
                    .where(SAMPLE.ID.eq(sampleId))
                    .execute();
            return sampleId;
        }
    }

    private static byte[] raw(EventBatch batch, ColumnSpec spec) {
        return spec.type() == ValueType.DOUBLE ? ColumnCodec.rawDoubles(batch.doubles(spec.name()))
                : ColumnCodec.rawInts(batch.ints(spec.name()));
    }

    private static List<String> names(List<ColumnSpec> columns) {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    static long localGroupId(DSLContext dsl) {
        return dsl.select(OWNER_GROUP.ID)
                .from(OWNER_GROUP)
                .where(OWNER_GROUP.NAME.eq(LOCAL_GROUP))
                .fetchSingle()
                .value1();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /**
     * Deletes the rows of writes that never finished: a process killed inside a sample's transaction
     * (out of memory, power loss) can leave its placeholder row behind. Returns how many were removed.
     */
    int removeIncomplete() {
        return dsl.deleteFrom(SAMPLE).where(SAMPLE.PROCESS.eq("")).and(SAMPLE.NAME.startsWith(INCOMPLETE_PREFIX))
                .execute();
    }

    /** All samples, newest last. */
    public List<SampleInfo> list() {
        List<SampleInfo> out = new ArrayList<>();
        for (SampleRecord r : dsl.selectFrom(SAMPLE).orderBy(SAMPLE.ID).fetch()) {
            out.add(toInfo(r));
        }
        return out;
    }

    public Optional<SampleInfo> find(long id) {
        return dsl.selectFrom(SAMPLE).where(SAMPLE.ID.eq(id)).fetchOptional().map(this::toInfo);
    }

    /** A sample named by its id (digits) or its name. */
    public Optional<SampleInfo> find(String idOrName) {
        Optional<SampleInfo> byName = dsl.selectFrom(SAMPLE).where(SAMPLE.NAME.eq(idOrName)).fetchOptional()
                .map(this::toInfo);
        if (byName.isPresent() || !idOrName.matches("\\d{1,18}")) {
            return byName;
        }
        return find(Long.parseLong(idOrName));
    }

    public boolean isEmpty() {
        return dsl.fetchCount(SAMPLE) == 0;
    }

    /** Deletes a sample and its events in one transaction. */
    public boolean delete(long id) {
        return dsl.deleteFrom(SAMPLE).where(SAMPLE.ID.eq(id)).execute() > 0;
    }

    private SampleInfo toInfo(SampleRecord r) {
        SampleMeta meta = new SampleMeta(r.getName(), Process.valueOf(r.getProcess()), r.getSource(),
                SampleRole.valueOf(r.getRole()), r.getCrossSectionPb(), r.getSumGenWeights(), r.getNGenerated(),
                r.getSeed(), r.getGeneratorVersion(), r.getDescription());
        int nChunks = dsl.fetchCount(SAMPLE_CHUNK, SAMPLE_CHUNK.SAMPLE_ID.eq(r.getId()));
        return new SampleInfo(r.getId(), meta, r.getNEvents(), nChunks, r.getChecksum(), columns(r.getId()),
                r.getCreatedAt());
    }

    private List<ColumnSpec> columns(long sampleId) {
        return dsl.selectFrom(SAMPLE_COLUMN)
                .where(SAMPLE_COLUMN.SAMPLE_ID.eq(sampleId))
                .orderBy(SAMPLE_COLUMN.POSITION)
                .fetch(c -> new ColumnSpec(c.getName(), ValueType.valueOf(c.getValueType()), c.getCountColumn(),
                        knownUnit(c.getName()), knownDescription(c.getName())));
    }

    private static String knownUnit(String name) {
        ColumnSpec known = org.dineutrino.event.Columns.byName(name);
        return known == null ? "" : known.unit();
    }

    private static String knownDescription(String name) {
        ColumnSpec known = org.dineutrino.event.Columns.byName(name);
        return known == null ? "" : known.description();
    }

    /**
     * Streams a sample's events back, chunk by chunk, with only the named columns (and
     * the count columns their collections need). Stops early when {@code sink} returns false.
     *
     * @throws IllegalArgumentException naming the sample and column if a column is absent
     */
    public void stream(SampleInfo sample, Set<String> wanted, BatchSink sink) {
        Map<String, ColumnSpec> specs = selectColumns(sample, wanted);
        int nChunks = sample.nChunks();
        for (int chunk = 0; chunk < nChunks; chunk++) {
            EventBatch batch = readChunk(sample.id(), chunk, specs);
            if (!sink.accept(batch, chunk, nChunks)) {
                return;
            }
        }
    }

    /** Receives streamed batches; returns false to stop. */
    @FunctionalInterface
    public interface BatchSink {
        boolean accept(EventBatch batch, int chunkIndex, int nChunks);
    }

    private static Map<String, ColumnSpec> selectColumns(SampleInfo sample, Set<String> wanted) {
        Map<String, ColumnSpec> all = new LinkedHashMap<>();
        sample.columns().forEach(c -> all.put(c.name(), c));
        Set<String> names = new LinkedHashSet<>();
        for (String name : wanted) {
            ColumnSpec spec = all.get(name);
            if (spec == null) {
                throw new IllegalArgumentException("sample " + sample.name() + " has no column '" + name + "'");
            }
            if (spec.isJagged()) {
                names.add(spec.countColumn());
            }
            names.add(name);
        }
        Map<String, ColumnSpec> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, all.get(name));
        }
        return out;
    }

    private EventBatch readChunk(long sampleId, int chunk, Map<String, ColumnSpec> specs) {
        int nEvents = dsl.select(SAMPLE_CHUNK.N_EVENTS)
                .from(SAMPLE_CHUNK)
                .where(SAMPLE_CHUNK.SAMPLE_ID.eq(sampleId), SAMPLE_CHUNK.CHUNK_INDEX.eq(chunk))
                .fetchSingle()
                .value1();
        var rows = dsl.select(CHUNK_COLUMN.COLUMN_NAME, CHUNK_COLUMN.N_VALUES, CHUNK_COLUMN.RAW_BYTES,
                        CHUNK_COLUMN.DATA)
                .from(CHUNK_COLUMN)
                .where(CHUNK_COLUMN.SAMPLE_ID.eq(sampleId), CHUNK_COLUMN.CHUNK_INDEX.eq(chunk),
                        CHUNK_COLUMN.COLUMN_NAME.in(specs.keySet()))
                .fetch();
        EventBatch.Builder builder = EventBatch.builder(nEvents);
        Map<String, Record> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.put(r.get(CHUNK_COLUMN.COLUMN_NAME), r));
        for (ColumnSpec spec : specs.values()) {
            Record row = byName.get(spec.name());
            byte[] raw = ColumnCodec.decompress(row.get(CHUNK_COLUMN.DATA), row.get(CHUNK_COLUMN.RAW_BYTES));
            int nValues = row.get(CHUNK_COLUMN.N_VALUES);
            if (spec.type() == ValueType.DOUBLE) {
                builder.put(spec, ColumnCodec.doubles(raw, nValues));
            } else {
                builder.put(spec, ColumnCodec.ints(raw, nValues));
            }
        }
        return builder.build();
    }

    /** A stored derived view of a sample (e.g. "distributions"), if computed before. */
    public Optional<String> summary(long sampleId, String kind) {
        return dsl.select(SAMPLE_SUMMARY.SUMMARY_JSON)
                .from(SAMPLE_SUMMARY)
                .where(SAMPLE_SUMMARY.SAMPLE_ID.eq(sampleId), SAMPLE_SUMMARY.KIND.eq(kind))
                .fetchOptional(SAMPLE_SUMMARY.SUMMARY_JSON);
    }

    /** Stores a derived view; a view computed twice concurrently keeps the first. */
    public void saveSummary(long sampleId, String kind, String json) {
        dsl.insertInto(SAMPLE_SUMMARY)
                .set(SAMPLE_SUMMARY.SAMPLE_ID, sampleId)
                .set(SAMPLE_SUMMARY.KIND, kind)
                .set(SAMPLE_SUMMARY.SUMMARY_JSON, json)
                .onDuplicateKeyIgnore()
                .execute();
    }
}
