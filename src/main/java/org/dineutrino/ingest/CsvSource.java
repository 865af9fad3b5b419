package org.dineutrino.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.dineutrino.event.ColumnSpec;

/**
 * A CSV file opened for import (parsed by Apache Commons CSV): a header line of column names,
 * one line per event, and optional {@code #} comment lines (the first may hold an export's
 * metadata, {@code # dineutrino {...}}).
 *
 * <p>Collections ({@link CsvColumns}): the columns {@code X_0 .. X_(N-1)} hold the first N
 * objects of the list {@code X}; an event with k objects fills {@code X_0 .. X_(k-1)} and leaves
 * the other cells empty. A count above N (objects the file does not hold) is refused. A column
 * without a name (pandas writes its index so) is kept as {@code (unnamed column k)} and so never
 * imported. Values: {@link CsvCells}. Messages name the line of the file (counting from 1,
 * comments included) and the column.
 */
final class CsvSource implements FlatSource {

    /** How Commons CSV names the first line of a record it cannot parse. */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    /** Marks the metadata comment of an export. */
    static final String METADATA_PREFIX = ParquetSource.METADATA_KEY + " ";

    private final Path file;
    private final CountingStream bytes;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvCells cells;
    private final long fileBytes;
    private final int nFields;
    private final Optional<FlatFileMetadata> metadata;
    private final CsvColumns columns;
    private long rowsRead;
    private boolean exhausted;

    private CsvSource(Path file, CountingStream bytes, CSVParser parser) throws IOException {
        this.file = file;
        this.bytes = bytes;
        this.parser = parser;
        this.records = parser.iterator();
        this.cells = new CsvCells(file);
        this.fileBytes = Files.size(file);
        List<String> header = header(parser);
        this.nFields = header.size();
        this.metadata = metadata(file, parser);
        Map<String, ColumnSpec> known = metadata.map(m -> FlatNames.byName(m.columns()))
                .orElse(FlatNames.EVENT_MODEL);
        this.columns = CsvColumns.of(header, known);
    }

    /**
     * Opens a CSV file (plain or gzip-compressed) and reads its header.
     *
     * @throws InputDataException if it is binary (ROOT, Parquet, ...), has no header or a bad one
     */
    static CsvSource open(Path file) {
        byte[] head = ImportFormat.head(file);
        if (ImportFormat.of(head) != ImportFormat.CSV) {
            throw new InputDataException(file, null, "is not a CSV file" + ImportFormat.lookAlike(head));
        }
        CountingStream counting = counting(file);
        try {
            InputStream text = ImportFormat.isGzip(head) ? new GZIPInputStream(counting) : counting;
            CSVParser parser = CSVParser.parse(new InputStreamReader(text, StandardCharsets.UTF_8), format());
            return new CsvSource(file, counting, parser);
        } catch (IOException | RuntimeException e) {
            try {
                counting.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof InputDataException ide ? ide : new InputDataException(file, "line 1",
                    "is not a CSV header line: " + e.getMessage() + " (the first line that is not a #"
                            + " comment names the columns, e.g. met,nJet,jetPt_0)", e);
        }
    }

    private static CountingStream counting(Path file) {
        try {
            return new CountingStream(new BufferedInputStream(Files.newInputStream(file)));
        } catch (IOException e) {
            throw new InputDataException(file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                .setAllowMissingColumnNames(true)
                .get();
    }

    /** The header's names, a byte-order mark dropped and unnamed columns named by position. */
    private List<String> header(CSVParser csv) {
        List<String> names = new ArrayList<>(csv.getHeaderNames());
        if (names.isEmpty()) {
            throw new InputDataException(file, null, "has no header line naming the columns");
        }
        names.set(0, names.get(0).replace("\uFEFF", ""));
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank()) {
                names.set(i, "(unnamed column " + (i + 1) + ")");
            }
            if (names.get(i).chars().anyMatch(c -> c < ' ')) {
                throw new InputDataException(file, "line " + csv.getCurrentLineNumber(), "is not a CSV"
                        + " header: it holds control characters (is this a binary file?)");
            }
        }
        return names;
    }

    private static Optional<FlatFileMetadata> metadata(Path file, CSVParser csv) {
        String comment = csv.getHeaderComment();
        if (comment == null) {
            return Optional.empty();
        }
        for (String line : comment.split("\n")) {
            String text = line.strip();
            if (text.startsWith(METADATA_PREFIX)) {
                return Optional.of(FlatFileMetadata.parse(file, text.substring(METADATA_PREFIX.length())));
            }
        }
        return Optional.empty();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String name() {
        return "(CSV rows)";
    }

    @Override
    public Optional<FlatFileMetadata> metadata() {
        return metadata;
    }

    @Override
    public List<String> columnNames() {
        return columns.names();
    }

    @Override
    public boolean has(String branch) {
        return columns.has(branch);
    }

    @Override
    public BranchInfo branch(String branch) {
        if (!columns.has(branch)) {
            throw new InputDataException(file, "column '" + branch + "'", "is not in the header ("
                    + columns.names().size() + " columns)");
        }
        return columns.info(branch);
    }

    @Override
    public void expectIntegers(Predicate<String> integerColumn) {
        columns.expectIntegers(integerColumn);
    }

    @Override
    public double fractionRead() {
        return exhausted || fileBytes == 0 ? 1.0 : Math.min(1.0, (double) bytes.count() / fileBytes);
    }

    @Override
    public List<String> notes() {
        return List.of("read as CSV: " + rowsRead + " lines of events, " + nFields + " columns");
    }

    @Override
    public Iterable<BranchBatch> batches(List<String> names, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        Map<String, BranchInfo> requested = new LinkedHashMap<>();
        for (String name : names) {
            BranchInfo info = branch(name);
            if (!info.isReadable()) {
                throw new InputDataException(file, "column '" + name + "'", info.problem());
            }
            requested.put(name, info);
        }
        return () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return nextRecord();
            }

            @Override
            public BranchBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the file ends after " + rowsRead + " events");
                }
                return read(requested, batchSize);
            }
        };
    }

    private boolean nextRecord() {
        try {
            exhausted = !records.hasNext();
            return !exhausted;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputDataException(file, "line " + badLine(e), "cannot be parsed as CSV: "
                    + e.getMessage(), e);
        }
    }

    /** Where a record that cannot be parsed starts: Commons CSV says "(startline N)", else the next line. */
    private long badLine(RuntimeException e) {
        Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : parser.getCurrentLineNumber() + 1;
    }

    /** Reads up to {@code batchSize} lines. */
    private BranchBatch read(Map<String, BranchInfo> requested, int batchSize) {
        Map<String, RawValues> raw = new LinkedHashMap<>();
        requested.forEach((name, info) -> raw.put(name, new RawValues(info.type(), info.isJagged())));
        long first = rowsRead;
        int n = 0;
        while (n < batchSize && nextRecord()) {
            CSVRecord record = records.next();
            long line = parser.getCurrentLineNumber();
            requireFields(record, line);
            for (Map.Entry<String, RawValues> entry : raw.entrySet()) {
                readCells(record, line, columns.column(entry.getKey()), entry.getValue());
            }
            n++;
            rowsRead++;
        }
        Map<String, BranchData> data = new LinkedHashMap<>();
        raw.forEach((name, values) -> data.put(name, values.toBranchData(file, requested.get(name))));
        return new BranchBatch(first, n, Collections.unmodifiableMap(data));
    }

    private void requireFields(CSVRecord record, long line) {
        if (record.size() != nFields) {
            throw new InputDataException(file, "line " + line, "has " + record.size() + " fields but"
                    + " the header has " + nFields + " columns (a bad line: each line needs one field"
                    + " per column, empty for a missing object)");
        }
    }

    private void readCells(CSVRecord record, long line, CsvColumns.Column column, RawValues out) {
        if (!column.isList()) {
            put(record.get(column.cells()[0]), line, column.name(), out);
            out.endRow(1);
            return;
        }
        CsvColumns.Column counter = columns.column(column.counter());
        int count = cells.parseInt(record.get(counter.cells()[0]), line, counter.name());
        requireCount(count, line, column, counter);
        int[] fields = column.cells();
        for (int k = 0; k < fields.length; k++) {
            String cell = record.get(fields[k]);
            String cellName = column.name() + "_" + k;
            if (k < count) {
                put(cell, line, cellName, out);
            } else if (!cell.isBlank()) {
                throw new InputDataException(file, "line " + line + ", column '" + cellName + "'",
                        "holds '" + cell + "' but '" + counter.name() + "' is " + count
                                + " (cells past the count stay empty)");
            }
        }
        out.endRow(count);
    }

    private void requireCount(int count, long line, CsvColumns.Column column, CsvColumns.Column counter) {
        int n = column.cells().length;
        if (count >= 0 && count <= n) {
            return;
        }
        String fix = count < 0 ? "" : "; the export kept the first " + n + ": export again with a"
                + " larger number of objects per collection";
        throw new InputDataException(file, "line " + line + ", column '" + counter.name() + "'", "is "
                + count + ", but the file has columns for " + n + " objects (" + column.name() + "_0.."
                + column.name() + "_" + (n - 1) + ")" + fix);
    }

    private void put(String cell, long line, String column, RawValues out) {
        if (out.type() == LeafType.INT32) {
            out.putInt(cells.parseInt(cell, line, column));
        } else {
            out.putDouble(cells.parseDouble(cell, line, column));
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new InputDataException(file, null, "cannot be closed: " + e.getMessage(), e);
        }
    }

    /** Counts the bytes read from the file, for the progress fraction. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
