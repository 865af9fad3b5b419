package org.dineutrino.store;

import static org.dineutrino.store.generated.Tables.JOB;
import static org.dineutrino.store.generated.Tables.RUN;
import static org.dineutrino.store.generated.Tables.RUN_RESULT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Runs (configurations), the jobs that execute them, and their results. */
public final class RunStore {

    private final DSLContext dsl;

    RunStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored result and what it was made from. */
    public record StoredResult(long runId, String resultJson, String provenanceJson) {
    }

    /** Stores a run and queues a job for it, in one transaction. Returns the job. */
    public JobInfo createQueued(String name, String configJson) {
        long jobId = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long group = SampleStore.localGroupId(tx);
            long runId = tx.insertInto(RUN)
                    .set(RUN.OWNER_GROUP_ID, group)
                    .set(RUN.NAME, name)
                    .set(RUN.CONFIG_JSON, configJson)
                    .returning(RUN.ID)
                    .fetchOne()
                    .getId();
            return tx.insertInto(JOB)
                    .set(JOB.OWNER_GROUP_ID, group)
                    .set(JOB.RUN_ID, runId)
                    .set(JOB.KIND, JobKind.RUN.name())
                    .set(JOB.TITLE, name)
                    .set(JOB.STATE, JobState.QUEUED.name())
                    .returning(JOB.ID)
                    .fetchOne()
                    .getId();
        });
        return new JobStore(dsl).find(jobId).orElseThrow();
    }

    public List<RunInfo> list() {
        return dsl.select(RUN.ID).from(RUN).orderBy(RUN.ID.desc()).fetch(RUN.ID).stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    public Optional<RunInfo> find(long runId) {
        Optional<Record> run = dsl.select(RUN.asterisk()).from(RUN).where(RUN.ID.eq(runId)).fetchOptional();
        if (run.isEmpty()) {
            return Optional.empty();
        }
        JobInfo job = dsl.selectFrom(JOB)
                .where(JOB.RUN_ID.eq(runId))
                .orderBy(JOB.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(JobStore::toInfo)
                .orElse(null);
        boolean hasResult = dsl.fetchExists(RUN_RESULT, RUN_RESULT.RUN_ID.eq(runId));
        Record r = run.get();
        return Optional.of(new RunInfo(r.get(RUN.ID), r.get(RUN.NAME), r.get(RUN.CONFIG_JSON), r.get(RUN.CREATED_AT),
                job, hasResult));
    }

    /** Stores a run's result; replaces none: a run has at most one result. */
    public void saveResult(long runId, String resultJson, String provenanceJson) {
        dsl.insertInto(RUN_RESULT)
                .set(RUN_RESULT.OWNER_GROUP_ID, SampleStore.localGroupId(dsl))
                .set(RUN_RESULT.RUN_ID, runId)
                .set(RUN_RESULT.RESULT_JSON, resultJson)
                .set(RUN_RESULT.PROVENANCE_JSON, provenanceJson)
                .execute();
    }

    public Optional<StoredResult> result(long runId) {
        return dsl.selectFrom(RUN_RESULT)
                .where(RUN_RESULT.RUN_ID.eq(runId))
                .fetchOptional()
                .map(r -> new StoredResult(r.getRunId(), r.getResultJson(), r.getProvenanceJson()));
    }
}
