package org.dineutrino.cli;

import org.dineutrino.unfold.json.UnfoldCaseJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dineutrino unfold --input case.json [--output out.json]}: unfolds one case in the JSON
 * format of {@link UnfoldCaseJson} (the same as {@code POST /api/unfold}). Exit code 0 on success,
 * 1 when the case cannot be unfolded (the output then holds {@code error}, also printed to standard
 * error), 2 when a file cannot be read or written.
 */
@Command(
        name = "unfold",
        mixinStandardHelpOptions = true,
        description =
                "Unfold one case given as JSON (migrations or response, data, backgrounds," +
                    " method).")
public final class UnfoldCommand implements Callable<Integer> {

    /** Exit code for a case that cannot be unfolded. */
    static final int EXIT_UNFOLDABLE = 1;

    /** Exit code for a file that cannot be read or written. */
    static final int EXIT_IO = 2;

    @Spec private CommandSpec spec;

    @Option(
            names = {"-i", "--input"},
            required = true,
            paramLabel = "FILE",
            description = "the case as JSON; - for standard input")
    private String input;

    @Option(
            names = {"-o", "--output"},
            defaultValue = "-",
            paramLabel = "FILE",
            description = "where to write the result JSON; - (default) for standard output")
    private String output;

    @Override
    public Integer call() {
        String json;
        try {
            json = read(input);
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot read " + input + ": " + e.getMessage());
            return EXIT_IO;
        }
        String result = UnfoldCaseJson.unfold(json);
        try {
            write(output, result);
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot write " + output + ": " + e.getMessage());
            return EXIT_IO;
        }
        if (UnfoldCaseJson.isError(result)) {
            spec.commandLine().getErr().println(result);
            return EXIT_UNFOLDABLE;
        }
        return 0;
    }

    private static String read(String file) throws IOException {
        if ("-".equals(file)) {
            InputStream in = System.in;
            return new String(
                    in.readNBytes(UnfoldCaseJson.MAX_INPUT_CHARS * 4 + 1), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    private void write(String file, String text) throws IOException {
        if ("-".equals(file)) {
            spec.commandLine().getOut().println(text);
            spec.commandLine().getOut().flush();
            return;
        }
        Files.writeString(Path.of(file), text + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
