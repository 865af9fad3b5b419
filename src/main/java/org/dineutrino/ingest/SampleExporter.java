package org.dineutrino.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;

/**
 * Writes a sample's events to a Parquet or CSV file, for users' own tools and clusters; the
 * files import back ({@link ParquetImporter}, {@link CsvImporter}) to the same numbers, bit for
 * bit. The column names, units and the CSV layout are in the package documentation.
 *
 * <pre>{@code
 * List<ColumnSpec> columns = ExportLevel.BOTH.select(sample.columns());
 * ExportHeader header = ExportHeader.of(sample.meta().sumGenWeights(), Map.of("sample", sample.name()));
 * try (SampleWriter out = SampleExporter.openParquet(columns, path, ExportLevel.BOTH, header)) {
 *     store.stream(sample, names(columns), (batch, chunk, nChunks) -> { out.write(batch); return true; });
 *     ExportSummary summary = out.finish();
 * }
 * }</pre>
 */
public final class SampleExporter {

    /** {@link #writeCsv} with this many objects: as many as the largest collection of the sample has. */
    public static final int ALL_OBJECTS = -1;

    private SampleExporter() {
    }

    /**
     * Opens a Parquet file for batches with these columns.
     *
     * @param columns the columns to write, e.g. {@code level.select(sample.columns())}
     * @param level   recorded in the file's metadata
     * @param header  the sample's sum of weights and properties
     */
    public static SampleWriter openParquet(List<ColumnSpec> columns, Path file, ExportLevel level,
                                           ExportHeader header) {
        return ParquetSampleWriter.open(columns, file, level, header);
    }

    /**
     * Opens a CSV file for batches with these columns.
     *
     * @param maxObjects numbered fields per collection (at least 0); events with more objects are cut,
     *                   as {@link ExportSummary#truncatedEvents()} reports
     */
    public static SampleWriter openCsv(List<ColumnSpec> columns, Path file, ExportLevel level, ExportHeader header,
                                       int maxObjects) {
        return CsvSampleWriter.open(columns, file, level, header, maxObjects);
    }

    /**
     * Opens a Parquet or CSV file, as the user chose the format.
     *
     * @param maxObjects CSV only: numbered fields per collection, at least 0
     * @throws IllegalArgumentException for {@link ImportFormat#ROOT}, which exports do not write
     */
    public static SampleWriter open(ImportFormat format, List<ColumnSpec> columns, Path file, ExportLevel level,
                                    ExportHeader header, int maxObjects) {
        return switch (format) {
            case PARQUET -> openParquet(columns, file, level, header);
            case CSV -> openCsv(columns, file, level, header, maxObjects);
            case ROOT -> throw new IllegalArgumentException("exports write parquet or csv, not ROOT files");
        };
    }

    /**
     * Writes the level's columns of every batch as Parquet.
     *
     * @param sampleColumns the sample's columns; the level chooses among them
     */
    public static ExportSummary writeParquet(List<ColumnSpec> sampleColumns, Iterable<EventBatch> batches, Path file,
                                             ExportLevel level, ExportHeader header) {
        try (SampleWriter out = openParquet(level.select(sampleColumns), file, level, header)) {
            batches.forEach(out::write);
            return out.finish();
        }
    }

    /**
     * Writes the level's columns of every batch as CSV.
     *
     * @param maxObjects numbered fields per collection, or {@link #ALL_OBJECTS}: then the batches are
     *                   read twice, first for their largest collection
     */
    public static ExportSummary writeCsv(List<ColumnSpec> sampleColumns, Iterable<EventBatch> batches, Path file,
                                         ExportLevel level, ExportHeader header, int maxObjects) {
        List<ColumnSpec> columns = level.select(sampleColumns);
        int n = maxObjects == ALL_OBJECTS ? largestCollection(columns, batches) : maxObjects;
        try (SampleWriter out = openCsv(columns, file, level, header, n)) {
            batches.forEach(out::write);
            return out.finish();
        }
    }

    /** The most objects any event has in any collection of these columns. */
    public static int largestCollection(List<ColumnSpec> columns, Iterable<EventBatch> batches) {
        Set<String> counts = new HashSet<>();
        columns.stream().filter(ColumnSpec::isJagged).forEach(c -> counts.add(c.countColumn()));
        int largest = 0;
        for (EventBatch batch : batches) {
            for (String count : counts) {
                for (int n : batch.ints(count)) {
                    largest = Math.max(largest, n);
                }
            }
        }
        return largest;
    }

    /** Refuses per-object columns without their count column (the batches could not be laid out). */
    static void requireCountColumns(List<ColumnSpec> columns) {
        Set<String> names = new HashSet<>();
        columns.forEach(c -> names.add(c.name()));
        for (ColumnSpec column : columns) {
            if (column.isJagged() && !names.contains(column.countColumn())) {
                throw new IllegalArgumentException("column " + column.name() + " is exported without its count"
                        + " column " + column.countColumn() + "; add it (ExportLevel.select does)");
            }
        }
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException("a column is listed twice: " + columns.stream()
                    .map(ColumnSpec::name).toList());
        }
    }

    /** Removes a partial export. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the incomplete export " + file + ": " + e.getMessage(), e);
        }
    }
}
