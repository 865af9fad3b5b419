package org.dineutrino.store;

import static org.dineutrino.store.generated.Tables.MET_MODEL;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Trained MET regression models, versioned by name. */
public final class ModelStore {

    private final DSLContext dsl;

    ModelStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a model as the next version of its name, in one transaction. */
    public ModelInfo save(String name, String trainingSample, byte[] archive, String manifestJson, String reportJson,
                          String performanceJson) {
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Integer last = tx.select(DSL.max(MET_MODEL.VERSION)).from(MET_MODEL).where(MET_MODEL.NAME.eq(name))
                    .fetchOne(0, Integer.class);
            return tx.insertInto(MET_MODEL)
                    .set(MET_MODEL.OWNER_GROUP_ID, SampleStore.localGroupId(tx))
                    .set(MET_MODEL.NAME, name)
                    .set(MET_MODEL.VERSION, last == null ? 1 : last + 1)
                    .set(MET_MODEL.TRAINING_SAMPLE, trainingSample)
                    .set(MET_MODEL.ARCHIVE, archive)
                    .set(MET_MODEL.MANIFEST_JSON, manifestJson)
                    .set(MET_MODEL.REPORT_JSON, reportJson)
                    .set(MET_MODEL.PERFORMANCE_JSON, performanceJson)
                    .returning(MET_MODEL.ID)
                    .fetchOne()
                    .getId();
        });
        return find(id).orElseThrow();
    }

    public List<ModelInfo> list() {
        return withoutArchive().orderBy(MET_MODEL.ID.desc()).fetch(ModelStore::toInfo);
    }

    public Optional<ModelInfo> find(long id) {
        return withoutArchive().where(MET_MODEL.ID.eq(id)).fetchOptional(ModelStore::toInfo);
    }

    /** Every column but the archive, which only loading a model needs. */
    private org.jooq.SelectJoinStep<org.jooq.Record8<Long, String, Integer, String, String, String, String,
            java.time.OffsetDateTime>> withoutArchive() {
        return dsl.select(MET_MODEL.ID, MET_MODEL.NAME, MET_MODEL.VERSION, MET_MODEL.TRAINING_SAMPLE,
                        MET_MODEL.MANIFEST_JSON, MET_MODEL.REPORT_JSON, MET_MODEL.PERFORMANCE_JSON,
                        MET_MODEL.CREATED_AT)
                .from(MET_MODEL);
    }

    /** A model named "name" (latest version), "name v3", or by id. */
    public Optional<ModelInfo> find(String reference) {
        String ref = reference.trim();
        if (ref.matches("\\d{1,18}")) {
            return find(Long.parseLong(ref));
        }
        String[] parts = ref.split("\\s+v(?=\\d+$)");
        List<ModelInfo> all = list();
        if (parts.length == 2) {
            int version = Integer.parseInt(parts[1]);
            return all.stream().filter(m -> m.name().equals(parts[0]) && m.version() == version).findFirst();
        }
        return all.stream().filter(m -> m.name().equals(ref)).findFirst();
    }

    public byte[] archive(long id) {
        return dsl.select(MET_MODEL.ARCHIVE).from(MET_MODEL).where(MET_MODEL.ID.eq(id)).fetchOptional(MET_MODEL.ARCHIVE)
                .orElseThrow(() -> new IllegalArgumentException("no model " + id));
    }

    private static ModelInfo toInfo(org.jooq.Record8<Long, String, Integer, String, String, String, String,
            java.time.OffsetDateTime> r) {
        return new ModelInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                r.value8());
    }
}
