package org.dineutrino.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.VersionParser;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.dineutrino.event.ColumnSpec;

/**
 * A Parquet file opened for import: its columns as branches ({@link ParquetColumn} for the
 * naming), and its rows in batches.
 *
 * <p>parquet-java reads the file through {@code java.nio} ({@code LocalInputFile}), with a plain
 * configuration and {@link ParquetCodecs} for the pages: Hadoop is never configured, so neither
 * {@code HADOOP_HOME} nor a network is needed.
 *
 * <p>A list column's count column is the file's own column of that name when it has one (its
 * values are then checked against the lists' lengths row by row), else a column made from the
 * list lengths.
 */
final class ParquetSource implements FlatSource {

    /** The 4-byte magic at both ends of a Parquet file. */
    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};
    /** Magic, 4-byte footer length, magic: the smallest possible file. */
    private static final int MIN_FILE_BYTES = 12;
    /** Key of the export metadata in the file's key-value metadata. */
    static final String METADATA_KEY = "dineutrino";

    private final Path file;
    private final ParquetFileReader reader;
    private final Optional<FlatFileMetadata> metadata;
    private final Map<String, ParquetColumn> columns = new LinkedHashMap<>();
    private final Map<String, BranchInfo> infos = new LinkedHashMap<>();
    /** Count columns the file lacks, each made from the lengths of the first list it counts. */
    private final Map<String, String> madeCounters = new LinkedHashMap<>();
    private long rowsRead;

    private ParquetSource(Path file, ParquetFileReader reader) {
        this.file = file;
        this.reader = reader;
        String json = reader.getFileMetaData().getKeyValueMetaData().get(METADATA_KEY);
        this.metadata = json == null ? Optional.empty() : Optional.of(FlatFileMetadata.parse(file, json));
        Map<String, ColumnSpec> known = metadata.map(m -> FlatNames.byName(m.columns())).orElse(FlatNames.EVENT_MODEL);
        catalog(reader.getFileMetaData().getSchema(), known);
    }

    /**
     * Opens a Parquet file and reads its footer.
     *
     * @throws InputDataException if the file is not Parquet, is truncated, or its footer is damaged
     */
    static ParquetSource open(Path file) {
        checkMagic(file);
        try {
            ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                    .withCodecFactory(new ParquetCodecs())
                    .build();
            return new ParquetSource(file, ParquetFileReader.open(new LocalInputFile(file), options));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputDataException ide) {
                throw ide;
            }
            throw new InputDataException(file, null, "the Parquet footer cannot be read (" + e.getMessage()
                    + "); the file is damaged or truncated: copy it again", e);
        }
    }

    /** Refuses a file that does not start and end with "PAR1", saying what it looks like instead. */
    static void checkMagic(Path file) {
        byte[] head = new byte[MAGIC.length];
        byte[] tail = new byte[MAGIC.length];
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            int n = in.readNBytes(head, 0, head.length);
            if (size >= MIN_FILE_BYTES) {
                in.skipNBytes(size - n - MAGIC.length);
                in.readNBytes(tail, 0, tail.length);
            }
        } catch (IOException e) {
            throw new InputDataException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        if (!java.util.Arrays.equals(head, MAGIC)) {
            throw new InputDataException(file, null, "is not a Parquet file: it does not start with 'PAR1'"
                    + ImportFormat.lookAlike(head) + "");
        }
        if (size < MIN_FILE_BYTES || !java.util.Arrays.equals(tail, MAGIC)) {
            throw new InputDataException(file, null, "is a truncated Parquet file: it has " + size
                    + " bytes and does not end with 'PAR1' (the footer is missing): copy it again");
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String name() {
        return "(Parquet rows)";
    }

    /** Number of rows. */
    long rows() {
        return reader.getRecordCount();
    }

    @Override
    public Optional<FlatFileMetadata> metadata() {
        return metadata;
    }

    @Override
    public List<String> columnNames() {
        return List.copyOf(infos.keySet());
    }

    @Override
    public boolean has(String branch) {
        return infos.containsKey(branch);
    }

    @Override
    public BranchInfo branch(String branch) {
        BranchInfo info = infos.get(branch);
        if (info == null) {
            throw new InputDataException(file, "column '" + branch + "'", "is not in the file ("
                    + infos.size() + " columns)");
        }
        return info;
    }

    @Override
    public void expectIntegers(Predicate<String> integerColumn) {
        // Parquet columns carry their type
    }

    @Override
    public double fractionRead() {
        return rows() == 0 ? 1.0 : (double) rowsRead / rows();
    }

    @Override
    public List<String> notes() {
        Set<String> codecs = new TreeSet<>();
        for (BlockMetaData block : reader.getRowGroups()) {
            for (ColumnChunkMetaData chunk : block.getColumns()) {
                codecs.add(chunk.getCodec().name());
            }
        }
        String writer = reader.getFileMetaData().getCreatedBy();
        List<String> notes = new ArrayList<>();
        notes.add("read as Parquet: " + rows() + " rows in " + reader.getRowGroups().size() + " row group(s), "
                + String.join("/", codecs) + " pages, written by " + (writer == null ? "an unnamed writer" : writer));
        if (!madeCounters.isEmpty()) {
            notes.add("count columns made from the list lengths (the file has none of these names): "
                    + madeCounters.keySet());
        }
        return notes;
    }

    @Override
    public Iterable<BranchBatch> batches(List<String> names, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        List<ParquetColumnCursor> cursors = cursors(names);
        reader.setRequestedSchema(descriptors(cursors));
        List<String> requested = List.copyOf(names);
        return () -> new Iterator<>() {
            private final RowGroups groups = new RowGroups(cursors);

            @Override
            public boolean hasNext() {
                return rowsRead < rows();
            }

            @Override
            public BranchBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the file ends at row " + rowsRead);
                }
                int n = (int) Math.min(batchSize, rows() - rowsRead);
                BranchBatch batch = read(requested, cursors, groups, n);
                rowsRead += n;
                return batch;
            }
        };
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new InputDataException(file, null, "cannot be closed: " + e.getMessage(), e);
        }
    }

    /** Builds the branch view of the schema: one entry per leaf, plus the count columns the lists need. */
    private void catalog(MessageType schema, Map<String, ColumnSpec> known) {
        Map<String, String> firstPath = new LinkedHashMap<>();
        for (ColumnDescriptor descriptor : schema.getColumns()) {
            ParquetColumn column = ParquetColumn.of(schema, descriptor);
            String earlier = firstPath.putIfAbsent(column.name(), column.path());
            if (earlier != null) {
                column = new ParquetColumn(column.name(), column.collection(), descriptor, null, 0,
                        "two columns, " + earlier + " and " + column.path() + ", flatten to this name");
            }
            columns.put(column.name(), column);
        }
        for (ParquetColumn column : columns.values()) {
            String counter = column.isList() ? FlatNames.countColumn(column.name(), column.collection(), known)
                    : null;
            infos.put(column.name(), new BranchInfo(column.name(), column.path() + ": " + column.typeName(),
                    "Parquet column", column.type(), counter, 1, column.problem()));
        }
        addCounters();
    }

    /** Adds a made count column for every list whose count column the file lacks; checks those it has. */
    private void addCounters() {
        for (BranchInfo info : List.copyOf(infos.values())) {
            String counter = info.counterBranch();
            if (counter == null || !info.isReadable()) {
                continue;
            }
            BranchInfo existing = infos.get(counter);
            if (existing == null) {
                madeCounters.put(counter, info.name());
                infos.put(counter, new BranchInfo(counter, "lengths of the lists in " + info.name(),
                        "Parquet list lengths", LeafType.INT32, null, 1, null));
            } else if (!madeCounters.containsKey(counter) && !fitsCounter(existing)) {
                infos.put(info.name(), new BranchInfo(info.name(), info.title(), info.className(), null, counter, 1,
                        "is counted by the column '" + counter + "', which holds " + existing.title()
                                + "; a count column needs one integer per row"));
            }
        }
    }

    private static boolean fitsCounter(BranchInfo info) {
        return info.isReadable() && !info.isJagged() && info.type().isInteger();
    }

    /** A cursor per column to read: the named ones, their count columns, and the lists made counters come from. */
    private List<ParquetColumnCursor> cursors(List<String> names) {
        Set<String> needed = new LinkedHashSet<>();
        for (String name : names) {
            BranchInfo info = branch(name);
            if (!info.isReadable()) {
                throw new InputDataException(file, "column '" + name + "'", info.problem());
            }
            needed.add(madeCounters.getOrDefault(name, name));
            if (info.isJagged()) {
                needed.add(madeCounters.getOrDefault(info.counterBranch(), info.counterBranch()));
            }
        }
        List<ParquetColumnCursor> cursors = new ArrayList<>();
        for (String name : needed) {
            cursors.add(new ParquetColumnCursor(file, columns.get(name)));
        }
        return cursors;
    }

    private static List<ColumnDescriptor> descriptors(List<ParquetColumnCursor> cursors) {
        List<ColumnDescriptor> out = new ArrayList<>();
        for (ParquetColumnCursor cursor : cursors) {
            out.add(cursor.column().descriptor());
        }
        return out;
    }

    /** Reads the next {@code n} rows of every cursor, across row groups, and checks the counts. */
    private BranchBatch read(List<String> names, List<ParquetColumnCursor> cursors, RowGroups groups, int n) {
        Map<String, RawValues> raw = new LinkedHashMap<>();
        for (ParquetColumnCursor cursor : cursors) {
            raw.put(cursor.column().name(), new RawValues(cursor.column().type(), cursor.column().isList()));
        }
        int filled = 0;
        while (filled < n) {
            int m = (int) Math.min(n - filled, groups.rowsLeft(file, rowsRead + filled));
            for (ParquetColumnCursor cursor : cursors) {
                cursor.read(m, rowsRead + filled, raw.get(cursor.column().name()));
            }
            groups.consumed(m);
            filled += m;
        }
        Map<String, BranchData> data = new LinkedHashMap<>();
        for (String name : names) {
            data.put(name, branchData(name, raw));
        }
        checkCounts(raw);
        return new BranchBatch(rowsRead, n, Collections.unmodifiableMap(data));
    }

    private BranchData branchData(String name, Map<String, RawValues> raw) {
        String source = madeCounters.get(name);
        if (source == null) {
            return raw.get(name).toBranchData(file, infos.get(name));
        }
        RawValues lengths = new RawValues(LeafType.INT32, false);
        RawValues list = raw.get(source);
        for (int r = 0; r < list.rows(); r++) {
            lengths.putInt(list.count(r));
            lengths.endRow(1);
        }
        return lengths.toBranchData(file, infos.get(name));
    }

    /** Each list's lengths against its count column (the file's own, or the first list of the collection). */
    private void checkCounts(Map<String, RawValues> raw) {
        for (Map.Entry<String, RawValues> entry : raw.entrySet()) {
            BranchInfo info = infos.get(entry.getKey());
            if (!info.isJagged()) {
                continue;
            }
            String counter = info.counterBranch();
            RawValues count = raw.get(madeCounters.getOrDefault(counter, counter));
            int[] expected = madeCounters.containsKey(counter) ? lengths(count) : count.toBranchData(file,
                    infos.get(counter)).toInts();
            RawValues list = entry.getValue();
            for (int r = 0; r < list.rows(); r++) {
                if (list.count(r) != expected[r]) {
                    throw new InputDataException(file, "column '" + info.name() + "'", "row " + (rowsRead + r)
                            + " (counting from 0) holds " + list.count(r) + " values, but '" + counter + "' "
                            + (madeCounters.containsKey(counter) ? "(the length of " + madeCounters.get(counter)
                                    + ") " : "") + "says " + expected[r]
                            + "; every column of a collection needs one value per object");
                }
            }
        }
    }

    private static int[] lengths(RawValues list) {
        int[] out = new int[list.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = list.count(r);
        }
        return out;
    }

    /** Walks the row groups: how many rows are left in the current one, moving the cursors on when it ends. */
    private final class RowGroups {
        private final List<ParquetColumnCursor> cursors;
        private final VersionParser.ParsedVersion writer = writerVersion();
        private long left;
        private int index = -1;

        RowGroups(List<ParquetColumnCursor> cursors) {
            this.cursors = cursors;
        }

        long rowsLeft(Path path, long row) {
            while (left == 0) {
                PageReadStore pages = nextGroup(path, row);
                left = pages.getRowCount();
                for (ParquetColumnCursor cursor : cursors) {
                    cursor.startRowGroup(pages, writer);
                }
            }
            return left;
        }

        void consumed(int rows) {
            left -= rows;
        }

        private PageReadStore nextGroup(Path path, long row) {
            index++;
            try {
                PageReadStore pages = reader.readNextRowGroup();
                if (pages == null) {
                    throw new InputDataException(path, null, "the row groups end at row " + row + " but the"
                            + " footer counts " + rows() + " rows (the file is damaged)");
                }
                return pages;
            } catch (IOException | RuntimeException e) {
                if (e instanceof InputDataException ide) {
                    throw ide;
                }
                throw new InputDataException(path, "row group " + index, "cannot be read: " + e.getMessage(), e);
            }
        }

        private VersionParser.ParsedVersion writerVersion() {
            String createdBy = reader.getFileMetaData().getCreatedBy();
            try {
                return createdBy == null ? null : VersionParser.parse(createdBy);
            } catch (VersionParser.VersionParseException | RuntimeException e) {
                return null;
            }
        }
    }
}
