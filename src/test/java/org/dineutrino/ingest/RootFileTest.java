package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening ROOT files: header, directories, keys, and the refusals of files that are not
 * ROOT, truncated, or hold an RNTuple. Expected tree names and ROOT versions are those JSROOT
 * 7.11.2 lists for the shared files (see jsroot-reference.mjs).
 */
class RootFileTest {

    @TempDir
    Path tmp;

    @Test
    void lists_the_trees_of_every_shared_ttree_file() {
        try (RootFile dy = RootFile.open(IngestFixtures.shared(IngestFixtures.NANO_DY))) {
            assertEquals(List.of("Events", "Runs"), dy.listTrees());
            assertEquals(61800, dy.rootVersion());
            assertFalse(dy.isLargeFile());
        }
        try (RootFile hzz = RootFile.open(IngestFixtures.hzz("zstd"))) {
            assertEquals(List.of("events"), hzz.listTrees());
        }
        try (RootFile wJets = RootFile.open(IngestFixtures.shared(IngestFixtures.W_JETS))) {
            assertEquals(List.of("Events"), wJets.listTrees());
            assertEquals(62208, wJets.rootVersion());
        }
    }

    @Test
    void refuses_the_rntuple_file_saying_it_is_an_rntuple() {
        Path path = IngestFixtures.shared(IngestFixtures.RNTUPLE);
        try (RootFile file = RootFile.open(path)) {
            assertTrue(file.listTrees().isEmpty(), "an RNTuple is not a tree");
            InputDataException e = assertThrows(InputDataException.class, () -> file.tree("Events"));
            assertTrue(e.getMessage().startsWith(path.getFileName() + ": 'Events': is an RNTuple"), e.getMessage());
            assertTrue(e.getMessage().contains("TTree"), e.getMessage());
        }
    }

    @Test
    void refuses_a_file_that_is_not_root_naming_the_file() {
        Path parquet = IngestFixtures.shared("nanoaod/nano_dy.parquet");
        InputDataException e = assertThrows(InputDataException.class, () -> RootFile.open(parquet));
        assertEquals("nano_dy.parquet", e.file());
        assertTrue(e.problem().startsWith("is not a ROOT file"), e.getMessage());
        assertTrue(e.problem().contains("50 41 52 31"), "shows the first bytes, PAR1: " + e.getMessage());
    }

    @Test
    void refuses_an_empty_file() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.root"));
        InputDataException e = assertThrows(InputDataException.class, () -> RootFile.open(empty));
        assertTrue(e.getMessage().contains("empty.root") && e.getMessage().contains("the file is empty"),
                e.getMessage());
    }

    @Test
    void refuses_a_truncated_file_naming_file_and_sizes() {
        Path source = IngestFixtures.shared(IngestFixtures.NANO_DY);
        Path cut = IngestFixtures.truncatedCopy(source, tmp, 200_000);
        InputDataException e = assertThrows(InputDataException.class, () -> RootFile.open(cut));
        assertEquals("cut-nano_dy.root", e.file());
        assertTrue(e.problem().contains("truncated") && e.problem().contains("352599")
                && e.problem().contains("200000"), e.getMessage());
    }

    @Test
    void refuses_a_truncated_file_even_when_its_header_was_rewritten_to_match() throws IOException {
        Path source = IngestFixtures.shared(IngestFixtures.NANO_DY);
        Path cut = IngestFixtures.truncatedCopy(source, tmp, 300_000);
        byte[] bytes = Files.readAllBytes(cut);
        ByteBuffer.wrap(bytes).putInt(12, 300_000);
        Files.write(cut, bytes);
        InputDataException e = assertThrows(InputDataException.class, () -> RootFile.open(cut));
        assertTrue(e.getMessage().contains("key list") && e.problem().contains("truncated"), e.getMessage());
    }

    @Test
    void names_the_available_trees_when_the_tree_asked_for_is_missing() {
        try (RootFile hzz = RootFile.open(IngestFixtures.hzz("zlib"))) {
            InputDataException e = assertThrows(InputDataException.class, () -> hzz.tree("Events"));
            assertTrue(e.getMessage().contains("tree 'Events'") && e.getMessage().contains("[events]"),
                    e.getMessage());
        }
    }

    @Test
    void a_missing_file_is_refused_naming_it() {
        Path missing = tmp.resolve("nowhere.root");
        InputDataException e = assertThrows(InputDataException.class, () -> RootFile.open(missing));
        assertEquals("nowhere.root: does not exist or is not a regular file", e.getMessage());
    }
}
