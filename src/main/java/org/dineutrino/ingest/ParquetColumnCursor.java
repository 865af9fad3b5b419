package org.dineutrino.ingest;

import java.nio.file.Path;
import org.apache.parquet.VersionParser;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.io.api.PrimitiveConverter;

/**
 * Reads one column row by row, one row group after the other, into {@link RawValues}.
 *
 * <p>Each row of a list column is a run of values whose first has repetition level 0; a value
 * whose definition level is the column's maximum is present, one below the list's element level
 * stands for an empty (or null) list, anything in between for a null element, which the event
 * model cannot hold.
 */
final class ParquetColumnCursor {

    /** The value readers keep no per-value state: a converter that is never called. */
    private static final PrimitiveConverter UNUSED = new PrimitiveConverter() {
    };

    private final Path file;
    private final ParquetColumn column;
    private ColumnReader reader;
    private long valuesLeft;
    private int rowGroup = -1;

    ParquetColumnCursor(Path file, ParquetColumn column) {
        this.file = file;
        this.column = column;
    }

    ParquetColumn column() {
        return column;
    }

    /** Moves to the next row group's pages of this column. */
    void startRowGroup(PageReadStore pages, VersionParser.ParsedVersion writer) {
        PageReader pageReader = pages.getPageReader(column.descriptor());
        reader = new ColumnReaderImpl(column.descriptor(), pageReader, UNUSED, writer);
        valuesLeft = pageReader.getTotalValueCount();
        rowGroup++;
    }

    /**
     * Appends {@code nRows} rows.
     *
     * @param firstRow the file row of the first, for messages
     * @throws InputDataException for a null value, or a column chunk that ends early
     */
    void read(int nRows, long firstRow, RawValues out) {
        try {
            readRows(nRows, firstRow, out);
        } catch (InputDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputDataException(file, where(), "the pages of row group " + rowGroup
                    + " cannot be decoded (" + e.getMessage() + "); the file is damaged", e);
        }
    }

    private void readRows(int nRows, long firstRow, RawValues out) {
        for (int r = 0; r < nRows; r++) {
            if (valuesLeft <= 0) {
                throw new InputDataException(file, where(), "row group " + rowGroup + " ends at row "
                        + (firstRow + r) + " in this column but holds more rows in others (the file is damaged)");
            }
            out.endRow(column.isList() ? readList(firstRow + r, out) : readOne(firstRow + r, out));
        }
    }

    private int readOne(long row, RawValues out) {
        if (!column.isValue(reader.getCurrentDefinitionLevel())) {
            throw nullValue(row, "is null");
        }
        append(out);
        next();
        return 1;
    }

    private int readList(long row, RawValues out) {
        int count = 0;
        do {
            int definition = reader.getCurrentDefinitionLevel();
            if (column.isValue(definition)) {
                append(out);
                count++;
            } else if (definition >= column.elementDefinition()) {
                throw nullValue(row, "holds a null element at position " + count);
            }
            next();
        } while (valuesLeft > 0 && reader.getCurrentRepetitionLevel() > 0);
        return count;
    }

    private void append(RawValues out) {
        switch (column.type()) {
            case BOOL -> out.putByte(reader.getBoolean() ? (byte) 1 : (byte) 0);
            case INT32, UINT32 -> out.putInt(reader.getInteger());
            case INT64, UINT64 -> out.putLong(reader.getLong());
            case FLOAT32 -> out.putFloat(reader.getFloat());
            case FLOAT64 -> out.putDouble(reader.getDouble());
            default -> throw new IllegalStateException("Parquet column read as " + column.type());
        }
    }

    private void next() {
        reader.consume();
        valuesLeft--;
    }

    private InputDataException nullValue(long row, String what) {
        return new InputDataException(file, where(), "row " + row + " (counting from 0) " + what
                + "; the event model needs a number for every event and object (fill missing values,"
                + " e.g. with NaN, before the import)");
    }

    private String where() {
        String path = column.path();
        return "column '" + column.name() + "'" + (path.equals(column.name()) ? "" : " (" + path + ")");
    }
}
