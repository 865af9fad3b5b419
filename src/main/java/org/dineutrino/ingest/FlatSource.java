package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A flat file (Parquet, CSV) as the importers read it: its columns as NanoAOD-like branches
 * (one value per row, or a list counted by a count column), read in batches of rows.
 */
interface FlatSource extends BranchCatalog, AutoCloseable {

    /** The file. */
    Path file();

    /** The export metadata the file carries (written by {@link SampleExporter}), if any. */
    Optional<FlatFileMetadata> metadata();

    /** Every column name, in file order; numbered CSV columns and struct members by their flat name. */
    List<String> columnNames();

    /**
     * Says which columns hold integers, before any batch is read. A CSV cell has no type, so the
     * import decides by what the column feeds; typed files (Parquet) ignore this.
     */
    void expectIntegers(Predicate<String> integerColumn);

    /**
     * The whole file in consecutive batches of at most {@code batchSize} rows with the named
     * columns; each list column's lengths are checked against its count column.
     *
     * @throws InputDataException naming the row (or line) and column of a bad value
     */
    Iterable<BranchBatch> batches(List<String> names, int batchSize);

    /** The fraction of the file read so far, from 0 to 1. */
    double fractionRead();

    /** How the file was read (format, row groups, compression), for the import summary's notes. */
    List<String> notes();

    @Override
    void close();
}
