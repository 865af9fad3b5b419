package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.dineutrino.event.EventBatch;

/**
 * Reads a Parquet file into event-model batches: a file {@link SampleExporter} wrote (columns
 * named as the event model names them, lists for collections) or a flat NanoAOD ntuple as
 * coffea and awkward write it (columns named like NanoAOD branches, {@code Muon_pt.list.item}
 * for collections), to which the {@link NanoAodMapping} applies exactly as to a ROOT file.
 *
 * <pre>{@code
 * ImportSummary summary = ParquetImporter.read(path, NanoAodMapping.defaults(),
 *         NanoAodImporter.DEFAULT_BATCH_SIZE, store::append, fraction -> bar.set(fraction));
 * }</pre>
 *
 * <p>See the package documentation for the column names and how lists, structs and count columns
 * are read. The summary's {@code tree} is {@code "(Parquet rows)"}: a flat file has no tree.
 * Failures are {@link InputDataException}s naming the file, the column and, for a bad value, the
 * row (counting from 0). Batches given to the sink before a failure stay given: the caller
 * discards them (the store imports a file in one transaction).
 */
public final class ParquetImporter {

    private ParquetImporter() {
    }

    /**
     * Imports the rows of a Parquet file, one event per row.
     *
     * @param file      the Parquet file
     * @param mapping   which columns feed which quantities when they are named like NanoAOD branches
     * @param batchSize events per batch given to the sink (the last may be smaller)
     * @param sink      receives the batches in row order
     * @param progress  receives the fraction of rows read, from 0 to 1, after each batch
     * @return what was imported
     * @throws InputDataException if the file is not Parquet or is damaged, a column the import needs has
     *                            the wrong type or shape, a value is null, or a list disagrees with its
     *                            count column
     */
    public static ImportSummary read(Path file, NanoAodMapping mapping, int batchSize, Consumer<EventBatch> sink,
                                     DoubleConsumer progress) {
        try (ParquetSource source = ParquetSource.open(file)) {
            return FlatImport.read(source, mapping, batchSize, sink, progress);
        }
    }
}
