package org.dineutrino.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start of an installation: simulates the default samples that are missing and
 * queues the default run when there is none. Each sample is written in one transaction,
 * so an interrupted setup resumes with the samples it had not finished.
 */
public final class Setup {

    private static final Logger log = LoggerFactory.getLogger(Setup.class);

    private final Database db;
    private final RunService runs;
    private final ModelService models;
    private volatile Status status = new Status(false, 0, "", 0, 0);

    /** Where the setup stands, for the home page's progress bar. */
    public record Status(boolean active, double fraction, String currentSample, int done, int total) {
    }

    public Setup(Database db, RunService runs) {
        this(db, runs, null);
    }

    /** With a model service, the first start also trains the default network and reruns with it. */
    public Setup(Database db, RunService runs, ModelService models) {
        this.db = db;
        this.runs = runs;
        this.models = models;
    }

    public Status status() {
        return status;
    }

    /**
     * Creates the missing samples in order. On a fresh installation (no run yet) it queues the default
     * run as soon as the samples that run reads exist (its alternative samples included), so that it
     * starts while the rest is simulated, and the default network's training once its training sample
     * exists.
     */
    public void ensureDefaults(List<DefaultSetup.DefaultSample> samples) {
        List<DefaultSetup.DefaultSample> missing = samples.stream()
                .filter(s -> db.samples().find(s.name()).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            log.info("creating {} default sample(s) with the built-in simulation", missing.size());
        }
        boolean fresh = runs.runs().isEmpty();
        boolean runQueued = !fresh;
        for (int k = 0; k < missing.size(); k++) {
            if (!runQueued && !missing.get(k).readByDefaultRun()) {
                queueDefaultRun();
                runQueued = true;
            }
            create(missing.get(k), k, missing.size());
        }
        status = new Status(false, 1, "", missing.size(), missing.size());
        if (!runQueued) {
            queueDefaultRun();
        }
        if (fresh) {
            queueDefaultTraining();
        }
    }

    private void queueDefaultRun() {
        var job = runs.submit(DefaultSetup.defaultRunJson());
        log.info("queued the default run with PUPPI p_T^miss (run {}, job {})", job.runId(), job.id());
    }

    /** The default network on the training sample, then the default run again with it as MET source. */
    private void queueDefaultTraining() {
        boolean hasTrainingSample = db.samples().find(DefaultSetup.TRAINING_SAMPLE).isPresent();
        if (models == null || !hasTrainingSample || !db.models().list().isEmpty()) {
            return;
        }
        var job = models.queue(new ModelService.TrainRequest(DefaultSetup.DEFAULT_MODEL,
                DefaultSetup.TRAINING_SAMPLE, null, 1, false, DefaultSetup.defaultRunJson("default run (network)")));
        log.info("queued the training of the default MET network on {} (job {})", DefaultSetup.TRAINING_SAMPLE,
                job.id());
    }

    private void create(DefaultSetup.DefaultSample s, int index, int total) {
        Instant t0 = Instant.now();
        status = new Status(true, 0, s.name(), index, total);
        SampleInfo info = SimulatedSamples.create(db.samples(), s.name(), s.process(), s.events(), s.seed(), s.role(),
                f -> status = new Status(true, f, s.name(), index, total));
        long ms = Duration.between(t0, Instant.now()).toMillis();
        log.info("sample {} ({}, seed {}): {} events kept of {} generated in {} s ({} events/s)", info.name(),
                s.process().key(), s.seed(), info.nEvents(), info.meta().nGenerated(), ms / 1000.0,
                Math.round(info.nEvents() * 1000.0 / Math.max(1, ms)));
    }
}
