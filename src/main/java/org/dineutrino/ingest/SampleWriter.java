package org.dineutrino.ingest;

import org.dineutrino.event.EventBatch;

/**
 * Writes a sample's events to a file batch by batch, for a store that pushes its chunks:
 * <pre>{@code
 * try (SampleWriter out = SampleExporter.openParquet(columns, path, level, header)) {
 *     store.stream(sample, names, (batch, chunk, nChunks) -> { out.write(batch); return true; });
 *     summary = out.finish();
 * }
 * }</pre>
 * A writer closed without {@link #finish()} (the stream failed) deletes its partial file.
 * Not thread-safe.
 */
public interface SampleWriter extends AutoCloseable {

    /**
     * Appends the batch's events.
     *
     * @throws IllegalArgumentException if the batch lacks a column the writer was opened with
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    void write(EventBatch batch);

    /** Completes the file and says what it holds. */
    ExportSummary finish();

    /** Finishes nothing: deletes the partial file unless {@link #finish()} was called. */
    @Override
    void close();
}
