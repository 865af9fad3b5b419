package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.dineutrino.event.EventBatch;

/**
 * Imports a file of any format the application reads, told by its first bytes
 * ({@link ImportFormat#detect}): ROOT through {@link NanoAodImporter}, Parquet through
 * {@link ParquetImporter}, anything else as CSV through {@link CsvImporter}. The arguments and
 * the summary are those of each importer.
 */
public final class FileImporter {

    private FileImporter() {
    }

    /**
     * Imports a ROOT, Parquet or CSV file.
     *
     * @throws InputDataException as the importer of the file's format does
     */
    public static ImportSummary read(Path file, NanoAodMapping mapping, int batchSize, Consumer<EventBatch> sink,
                                     DoubleConsumer progress) {
        return switch (ImportFormat.detect(file)) {
            case ROOT -> NanoAodImporter.read(file, mapping, batchSize, sink, progress);
            case PARQUET -> ParquetImporter.read(file, mapping, batchSize, sink, progress);
            case CSV -> CsvImporter.read(file, mapping, batchSize, sink, progress);
        };
    }
}
