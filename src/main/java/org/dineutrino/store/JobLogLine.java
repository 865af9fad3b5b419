package org.dineutrino.store;

import java.time.OffsetDateTime;

/** One persisted log line of a job. */
public record JobLogLine(long id, OffsetDateTime loggedAt, String level, String message) {
}
