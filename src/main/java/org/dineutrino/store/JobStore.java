package org.dineutrino.store;

import static org.dineutrino.store.generated.Tables.JOB;
import static org.dineutrino.store.generated.Tables.JOB_LOG;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.dineutrino.store.generated.tables.records.JobRecord;

/** Jobs, their state, progress and log lines, persisted as they change. */
public final class JobStore {

    /** Longest log line kept (the column is VARCHAR(4000)). */
    private static final int MAX_MESSAGE_CHARS = 4000;

    private final DSLContext dsl;

    JobStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<JobInfo> find(long jobId) {
        return dsl.selectFrom(JOB)
                .where(JOB.ID.eq(jobId))
                .fetchOptional()
                .map(JobStore::toInfo);
    }

    public List<JobInfo> list() {
        return dsl.selectFrom(JOB)
                .orderBy(JOB.ID.desc())
                .fetch(JobStore::toInfo);
    }

    /** Jobs in a state, oldest first. */
    public List<JobInfo> inState(JobState state) {
        return dsl.selectFrom(JOB)
                .where(JOB.STATE.eq(state.name()))
                .orderBy(JOB.ID)
                .fetch(JobStore::toInfo);
    }

    static JobInfo toInfo(JobRecord r) {
        return new JobInfo(r.getId(), JobKind.valueOf(r.getKind()), r.getRunId(), r.getTitle(),
                JobState.valueOf(r.getState()), r.getProgress(), r.getCurrentStep(), r.getError(),
                r.getCancelRequested(), r.getParamsJson(), r.getProduced(), r.getCreatedAt(), r.getStartedAt(),
                r.getFinishedAt());
    }

    /** Queues a job that is not a run (an import, a training) with its parameters as JSON. */
    public JobInfo create(JobKind kind, String title, String paramsJson) {
        long id = dsl.insertInto(JOB)
                .set(JOB.OWNER_GROUP_ID, SampleStore.localGroupId(dsl))
                .set(JOB.KIND, kind.name())
                .set(JOB.TITLE, title)
                .set(JOB.PARAMS_JSON, paramsJson)
                .set(JOB.STATE, JobState.QUEUED.name())
                .returning(JOB.ID)
                .fetchOne()
                .getId();
        return find(id).orElseThrow();
    }

    /** Records what a job produced, e.g. "sample 12". */
    public void produced(long jobId, String produced) {
        dsl.update(JOB).set(JOB.PRODUCED, produced).where(JOB.ID.eq(jobId)).execute();
    }

    /** Moves a queued job to RUNNING; false if it was no longer queued (e.g. cancelled meanwhile). */
    public boolean start(long jobId) {
        return dsl.update(JOB)
                .set(JOB.STATE, JobState.RUNNING.name())
                .set(JOB.STARTED_AT, OffsetDateTime.now())
                .where(JOB.ID.eq(jobId), JOB.STATE.eq(JobState.QUEUED.name()))
                .execute() == 1;
    }

    public void progress(long jobId, double progress, String currentStep) {
        dsl.update(JOB)
                .set(JOB.PROGRESS, Math.max(0, Math.min(1, progress)))
                .set(JOB.CURRENT_STEP, currentStep)
                .where(JOB.ID.eq(jobId))
                .execute();
    }

    public void log(long jobId, String level, String message) {
        String text = message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message;
        dsl.insertInto(JOB_LOG)
                .set(JOB_LOG.JOB_ID, jobId)
                .set(JOB_LOG.LEVEL, level)
                .set(JOB_LOG.MESSAGE, text)
                .execute();
    }

    public List<JobLogLine> logLines(long jobId, long afterId) {
        return dsl.selectFrom(JOB_LOG)
                .where(JOB_LOG.JOB_ID.eq(jobId), JOB_LOG.ID.gt(afterId))
                .orderBy(JOB_LOG.ID)
                .fetch(r -> new JobLogLine(r.getId(), r.getLoggedAt(), r.getLevel(), r.getMessage()));
    }

    /** Ends a running or queued job in a final state, with an error message for FAILED. */
    public void finish(long jobId, JobState state, String error) {
        if (!state.isFinal()) {
            throw new IllegalArgumentException("finish needs a final state, got " + state);
        }
        var update = dsl.update(JOB)
                .set(JOB.STATE, state.name())
                .set(JOB.ERROR, error)
                .set(JOB.FINISHED_AT, OffsetDateTime.now());
        if (state == JobState.SUCCEEDED) {
            update = update.set(JOB.PROGRESS, 1.0).set(JOB.CURRENT_STEP, "done");
        }
        update.where(JOB.ID.eq(jobId)).execute();
    }

    /** Asks a job to stop; a queued job is cancelled at once. Returns false if it had already finished. */
    public boolean requestCancel(long jobId) {
        int queued = dsl.update(JOB)
                .set(JOB.STATE, JobState.CANCELLED.name())
                .set(JOB.CANCEL_REQUESTED, true)
                .set(JOB.FINISHED_AT, OffsetDateTime.now())
                .where(JOB.ID.eq(jobId), JOB.STATE.eq(JobState.QUEUED.name()))
                .execute();
        int running = dsl.update(JOB)
                .set(JOB.CANCEL_REQUESTED, true)
                .where(JOB.ID.eq(jobId), JOB.STATE.eq(JobState.RUNNING.name()))
                .execute();
        return queued + running > 0;
    }

    public boolean cancelRequested(long jobId) {
        return Boolean.TRUE.equals(dsl.select(JOB.CANCEL_REQUESTED).from(JOB).where(JOB.ID.eq(jobId)).fetchOne(
                JOB.CANCEL_REQUESTED));
    }

    /** After a restart: jobs that were running are marked INTERRUPTED. Returns how many. */
    public int markRunningInterrupted() {
        return dsl.update(JOB)
                .set(JOB.STATE, JobState.INTERRUPTED.name())
                .set(JOB.ERROR, "the server stopped while this job was running")
                .set(JOB.FINISHED_AT, OffsetDateTime.now())
                .where(JOB.STATE.eq(JobState.RUNNING.name()))
                .execute();
    }
}
