package org.dineutrino.store;

import java.time.OffsetDateTime;

/** A stored job: the execution of one run. {@code progress} is in [0, 1]. */
public record JobInfo(long id, long runId, String runName, JobState state, double progress, String currentStep,
                      String error, boolean cancelRequested, OffsetDateTime createdAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt) {
}
