package org.dineutrino.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/**
 * Writes events as a Parquet file, one row per event: a per-event column as a required
 * {@code double} or {@code int32}, a per-object column as a required list of them (the
 * standard three-level layout, {@code jetPt.list.element}), each count column too. The export
 * metadata ({@link FlatFileMetadata}) goes in the footer's key-value metadata under
 * {@code dineutrino}. Pages are ZSTD-compressed (by aircompressor, {@link ParquetCodecs});
 * parquet-java writes through {@code java.nio} ({@code LocalOutputFile}) with a plain
 * configuration, so Hadoop is never configured.
 */
final class ParquetSampleWriter implements SampleWriter {

    /** Name of the Parquet message (the schema's root). */
    static final String MESSAGE = "events";
    /** The repeated group and element names of parquet-java's three-level lists. */
    static final String LIST = "list";
    static final String ELEMENT = "element";

    private final Path file;
    private final ExportLevel level;
    private final List<ColumnSpec> columns;
    private final Row row;
    private final ParquetWriter<Row> writer;
    private long nEvents;
    private boolean finished;

    private ParquetSampleWriter(Path file, ExportLevel level, List<ColumnSpec> columns, ExportHeader header,
                                int rowsPerGroup) throws IOException {
        this.file = file;
        this.level = level;
        this.columns = List.copyOf(columns);
        this.row = new Row(this.columns);
        String metadata = new FlatFileMetadata(level, header, 0, this.columns).toJson();
        Builder builder = new Builder(new LocalOutputFile(file), new EventWriteSupport(this.columns, metadata));
        for (ColumnSpec column : this.columns) {
            if (column.type() == ValueType.DOUBLE) {
                builder.withDictionaryEncoding(path(column), false);
            }
        }
        this.writer = builder
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withRowGroupRowCountLimit(rowsPerGroup)
                .build();
    }

    /**
     * Opens a file for the given columns (already chosen for the level, count columns included).
     *
     * @throws IllegalArgumentException if a per-object column's count column is not among the columns
     * @throws UncheckedIOException     if the file cannot be created
     */
    static ParquetSampleWriter open(List<ColumnSpec> columns, Path file, ExportLevel level, ExportHeader header) {
        return open(columns, file, level, header, Integer.MAX_VALUE);
    }

    /** As {@link #open(List, Path, ExportLevel, ExportHeader)}, with row groups of at most this many events. */
    static ParquetSampleWriter open(List<ColumnSpec> columns, Path file, ExportLevel level, ExportHeader header,
                                    int rowsPerGroup) {
        SampleExporter.requireCountColumns(columns);
        try {
            return new ParquetSampleWriter(file, level, columns, header, rowsPerGroup);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Parquet file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A column's leaf path in the file: {@code met}, or {@code jetPt.list.element} for a list. */
    static String path(ColumnSpec column) {
        return column.isJagged() ? column.name() + "." + LIST + "." + ELEMENT : column.name();
    }

    /** The Parquet schema of these columns. */
    static MessageType schema(List<ColumnSpec> columns) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (ColumnSpec column : columns) {
            PrimitiveTypeName type = column.type() == ValueType.DOUBLE ? PrimitiveTypeName.DOUBLE
                    : PrimitiveTypeName.INT32;
            if (column.isJagged()) {
                message.requiredList().requiredElement(type).named(column.name());
            } else {
                message.required(type).named(column.name());
            }
        }
        return message.named(MESSAGE);
    }

    @Override
    public void write(EventBatch batch) {
        row.bind(batch);
        try {
            for (int i = 0; i < batch.nEvents(); i++) {
                row.event = i;
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Parquet file " + file + ": " + e.getMessage(), e);
        }
        nEvents += batch.nEvents();
    }

    @Override
    public ExportSummary finish() {
        try {
            writer.close();
            finished = true;
            return new ExportSummary(file, ImportFormat.PARQUET, level, columns.stream().map(ColumnSpec::name).toList(),
                    nEvents, Files.size(file), 0, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the Parquet file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the unfinished Parquet file " + file + ": "
                    + e.getMessage(), e);
        } finally {
            SampleExporter.delete(file);
        }
    }

    /** One event of the bound batch, with its columns' arrays looked up once per batch. */
    private static final class Row {
        private final List<ColumnSpec> columns;
        private final double[][] doubles;
        private final int[][] ints;
        private final int[][] offsets;
        private int event;

        Row(List<ColumnSpec> columns) {
            this.columns = columns;
            this.doubles = new double[columns.size()][];
            this.ints = new int[columns.size()][];
            this.offsets = new int[columns.size()][];
        }

        void bind(EventBatch batch) {
            for (int c = 0; c < columns.size(); c++) {
                ColumnSpec column = columns.get(c);
                doubles[c] = column.type() == ValueType.DOUBLE ? batch.doubles(column.name()) : null;
                ints[c] = column.type() == ValueType.INT ? batch.ints(column.name()) : null;
                offsets[c] = column.isJagged() ? batch.offsets(column.countColumn()) : null;
            }
        }
    }

    /** Hands one event at a time to parquet-java's record consumer. */
    private static final class EventWriteSupport extends WriteSupport<Row> {
        private final List<ColumnSpec> columns;
        private final String metadata;
        private RecordConsumer out;

        EventWriteSupport(List<ColumnSpec> columns, String metadata) {
            this.columns = columns;
            this.metadata = metadata;
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema(columns), Map.of(ParquetSource.METADATA_KEY, metadata));
        }

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
            throw new UnsupportedOperationException("the writer is built with a plain configuration, not Hadoop's");
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Row row) {
            out.startMessage();
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c).name();
                out.startField(name, c);
                if (row.offsets[c] == null) {
                    value(row, c, row.event);
                } else {
                    list(row, c);
                }
                out.endField(name, c);
            }
            out.endMessage();
        }

        private void list(Row row, int c) {
            int from = row.offsets[c][row.event];
            int to = row.offsets[c][row.event + 1];
            out.startGroup();
            if (to > from) {
                out.startField(LIST, 0);
                for (int i = from; i < to; i++) {
                    out.startGroup();
                    out.startField(ELEMENT, 0);
                    value(row, c, i);
                    out.endField(ELEMENT, 0);
                    out.endGroup();
                }
                out.endField(LIST, 0);
            }
            out.endGroup();
        }

        private void value(Row row, int c, int index) {
            if (row.doubles[c] != null) {
                out.addDouble(row.doubles[c][index]);
            } else {
                out.addInteger(row.ints[c][index]);
            }
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final EventWriteSupport support;

        Builder(OutputFile file, EventWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(ParquetConfiguration configuration) {
            return support;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(org.apache.hadoop.conf.Configuration configuration) {
            throw new UnsupportedOperationException("the writer is built with a plain configuration, not Hadoop's");
        }
    }
}
