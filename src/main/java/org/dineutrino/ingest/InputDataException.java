package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a user brought cannot be read as asked: it is not a ROOT file, it is truncated,
 * it holds something this reader does not support (an RNTuple, a {@code std::vector}
 * branch, ...), or its content contradicts itself.
 *
 * <p>The message always names the file, the object inside it (tree, branch, key) and the
 * problem, and the fix where one is known, so that the user interface can show it as is:
 * {@code nano.root: branch 'Muon_pt': basket 3 ends at byte 91234 but the file has 80000 bytes
 * (the file is truncated: copy it again)}.
 */
public final class InputDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String object;
    private final String problem;

    /**
     * @param file    the file, as the user named it
     * @param object  what inside the file: {@code "branch 'Muon_pt'"}, {@code "tree 'Events'"},
     *                or {@code null} when the problem concerns the whole file
     * @param problem what is wrong, with the value found and the value expected, and the fix
     */
    public InputDataException(Path file, String object, String problem) {
        this(file, object, problem, null);
    }

    /** As {@link #InputDataException(Path, String, String)}, keeping the low-level cause. */
    public InputDataException(Path file, String object, String problem, Throwable cause) {
        super(format(file, object, problem), cause);
        this.file = file == null ? "" : file.getFileName().toString();
        this.object = object == null ? "" : object;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The file name (without its directory). */
    public String file() {
        return file;
    }

    /** The object inside the file ({@code "branch 'Muon_pt'"}), or {@code ""} for the whole file. */
    public String object() {
        return object;
    }

    /** The problem, without file and object. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, String object, String problem) {
        String name = file == null ? "(no file)" : String.valueOf(file.getFileName());
        return object == null || object.isEmpty() ? name + ": " + problem
                : name + ": " + object + ": " + problem;
    }
}
