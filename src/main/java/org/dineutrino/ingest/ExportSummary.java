package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param file            the file written
 * @param format          {@link ImportFormat#PARQUET} or {@link ImportFormat#CSV}
 * @param level           the level exported
 * @param columns         the event-model columns written, in file order (a CSV collection as one name)
 * @param nEvents         events (rows) written
 * @param bytes           size of the file
 * @param maxObjects      CSV: numbered columns per collection; 0 for Parquet, which keeps every object
 * @param truncatedEvents CSV: per count column ({@code nJet}), the events that had more objects than
 *                        {@code maxObjects} (their first {@code maxObjects} were written; such a file
 *                        cannot be imported back); empty when nothing was cut
 */
public record ExportSummary(Path file, ImportFormat format, ExportLevel level, List<String> columns, long nEvents,
                            long bytes, int maxObjects, Map<String, Long> truncatedEvents) {

    public ExportSummary {
        columns = List.copyOf(columns);
        truncatedEvents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(truncatedEvents));
    }

    /** Whether every object of every event is in the file, so that it imports back to the same numbers. */
    public boolean isComplete() {
        return truncatedEvents.isEmpty();
    }
}
