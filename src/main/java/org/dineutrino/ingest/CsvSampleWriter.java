package org.dineutrino.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/**
 * Writes events as CSV (Apache Commons CSV, RFC 4180 with {@code \n} line ends), one line per
 * event: a first comment line {@code # dineutrino {...}} with the export metadata, the header,
 * then the events. A per-event column is one field; a collection is its count column and, per
 * per-object column {@code X}, the fields {@code X_0 .. X_(N-1)} for the first N objects, empty
 * past the event's count. The count column keeps the full number of objects, so an event with
 * more than N is visible as such (and refused by an import, which cannot restore the objects cut).
 *
 * <p>Doubles are written with {@link Double#toString(double)}, which parses back to the same
 * double ({@code NaN}, {@code Infinity}, {@code -0.0} and subnormals included); integers in decimal.
 */
final class CsvSampleWriter implements SampleWriter {

    private final Path file;
    private final ExportLevel level;
    private final List<ColumnSpec> columns;
    private final int maxObjects;
    private final CSVPrinter printer;
    private final String[] cells;
    private final Map<String, Long> truncated = new LinkedHashMap<>();
    private long nEvents;
    private boolean finished;

    private CsvSampleWriter(Path file, ExportLevel level, List<ColumnSpec> columns, ExportHeader header,
                            int maxObjects) throws IOException {
        this.file = file;
        this.level = level;
        this.columns = List.copyOf(columns);
        this.maxObjects = maxObjects;
        List<String> names = header(this.columns, maxObjects);
        this.cells = new String[names.size()];
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(out, format());
        printer.printComment(CsvSource.METADATA_PREFIX
                + new FlatFileMetadata(level, header, maxObjects, this.columns).toJson());
        printer.printRecord(names);
    }

    /**
     * Opens a file for the given columns (already chosen for the level, count columns included).
     *
     * @param maxObjects the numbered fields per collection, at least 0
     * @throws IllegalArgumentException if maxObjects is negative or a count column is missing
     * @throws UncheckedIOException     if the file cannot be created
     */
    static CsvSampleWriter open(List<ColumnSpec> columns, Path file, ExportLevel level, ExportHeader header,
                                int maxObjects) {
        if (maxObjects < 0) {
            throw new IllegalArgumentException("maxObjects must be >= 0 objects per collection, got " + maxObjects);
        }
        SampleExporter.requireCountColumns(columns);
        try {
            return new CsvSampleWriter(file, level, columns, header, maxObjects);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the CSV file " + file + ": " + e.getMessage(), e);
        }
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT.builder()
                .setRecordSeparator("\n")
                .setCommentMarker('#')
                .get();
    }

    /** The header: per-event columns by name, per-object columns as X_0 .. X_(maxObjects-1). */
    static List<String> header(List<ColumnSpec> columns, int maxObjects) {
        List<String> names = new ArrayList<>();
        for (ColumnSpec column : columns) {
            if (column.isJagged()) {
                for (int k = 0; k < maxObjects; k++) {
                    names.add(column.name() + "_" + k);
                }
            } else {
                names.add(column.name());
            }
        }
        return names;
    }

    @Override
    public void write(EventBatch batch) {
        countTruncated(batch);
        try {
            for (int i = 0; i < batch.nEvents(); i++) {
                fill(batch, i);
                printer.printRecord((Object[]) cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV file " + file + ": " + e.getMessage(), e);
        }
        nEvents += batch.nEvents();
    }

    /** The cells of event {@code i}. */
    private void fill(EventBatch batch, int i) {
        int cell = 0;
        for (ColumnSpec column : columns) {
            if (!column.isJagged()) {
                cells[cell++] = text(batch, column, i);
                continue;
            }
            int[] offsets = batch.offsets(column.countColumn());
            int count = offsets[i + 1] - offsets[i];
            for (int k = 0; k < maxObjects; k++) {
                cells[cell++] = k < count ? text(batch, column, offsets[i] + k) : "";
            }
        }
    }

    private static String text(EventBatch batch, ColumnSpec column, int index) {
        return column.type() == ValueType.DOUBLE ? Double.toString(batch.doubles(column.name())[index])
                : Integer.toString(batch.ints(column.name())[index]);
    }

    private void countTruncated(EventBatch batch) {
        for (ColumnSpec column : columns) {
            if (!column.isJagged() || truncatedSeen(column)) {
                continue;
            }
            long cut = 0;
            for (int count : batch.ints(column.countColumn())) {
                cut += count > maxObjects ? 1 : 0;
            }
            if (cut > 0) {
                truncated.merge(column.countColumn(), cut, Long::sum);
            }
        }
    }

    /** Whether an earlier column of the same collection counted this batch already. */
    private boolean truncatedSeen(ColumnSpec column) {
        for (ColumnSpec other : columns) {
            if (other == column) {
                return false;
            }
            if (other.isJagged() && other.countColumn().equals(column.countColumn())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ExportSummary finish() {
        try {
            printer.close(true);
            finished = true;
            List<String> names = columns.stream().map(ColumnSpec::name).toList();
            return new ExportSummary(file, ImportFormat.CSV, level, names, nEvents, Files.size(file), maxObjects,
                    truncated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the CSV file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the unfinished CSV file " + file + ": " + e.getMessage(), e);
        } finally {
            SampleExporter.delete(file);
        }
    }
}
