package org.dineutrino.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.ValueType;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.SampleStore;
import org.dineutrino.testing.SharedData;

/**
 * What the import integration tests share: the shared files, the JSROOT reference numbers of
 * {@code jsroot-import-reference.json} (made by {@code jsroot-import-reference.mjs} beside it,
 * which says how), import requests, damaged copies of files, and sums of stored columns
 * recomputed by streaming the store.
 */
final class ImportFixtures {

    static final String NANOAOD_DIR = "nanoaod";
    static final String NANO_DY = "nanoaod/nano_dy.root";
    /** Named ttbar by its publisher, but W+jets: its GenPart has W bosons and no top quark. */
    static final String W_JETS = "nanoaod/nanoAOD_2015_CMS_Open_Data_ttbar.root";
    static final String OPEN_DATA = "nanoaod/open-data-example.root";
    static final String RNTUPLE = "nanoaod/cmsopendata2015_ttbar_19980_NANOAOD_RNTupleImporter_rntuple_v1-0-0-1.root";
    static final String PARQUET = "nanoaod/nano_dy.parquet";
    static final String HZZ = "trees/uproot-HZZ-zlib.root";

    /** Drell-Yan l+l-, m_ll > 50 GeV, 13 TeV [pb] (DESIGN.md, "The built-in simulation"). */
    static final double DY_CROSS_SECTION_PB = 6077.22;

    /** CSVv2 loose working point (CMS BTV POG, b-tag recommendations for 2016 data, 80X ReReco). */
    static final double CSV_V2_LOOSE = 0.5426;

    private static final String REFERENCE = "jsroot-import-reference.json";
    private static JsonNode reference;

    private ImportFixtures() {
    }

    static Path shared(String relative) {
        return SharedData.file(relative);
    }

    /** The whole reference file (tool, files, cutflows). */
    static synchronized JsonNode reference() {
        if (reference == null) {
            try (InputStream in = ImportFixtures.class.getResourceAsStream(REFERENCE)) {
                if (in == null) {
                    throw new IllegalStateException(REFERENCE + " is missing beside " + ImportFixtures.class);
                }
                reference = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }

    /** The reference numbers of one shared file, e.g. {@link #NANO_DY}; fails if there are none. */
    static JsonNode referenceFile(String relative) {
        JsonNode file = reference().path("files").path(relative);
        if (file.isMissingNode()) {
            throw new IllegalStateException(REFERENCE + " has no numbers for " + relative);
        }
        return file;
    }

    /** Number of values of a branch over the whole file, by JSROOT. */
    static long referenceCount(String file, String branch) {
        return referenceBranch(file, branch).get("n").asLong();
    }

    /** Sum of a branch's values over the whole file, by JSROOT. */
    static double referenceSum(String file, String branch) {
        return referenceBranch(file, branch).get("sum").asDouble();
    }

    private static JsonNode referenceBranch(String file, String branch) {
        JsonNode b = referenceFile(file).path("branches").path(branch);
        if (b.isMissingNode()) {
            throw new IllegalStateException(REFERENCE + " has no branch " + branch + " of " + file);
        }
        return b;
    }

    /** A request as the command line makes it: original name = the file's name, the file is kept. */
    static ImportService.ImportRequest request(Path file, Process process, String name, Double crossSectionPb,
                                               String bTag, Map<String, String> branches) {
        return new ImportService.ImportRequest(file, file.getFileName().toString(), process, name,
                crossSectionPb, bTag, branches, null, false);
    }

    /** A copy of {@code source} in {@code dir} cut to its first {@code keep} bytes. */
    static Path truncatedCopy(Path source, Path dir, int keep) {
        try {
            Path copy = dir.resolve("cut-" + source.getFileName());
            Files.write(copy, Arrays.copyOf(Files.readAllBytes(source), keep));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code source} whose bytes {@code [at, at + length)} are overwritten with
     * 0x55: placed inside the compressed baskets, it damages one basket and leaves the
     * header, the keys and the tree's metadata intact, so that an import fails part-way.
     */
    static Path damagedCopy(Path source, Path dir, int at, int length) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            Arrays.fill(bytes, at, at + length, (byte) 0x55);
            Path copy = dir.resolve("damaged-" + source.getFileName());
            Files.write(copy, bytes);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored column's values summed in entry order, read back chunk by chunk from the store. */
    static double storedSum(SampleStore store, SampleInfo sample, String column) {
        double[] sum = {0};
        boolean isDouble = spec(sample, column).type() == ValueType.DOUBLE;
        store.stream(sample, Set.of(column), (batch, chunk, nChunks) -> {
            if (isDouble) {
                for (double v : batch.doubles(column)) {
                    sum[0] += v;
                }
            } else {
                for (int v : batch.ints(column)) {
                    sum[0] += v;
                }
            }
            return true;
        });
        return sum[0];
    }

    /** Number of stored values of a column (events for a per-event column, objects for a collection's). */
    static long storedCount(SampleStore store, SampleInfo sample, String column) {
        long[] n = {0};
        boolean isDouble = spec(sample, column).type() == ValueType.DOUBLE;
        store.stream(sample, Set.of(column), (batch, chunk, nChunks) -> {
            n[0] += isDouble ? batch.doubles(column).length : batch.ints(column).length;
            return true;
        });
        return n[0];
    }

    /**
     * Rows per table of an in-memory database ({@code Database.inMemory(name)}), read over a
     * second plain JDBC connection, so that a test sees every row a failed import might have
     * left, not only the ones the stores show.
     */
    static Map<String, Long> rowCounts(String inMemoryName) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + inMemoryName, "sa", "");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + inMemoryName + ": " + e.getMessage(), e);
        }
        return counts;
    }

    private static ColumnSpec spec(SampleInfo sample, String column) {
        return sample.columns().stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("sample " + sample.name() + " has no column " + column
                        + "; it has " + sample.columns().stream().map(ColumnSpec::name).toList()));
    }

    /** A file that is neither ROOT nor Parquet nor a CSV of known columns. */
    static Path junk(Path dir, String name) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve(name), "this is not an event file\nat all, really\n");
    }
}
