package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.dineutrino.event.EventBatch;

/**
 * Reads a CSV file (plain or gzip-compressed) into event-model batches: one event per line,
 * flat columns, collections as numbered columns {@code jetPt_0, jetPt_1, ...} beside their count
 * column {@code nJet} (the convention {@link SampleExporter#writeCsv} writes; see the package
 * documentation). Columns named as the event model names them are read as they are; columns
 * named like NanoAOD branches ({@code Muon_pt_0}, {@code nMuon}, {@code MET_pt}) go through the
 * {@link NanoAodMapping} as a ROOT file's branches do.
 *
 * <pre>{@code
 * ImportSummary summary = CsvImporter.read(path, NanoAodMapping.defaults(),
 *         NanoAodImporter.DEFAULT_BATCH_SIZE, store::append, fraction -> bar.set(fraction));
 * }</pre>
 *
 * <p>A bad line is refused with an {@link InputDataException} that names the line of the file
 * (counting from 1) and the column. The summary's {@code tree} is {@code "(CSV rows)"}.
 */
public final class CsvImporter {

    private CsvImporter() {
    }

    /**
     * Imports the lines of a CSV file, one event per line.
     *
     * @param file      the CSV file
     * @param mapping   which columns feed which quantities when they are named like NanoAOD branches
     * @param batchSize events per batch given to the sink (the last may be smaller)
     * @param sink      receives the batches in line order
     * @param progress  receives the fraction of the file read, from 0 to 1, after each batch
     * @return what was imported
     * @throws InputDataException for a file that is not CSV text, a bad header or a bad line
     */
    public static ImportSummary read(Path file, NanoAodMapping mapping, int batchSize, Consumer<EventBatch> sink,
                                     DoubleConsumer progress) {
        try (CsvSource source = CsvSource.open(file)) {
            return FlatImport.read(source, mapping, batchSize, sink, progress);
        }
    }
}
