package org.dineutrino.store;

import java.time.OffsetDateTime;

/**
 * A stored job: the execution of a run, an import or a training. {@code progress} is
 * in [0, 1]; {@code runId} is null for jobs that are not runs; {@code produced} names
 * what a finished job made (e.g. "sample 12").
 */
public record JobInfo(long id, JobKind kind, Long runId, String title, JobState state, double progress,
                      String currentStep, String error, boolean cancelRequested, String paramsJson,
                      String produced, OffsetDateTime createdAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt) {
}
