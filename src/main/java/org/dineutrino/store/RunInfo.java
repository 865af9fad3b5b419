package org.dineutrino.store;

import java.time.OffsetDateTime;

/** A stored run: its configuration as JSON and its latest job. */
public record RunInfo(long id, String name, String configJson, OffsetDateTime createdAt, JobInfo job,
                      boolean hasResult) {
}
