package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored model bytes that are not a model are refused with a message, before TensorFlow sees them. */
class ModelArchiveTest {

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void bytes_that_are_no_zip_are_refused() {
        InputDataException e = assertThrows(InputDataException.class,
                () -> MetModel.readManifest(new byte[] {1, 2, 3, 4}));
        assertTrue(e.getMessage().contains("no manifest.json"), e.getMessage());
    }

    @Test
    void a_zip_without_a_manifest_is_refused() throws IOException {
        byte[] bytes = zip("saved_model/saved_model.pb", "x");

        InputDataException e = assertThrows(InputDataException.class, () -> MetModel.fromBytes(bytes));
        assertTrue(e.getMessage().contains("no manifest.json"), e.getMessage());
    }

    @Test
    void an_unreadable_manifest_is_refused() throws IOException {
        byte[] bytes = zip("manifest.json", "{ not json");

        InputDataException e = assertThrows(InputDataException.class, () -> MetModel.readManifest(bytes));
        assertTrue(e.getMessage().startsWith("the stored MET model is not a readable model archive"), e.getMessage());
    }

    @Test
    void an_entry_that_escapes_the_saved_model_directory_is_refused(@TempDir Path dir) throws IOException {
        byte[] bytes = zip("saved_model/../../escaped.pb", "x");

        InputDataException e = assertThrows(InputDataException.class,
                () -> ModelArchive.unpackSavedModel(bytes, dir));
        assertTrue(e.getMessage().contains("outside its SavedModel"), e.getMessage());
    }
}
