package org.dineutrino.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the shared reference files: the system property
 * {@code dineutrino.shared.data} (default {@code ../shared/data} from the repository
 * root, as in CI). A missing directory fails the test; it never skips.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data directory ({@code nanoaod/}, {@code theory/}, {@code unfolding/}, ...). */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("dineutrino.shared.data", "../shared/data"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("shared data directory " + dir.toAbsolutePath()
                    + " is missing: set -Ddineutrino.shared.data=DIR");
        }
        return dir;
    }

    /** A file under the shared data directory; fails if it does not exist. */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared data file " + file.toAbsolutePath() + " is missing");
        }
        return file;
    }

    /** The simulation's physics references, {@code physics/} beside the data directory. */
    public static Path physics(String relative) {
        Path file = dir().toAbsolutePath().getParent().resolve("physics").resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException("shared physics file " + file + " is missing");
        }
        return file;
    }
}
