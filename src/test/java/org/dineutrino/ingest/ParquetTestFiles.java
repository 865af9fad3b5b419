package org.dineutrino.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Parquet files for the tests: the pyarrow-written ones beside the tests
 * ({@code make_pyarrow_files.py} says how they were made), and files written here through
 * parquet-java's example Group API, a writer path independent of {@link ParquetSampleWriter}.
 */
final class ParquetTestFiles {

    private ParquetTestFiles() {
    }

    /** A pyarrow-written file of the test resources. */
    static Path pyarrow(String name) {
        try {
            return Path.of(ParquetTestFiles.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing: run make_pyarrow_files.py", e);
        }
    }

    /**
     * Writes rows with a schema given in Parquet's text form, e.g.
     * {@code message m { required double met; required group jetPt (LIST) { repeated group list
     * { required double element; } } }}.
     */
    static Path write(Path file, String schema, List<Consumer<Group>> rows) {
        MessageType type = MessageTypeParser.parseMessageType(schema);
        SimpleGroupFactory groups = new SimpleGroupFactory(type);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withType(type)
                .withCodecFactory(new ParquetCodecs())
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (Consumer<Group> row : rows) {
                Group group = groups.newGroup();
                row.accept(group);
                writer.write(group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Adds a three-level list {@code name.list.element} of doubles to a row. */
    static void doubles(Group row, String name, double... values) {
        Group list = row.addGroup(name);
        for (double v : values) {
            list.addGroup("list").add("element", v);
        }
    }
}
