package org.dineutrino.regress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;

/**
 * The byte form of a model: a zip holding {@value #MANIFEST} (JSON) and the TensorFlow SavedModel
 * directory under {@value #SAVED_MODEL_DIR} (saved_model.pb and variables/). Entries are written
 * in sorted order with a fixed time stamp.
 */
final class ModelArchive {

    private ModelArchive() {
    }

    static final String MANIFEST = "manifest.json";
    static final String SAVED_MODEL_DIR = "saved_model/";
    static final String SIGNATURE_KEY = "serving_default";

    /** Zip entry time: 1980-01-01, the zip epoch, so that equal models give equal bytes. */
    private static final long ENTRY_TIME_MS = 315532800000L;

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Exports the session's variables with the network's signature and zips them with the manifest. */
    static byte[] write(Session session, MetNetwork network, ModelManifest manifest) {
        Path dir = createTempDir();
        try {
            Path savedModel = dir.resolve("saved_model");
            SavedModelBundle.exporter(savedModel.toString())
                    .withSession(session)
                    .withSignature(Signature.builder(SIGNATURE_KEY)
                            .input(MetNetwork.INPUT, network.features)
                            .output(MetNetwork.OUTPUT, network.prediction)
                            .build())
                    .export();
            return zip(savedModel, JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("could not export the MET-regression SavedModel to " + dir, e);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static byte[] zip(Path savedModel, byte[] manifestJson) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(savedModel)) {
            putEntry(zip, MANIFEST, manifestJson);
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : sorted) {
                String name = SAVED_MODEL_DIR + savedModel.relativize(file).toString().replace('\\', '/');
                putEntry(zip, name, Files.readAllBytes(file));
            }
        }
        return bytes.toByteArray();
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME_MS);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** The manifest of a model's bytes, without touching TensorFlow. */
    static ModelManifest readManifest(byte[] archive) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(MANIFEST)) {
                    return JSON.readValue(zip.readAllBytes(), ModelManifest.class);
                }
            }
        } catch (IOException e) {
            throw new InputDataException("the stored MET model is not a readable model archive (" + e.getMessage()
                    + "): train the model again");
        }
        throw new InputDataException("the stored MET model has no " + MANIFEST + ": it was not written by this "
                + "application; train the model again");
    }

    /** Unpacks the SavedModel entries into dir/saved_model and returns that directory. */
    static Path unpackSavedModel(byte[] archive, Path dir) {
        Path root = dir.resolve("saved_model").normalize();
        int nFiles = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory() || !e.getName().startsWith(SAVED_MODEL_DIR)) {
                    continue;
                }
                Path target = root.resolve(e.getName().substring(SAVED_MODEL_DIR.length())).normalize();
                if (!target.startsWith(root)) {
                    throw new InputDataException("the stored MET model has an entry outside its SavedModel: "
                            + e.getName());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, zip.readAllBytes());
                nFiles++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the stored MET model into " + dir, e);
        }
        if (nFiles == 0) {
            throw new InputDataException("the stored MET model holds no SavedModel files: train the model again");
        }
        return root;
    }

    static Path createTempDir() {
        try {
            return Files.createTempDirectory("dineutrino-met-model");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary directory for the MET model", e);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the temporary MET model directory " + dir, e);
        }
    }
}
