package org.dineutrino.run;

import java.util.List;
import java.util.Optional;
import org.dineutrino.store.Database;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.JobLogLine;
import org.dineutrino.store.RunInfo;

/** What the web pages and the command line do with runs: submit, follow, cancel, read results. */
public final class RunService {

    private final Database db;
    private final JobExecutor executor;

    public RunService(Database db, JobExecutor executor) {
        this.db = db;
        this.executor = executor;
    }

    /**
     * Validates a configuration against the stored samples and queues it. Nothing is
     * stored if it is invalid.
     *
     * @throws InvalidConfigException naming the field to fix
     */
    public JobInfo submit(String configJson) {
        Pipeline pipeline = new Pipeline(db);
        RunConfig config = pipeline.normalise(RunConfigJson.parse(configJson));
        pipeline.validate(config);
        if (config.metSource() == MetSource.MODEL) {
            config = config.withMetModel(pipeline.model(config).label());
        }
        JobInfo job = db.runs().createQueued(config.name(), RunConfigJson.write(config));
        executor.submit(job.id());
        return job;
    }

    public List<RunInfo> runs() {
        return db.runs().list();
    }

    public Optional<RunInfo> run(long runId) {
        return db.runs().find(runId);
    }

    public Optional<JobInfo> job(long jobId) {
        return db.jobs().find(jobId);
    }

    public List<JobLogLine> log(long jobId, long afterId) {
        return db.jobs().logLines(jobId, afterId);
    }

    public boolean cancel(long jobId) {
        return db.jobs().requestCancel(jobId);
    }

    /** The stored result JSON of a run, if it has one. */
    public Optional<String> resultJson(long runId) {
        return db.runs().result(runId).map(r -> r.resultJson());
    }

    public Optional<RunResult> result(long runId) {
        return resultJson(runId).map(RunResultJson::read);
    }
}
