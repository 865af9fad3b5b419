package org.dineutrino.run;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dineutrino.store.Database;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.JobKind;
import org.dineutrino.store.JobState;
import org.dineutrino.store.RunInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes queued jobs on a bounded pool (one at a time by default). Progress, the
 * current step and log lines are persisted as the job goes; a failure is stored with
 * its message and the server keeps serving.
 */
public final class JobExecutor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobExecutor.class);

    /** Minimum time between two progress writes to the database. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private final Database db;
    private final ExecutorService pool;

    public JobExecutor(Database db, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("job threads must be >= 1, got " + threads);
        }
        this.db = db;
        register(JobKind.RUN, this::executeRun);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Marks jobs left running by a previous process as interrupted and resubmits the queued ones. */
    public void recover() {
        int interrupted = db.jobs().markRunningInterrupted();
        if (interrupted > 0) {
            log.warn("{} job(s) were running when the server last stopped and are marked interrupted;"
                    + " submit their runs again to redo them", interrupted);
        }
        db.jobs().inState(JobState.QUEUED).forEach(j -> submit(j.id()));
    }

    public void submit(long jobId) {
        pool.execute(() -> execute(jobId));
    }

    /** The work of one kind of job; returns what it produced (e.g. "sample 12"), or null. */
    @FunctionalInterface
    public interface Work {
        String execute(JobInfo job, Pipeline.Listener listener);
    }

    /** Adds the work for a kind of job. */
    public void register(JobKind kind, Work work) {
        works.put(kind, work);
    }

    private final Map<JobKind, Work> works = new EnumMap<>(JobKind.class);

    private String executeRun(JobInfo job, Pipeline.Listener listener) {
        RunInfo run = db.runs().find(job.runId()).orElseThrow();
        RunConfig config = RunConfigJson.parse(run.configJson());
        RunResult result = new Pipeline(db).execute(config, listener);
        db.runs().saveResult(run.id(), RunResultJson.write(result), RunResultJson.provenance(result));
        return "run " + run.id();
    }

    private void execute(long jobId) {
        if (!db.jobs().start(jobId)) {
            return;
        }
        JobInfo job = db.jobs().find(jobId).orElseThrow();
        Instant t0 = Instant.now();
        JobListener listener = new JobListener(job);
        listener.info("started " + job.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + job.title() + "'");
        try {
            Work work = works.get(job.kind());
            if (work == null) {
                throw new IllegalStateException("no work registered for jobs of kind " + job.kind());
            }
            String produced = work.execute(job, listener);
            db.jobs().produced(jobId, produced);
            db.jobs().finish(jobId, JobState.SUCCEEDED, null);
            listener.info("succeeded in " + Duration.between(t0, Instant.now()).toSeconds() + " s");
        } catch (CancellationException e) {
            db.jobs().finish(jobId, JobState.CANCELLED, e.getMessage());
            listener.info("cancelled: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            String message = e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + "): use smaller"
                    + " samples or fewer bins, or give the server more heap with -Xmx"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("[{}] failed: {}", listener.prefix(), message, e);
            db.jobs().log(jobId, "ERROR", "failed: " + message);
            db.jobs().finish(jobId, JobState.FAILED, message);
        }
    }

    /** Writes a job's progress and log lines to the database and to the application log. */
    private final class JobListener implements Pipeline.Listener {
        private final JobInfo job;
        private Instant lastWrite = Instant.EPOCH;
        private Instant lastCancelCheck = Instant.EPOCH;
        private String lastStep = "";
        private boolean cancelled;

        JobListener(JobInfo job) {
            this.job = job;
        }

        @Override
        public void progress(double fraction, String step) {
            Instant now = Instant.now();
            boolean newStep = !step.equals(lastStep);
            if (newStep || Duration.between(lastWrite, now).compareTo(PROGRESS_INTERVAL) >= 0) {
                db.jobs().progress(job.id(), fraction, step);
                lastWrite = now;
                lastStep = step;
            }
        }

        /** "run 3", "job 7": how log lines name the job. */
        String prefix() {
            return job.runId() != null ? "run " + job.runId() : "job " + job.id();
        }

        @Override
        public void info(String message) {
            log.info("[{}] {}", prefix(), message);
            db.jobs().log(job.id(), "INFO", message);
        }

        @Override
        public boolean cancelled() {
            Instant now = Instant.now();
            if (!cancelled && Duration.between(lastCancelCheck, now).compareTo(PROGRESS_INTERVAL) >= 0) {
                cancelled = db.jobs().cancelRequested(job.id());
                lastCancelCheck = now;
            }
            return cancelled;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
