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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * <p>Collections: columns {@code X_0, X_1, ..., X_(N-1)} are the first N objects of the list
 * column {@code X} when the header also has X's count column ({@code nJet} for {@code jetPt},
 * {@code nMuon} for {@code Muon_pt}, see {@link FlatNames#countColumn}). An event with k
 * objects fills {@code X_0 .. X_(k-1)} and leaves the other cells empty; a count above N
 * (objects the file does not hold) is refused.
 *
 * <p>A column without a name (pandas writes its index so) is kept as {@code (unnamed column k)} and
 * so never imported.
 *
 * <p>Values: integers in decimal ({@code true}/{@code false} read as 1/0), other numbers as
 * Java or Python print them, {@code NaN}, {@code nan}, {@code inf}, {@code -Infinity}
 * included. An empty cell where a value belongs is refused. Messages name the line (of the
 * file, counting from 1, comments included) and the column.
 */
final class CsvSource implements FlatSource {

    /** A numbered column: the list's name and the object index. */
    private static final Pattern NUMBERED = Pattern.compile("(.+)_(\\d+)");
    /** How Commons CSV names the first line of a record it cannot parse. */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    /** Marks the metadata comment of an export. */
    static final String METADATA_PREFIX = ParquetSource.METADATA_KEY + " ";

    private final Path file;
    private final CountingStream bytes;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long fileBytes;
    private final int nFields;
    private final Optional<FlatFileMetadata> metadata;
    private final Map<String, CsvColumn> columns = new LinkedHashMap<>();
    private Predicate<String> integerColumn = name -> false;
    private long rowsRead;
    private boolean exhausted;

    /**
     * One column as the import sees it.
     *
     * @param name    the column, or for numbered columns the list's name
     * @param counter the list's count column, null for a flat column
     * @param cells   the field index of the column, or of {@code X_0, X_1, ...}
     * @param problem why it cannot be read, or null
     */
    private record CsvColumn(String name, String counter, int[] cells, String problem) {
        boolean isList() {
            return counter != null;
        }
    }

    private CsvSource(Path file, CountingStream bytes, CSVParser parser) {
        this.file = file;
        this.bytes = bytes;
        this.parser = parser;
        this.records = parser.iterator();
        this.fileBytes = size(file);
        List<String> header = header(parser);
        this.nFields = header.size();
        this.metadata = metadata(file, parser);
        Map<String, ColumnSpec> known = metadata.map(m -> FlatNames.byName(m.columns())).orElse(FlatNames.EVENT_MODEL);
        group(header, known);
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
        try {
            CountingStream counting = new CountingStream(new BufferedInputStream(Files.newInputStream(file)));
            InputStream text = ImportFormat.isGzip(head) ? new GZIPInputStream(counting) : counting;
            CSVParser parser = CSVParser.parse(new InputStreamReader(text, StandardCharsets.UTF_8), format());
            return new CsvSource(file, counting, parser);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputDataException(file, "line 1", "is not a CSV header line: " + e.getMessage()
                    + " (the first line that is not a # comment must name the columns, e.g. met,nJet,jetPt_0)", e);
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
        }
        for (String name : names) {
            if (name.chars().anyMatch(c -> c < ' ')) {
                throw new InputDataException(file, "line " + csv.getCurrentLineNumber(), "is not a CSV header:"
                        + " it holds control characters (is this a binary file?)");
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
            if (line.strip().startsWith(METADATA_PREFIX)) {
                return Optional.of(FlatFileMetadata.parse(file, line.strip().substring(METADATA_PREFIX.length())));
            }
        }
        return Optional.empty();
    }

    /** Sorts the header into flat columns and numbered columns of lists. */
    private void group(List<String> header, Map<String, ColumnSpec> known) {
        Set<String> names = new LinkedHashSet<>(header);
        Map<String, TreeMap<Integer, Integer>> lists = new LinkedHashMap<>();
        List<Integer> flat = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Matcher m = NUMBERED.matcher(header.get(i));
            String counter = m.matches() ? FlatNames.countColumn(m.group(1), m.group(1), known) : null;
            if (counter != null && names.contains(counter) && !counter.equals(header.get(i))) {
                lists.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(Integer.parseInt(m.group(2)), i);
            } else {
                flat.add(i);
            }
        }
        for (int i : flat) {
            String name = header.get(i);
            String problem = lists.containsKey(name) ? "is in the header both as '" + name
                    + "' and as numbered columns " + name + "_0, ...; keep one of them" : null;
            columns.put(name, new CsvColumn(name, null, new int[] {i}, problem));
        }
        lists.forEach((name, cells) -> columns.putIfAbsent(name, list(name, cells, known)));
    }

    private static CsvColumn list(String name, TreeMap<Integer, Integer> cells, Map<String, ColumnSpec> known) {
        String counter = FlatNames.countColumn(name, name, known);
        int n = cells.lastKey() + 1;
        String problem = cells.size() == n ? null : "has numbered columns " + cells.keySet() + ": they must run"
                + " from " + name + "_0 to " + name + "_" + (n - 1) + " without gaps";
        return new CsvColumn(name, counter, cells.values().stream().mapToInt(Integer::intValue).toArray(), problem);
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
        return List.copyOf(columns.keySet());
    }

    @Override
    public boolean has(String branch) {
        return columns.containsKey(branch);
    }

    @Override
    public BranchInfo branch(String branch) {
        CsvColumn column = columns.get(branch);
        if (column == null) {
            throw new InputDataException(file, "column '" + branch + "'", "is not in the header ("
                    + columns.size() + " columns)");
        }
        String title = column.isList() ? "CSV columns " + branch + "_0.." + branch + "_" + (column.cells().length - 1)
                : "CSV column " + branch;
        LeafType type = isInteger(branch) ? LeafType.INT32 : LeafType.FLOAT64;
        return new BranchInfo(branch, title, "CSV column", column.problem() == null ? type : null, column.counter(),
                1, column.problem());
    }

    private boolean isInteger(String name) {
        for (CsvColumn column : columns.values()) {
            if (name.equals(column.counter())) {
                return true;
            }
        }
        return integerColumn.test(name);
    }

    @Override
    public void expectIntegers(Predicate<String> integer) {
        this.integerColumn = integer;
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
        List<String> requested = List.copyOf(names);
        for (String name : requested) {
            BranchInfo info = branch(name);
            if (!info.isReadable()) {
                throw new InputDataException(file, "column '" + name + "'", info.problem());
            }
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
    private BranchBatch read(List<String> names, int batchSize) {
        Map<String, RawValues> raw = new LinkedHashMap<>();
        for (String name : names) {
            raw.put(name, new RawValues(branch(name).type(), columns.get(name).isList()));
        }
        long first = rowsRead;
        int n = 0;
        while (n < batchSize && nextRecord()) {
            CSVRecord record = records.next();
            long line = parser.getCurrentLineNumber();
            if (record.size() != nFields) {
                throw new InputDataException(file, "line " + line, "has " + record.size() + " fields but the header"
                        + " has " + nFields + " columns (a bad line: each line needs one field per column, empty"
                        + " for a missing object)");
            }
            for (Map.Entry<String, RawValues> entry : raw.entrySet()) {
                readCells(record, line, columns.get(entry.getKey()), entry.getValue());
            }
            n++;
            rowsRead++;
        }
        Map<String, BranchData> data = new LinkedHashMap<>();
        raw.forEach((name, values) -> data.put(name, values.toBranchData(file, branch(name))));
        return new BranchBatch(first, n, Collections.unmodifiableMap(data));
    }

    private void readCells(CSVRecord record, long line, CsvColumn column, RawValues out) {
        if (!column.isList()) {
            put(record.get(column.cells()[0]), line, column.name(), out);
            out.endRow(1);
            return;
        }
        CsvColumn counter = columns.get(column.counter());
        int count = parseInt(record.get(counter.cells()[0]), line, counter.name());
        int[] cells = column.cells();
        if (count < 0 || count > cells.length) {
            throw new InputDataException(file, "line " + line + ", column '" + counter.name() + "'", "is " + count
                    + ", but the file has columns for " + cells.length + " objects (" + column.name() + "_0.."
                    + column.name() + "_" + (cells.length - 1) + ")" + (count < 0 ? "" : "; the export kept the"
                    + " first " + cells.length + ": export again with a larger number of objects per collection"));
        }
        for (int k = 0; k < cells.length; k++) {
            String cell = record.get(cells[k]);
            String cellName = column.name() + "_" + k;
            if (k < count) {
                put(cell, line, cellName, out);
            } else if (!cell.isBlank()) {
                throw new InputDataException(file, "line " + line + ", column '" + cellName + "'", "holds '" + cell
                        + "' but '" + counter.name() + "' is " + count + " (cells past the count stay empty)");
            }
        }
        out.endRow(count);
    }

    private void put(String cell, long line, String column, RawValues out) {
        if (out.type() == LeafType.INT32) {
            out.putInt(parseInt(cell, line, column));
        } else {
            out.putDouble(parseDouble(cell, line, column));
        }
    }

    private int parseInt(String cell, long line, String column) {
        String text = cell.strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.equalsIgnoreCase("true") ? 1 : 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw badValue(line, column, text, "an integer");
        }
    }

    private double parseDouble(String cell, long line, String column) {
        String text = cell.strip();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "-nan", "+nan" -> {
                return Double.NaN;
            }
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                return parseDecimal(text, line, column);
            }
        }
    }

    private double parseDecimal(String text, long line, String column) {
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        if (Character.isDigit(last) || last == '.') {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw badValue(line, column, text, "a number");
    }

    private InputDataException badValue(long line, String column, String text, String expected) {
        String found = text.isEmpty() ? "is empty" : "holds '" + text + "'";
        return new InputDataException(file, "line " + line + ", column '" + column + "'", found + ", which is not "
                + expected + (text.isEmpty() ? " (every event needs a value here; write NaN for a missing number)"
                        : ""));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new InputDataException(file, null, "cannot be closed: " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputDataException(file, null, "cannot be read: " + e.getMessage(), e);
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
