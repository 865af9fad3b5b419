package org.dineutrino.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
import org.dineutrino.event.ColumnSpec;

/**
 * A Parquet file opened for import: its columns as branches ({@link ParquetCatalog}), and its
 * rows in batches, read column by column into ROOT's encoding ({@link RawValues}).
 *
 * <p>parquet-java reads the file through {@code java.nio} ({@code LocalInputFile}), with a plain
 * configuration and {@link ParquetCodecs} for the pages: Hadoop is never configured, so neither
 * {@code HADOOP_HOME} nor a network is needed. Only the columns asked for are read.
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
    private final ParquetCatalog catalog;
    private long rowsRead;

    private ParquetSource(Path file, ParquetFileReader reader) {
        this.file = file;
        this.reader = reader;
        String json = reader.getFileMetaData().getKeyValueMetaData().get(METADATA_KEY);
        this.metadata = Optional.ofNullable(json).map(j -> FlatFileMetadata.parse(file, j));
        Map<String, ColumnSpec> known = metadata.map(m -> FlatNames.byName(m.columns()))
                .orElse(FlatNames.EVENT_MODEL);
        this.catalog = ParquetCatalog.of(reader.getFileMetaData().getSchema(), known);
    }

    /**
     * Opens a Parquet file and reads its footer.
     *
     * @throws InputDataException if the file is not Parquet, is truncated, or its footer is damaged
     */
    static ParquetSource open(Path file) {
        checkMagic(file);
        ParquetFileReader reader = footer(file);
        try {
            return new ParquetSource(file, reader);
        } catch (RuntimeException e) {
            try {
                reader.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static ParquetFileReader footer(Path file) {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs())
                .build();
        try {
            return ParquetFileReader.open(new LocalInputFile(file), options);
        } catch (IOException | RuntimeException e) {
            throw new InputDataException(file, null, "the Parquet footer cannot be read ("
                    + e.getMessage() + "); the file is damaged or truncated: copy it again", e);
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
        if (!Arrays.equals(head, MAGIC)) {
            throw new InputDataException(file, null, "is not a Parquet file: it does not start with"
                    + " 'PAR1'" + ImportFormat.lookAlike(head));
        }
        if (size < MIN_FILE_BYTES || !Arrays.equals(tail, MAGIC)) {
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
        return catalog.names();
    }

    @Override
    public boolean has(String branch) {
        return catalog.has(branch);
    }

    @Override
    public BranchInfo branch(String branch) {
        BranchInfo info = catalog.info(branch);
        if (info == null) {
            throw new InputDataException(file, "column '" + branch + "'", "is not in the file ("
                    + catalog.names().size() + " columns)");
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
        notes.add("read as Parquet: " + rows() + " rows in " + reader.getRowGroups().size()
                + " row group(s), " + String.join("/", codecs) + " pages, written by "
                + (writer == null ? "an unnamed writer" : writer));
        if (!catalog.madeCounters().isEmpty()) {
            notes.add("count columns made from the list lengths (the file has none of these names): "
                    + catalog.madeCounters());
        }
        return notes;
    }

    @Override
    public Iterable<BranchBatch> batches(List<String> names, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        List<ParquetColumnCursor> cursors = cursors(names);
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

    /** A cursor per file column to read; only their column chunks are read from the file. */
    private List<ParquetColumnCursor> cursors(List<String> names) {
        for (String name : names) {
            BranchInfo info = branch(name);
            if (!info.isReadable()) {
                throw new InputDataException(file, "column '" + name + "'", info.problem());
            }
        }
        List<ParquetColumnCursor> cursors = new ArrayList<>();
        List<ColumnDescriptor> descriptors = new ArrayList<>();
        for (ParquetColumn column : catalog.columnsToRead(names)) {
            cursors.add(new ParquetColumnCursor(file, column));
            descriptors.add(column.descriptor());
        }
        reader.setRequestedSchema(descriptors);
        return cursors;
    }

    /** Reads the next {@code n} rows of every cursor, across row groups, and checks the counts. */
    private BranchBatch read(List<String> names, List<ParquetColumnCursor> cursors, RowGroups groups,
                             int n) {
        Map<String, RawValues> raw = new LinkedHashMap<>();
        for (ParquetColumnCursor cursor : cursors) {
            ParquetColumn column = cursor.column();
            raw.put(column.name(), new RawValues(column.type(), column.isList()));
        }
        int filled = 0;
        while (filled < n) {
            int m = (int) Math.min(n - filled, groups.rowsLeft(rowsRead + filled));
            for (ParquetColumnCursor cursor : cursors) {
                cursor.read(m, rowsRead + filled, raw.get(cursor.column().name()));
            }
            groups.consumed(m);
            filled += m;
        }
        checkCounts(raw);
        Map<String, BranchData> data = new LinkedHashMap<>();
        for (String name : names) {
            data.put(name, branchData(name, raw));
        }
        return new BranchBatch(rowsRead, n, Collections.unmodifiableMap(data));
    }

    private BranchData branchData(String name, Map<String, RawValues> raw) {
        String source = catalog.madeFrom(name);
        RawValues values = source == null ? raw.get(name) : lengths(raw.get(source));
        return values.toBranchData(file, catalog.info(name));
    }

    /** A flat int column of a list's lengths. */
    private static RawValues lengths(RawValues list) {
        RawValues lengths = new RawValues(LeafType.INT32, false);
        for (int r = 0; r < list.rows(); r++) {
            lengths.putInt(list.count(r));
            lengths.endRow(1);
        }
        return lengths;
    }

    /** Each list's lengths against its count column, the file's own or made from another list. */
    private void checkCounts(Map<String, RawValues> raw) {
        for (Map.Entry<String, RawValues> entry : raw.entrySet()) {
            BranchInfo info = catalog.info(entry.getKey());
            if (!info.isJagged()) {
                continue;
            }
            String counter = info.counterBranch();
            String source = catalog.madeFrom(counter);
            int[] expected = branchData(counter, raw).toInts();
            RawValues list = entry.getValue();
            for (int r = 0; r < list.rows(); r++) {
                if (list.count(r) != expected[r]) {
                    String says = source == null ? "'" + counter + "' says "
                            : "'" + counter + "' (the length of " + source + ") says ";
                    throw new InputDataException(file, "column '" + info.name() + "'", "row "
                            + (rowsRead + r) + " (counting from 0) holds " + list.count(r)
                            + " values, but " + says + expected[r]
                            + "; every column of a collection needs one value per object");
                }
            }
        }
    }

    /** Walks the row groups: rows left in the current one, moving the cursors on when it ends. */
    private final class RowGroups {
        private final List<ParquetColumnCursor> cursors;
        private final VersionParser.ParsedVersion writer = writerVersion();
        private long left;
        private int index = -1;

        RowGroups(List<ParquetColumnCursor> cursors) {
            this.cursors = cursors;
        }

        long rowsLeft(long row) {
            while (left == 0) {
                PageReadStore pages = nextGroup(row);
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

        private PageReadStore nextGroup(long row) {
            index++;
            PageReadStore pages;
            try {
                pages = reader.readNextRowGroup();
            } catch (IOException | RuntimeException e) {
                throw new InputDataException(file, "row group " + index, "cannot be read: "
                        + e.getMessage(), e);
            }
            if (pages == null) {
                throw new InputDataException(file, null, "the row groups end at row " + row
                        + " but the footer counts " + rows() + " rows (the file is damaged)");
            }
            return pages;
        }

        /** The writer's version, which parquet-java's readers use to work around known writer bugs. */
        private VersionParser.ParsedVersion writerVersion() {
            String createdBy = reader.getFileMetaData().getCreatedBy();
            try {
                return createdBy == null ? null : VersionParser.parse(createdBy);
            } catch (VersionParser.VersionParseException | RuntimeException e) {
                // a writer that names itself in an unknown way has none of the known bugs
                return null;
            }
        }
    }
}
