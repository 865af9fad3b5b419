package org.dineutrino.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dineutrino.testing.SharedData;

/** Shared files of the ingest tests and damaged copies of them. */
final class IngestFixtures {

    static final String HZZ = "trees/uproot-HZZ-%s.root";
    static final List<String> COMPRESSIONS = List.of("zlib", "lzma", "lz4", "zstd", "uncompressed");
    static final String NANO_DY = "nanoaod/nano_dy.root";
    static final String OPEN_DATA = "nanoaod/open-data-example.root";
    static final String W_JETS = "nanoaod/nanoAOD_2015_CMS_Open_Data_ttbar.root";
    static final String RNTUPLE = "nanoaod/cmsopendata2015_ttbar_19980_NANOAOD_RNTupleImporter_rntuple_v1-0-0-1.root";

    private IngestFixtures() {
    }

    static Path shared(String relative) {
        return SharedData.file(relative);
    }

    static Path hzz(String compression) {
        return shared(String.format(HZZ, compression));
    }

    /** A copy of {@code source} in {@code dir} cut to its first {@code keep} bytes. */
    static Path truncatedCopy(Path source, Path dir, long keep) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            Path copy = dir.resolve("cut-" + source.getFileName());
            Files.write(copy, Arrays.copyOf(bytes, (int) keep));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code source} whose first occurrence of {@code from} in bytes
     * {@code [start, end)} is replaced by {@code to} (same length).
     */
    static Path patchedCopy(Path source, Path dir, long start, long end, String from, String to) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            byte[] needle = from.getBytes(StandardCharsets.US_ASCII);
            int at = indexOf(bytes, needle, (int) start, (int) end);
            if (at < 0 || from.length() != to.length()) {
                throw new IllegalStateException("'" + from + "' not found in bytes " + start + "-" + end);
            }
            System.arraycopy(to.getBytes(StandardCharsets.US_ASCII), 0, bytes, at, needle.length);
            Path copy = dir.resolve("patched-" + source.getFileName());
            Files.write(copy, bytes);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The uncompressed HZZ file with its first float leaf class renamed from TLeafF to TLeafC:
     * every Float_t branch (they all refer back to that class) becomes a string branch, a
     * valid ROOT leaf class this reader does not decode. TLeafC streams the same number of
     * bytes as TLeafF (two 4-byte limits), so the rest of the tree still parses.
     */
    static Path hzzWithStringLeaves(Path dir) {
        Path source = hzz("uncompressed");
        try (RootFile file = RootFile.open(source)) {
            RootKey tree = file.keys().stream().filter(RootKey::isTree).findFirst().orElseThrow();
            return patchedCopy(source, dir, tree.seek(), tree.seek() + tree.diskBytes(), "TLeafF", "TLeafC");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int start, int end) {
        for (int i = start; i + needle.length <= end; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
