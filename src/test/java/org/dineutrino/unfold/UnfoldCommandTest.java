package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dineutrino.cli.UnfoldCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code dineutrino unfold --input case.json --output out.json}. */
class UnfoldCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir Path dir;

    private static int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new UnfoldCommand());
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void unfold_command_writes_the_result_file() throws Exception {
        Path input = dir.resolve("case.json");
        Path output = dir.resolve("out.json");
        Files.writeString(input, UnfoldCaseJsonTest.tunfoldCase().toString());
        int code =
                run(new StringWriter(), "--input", input.toString(), "--output", output.toString());
        assertEquals(0, code);
        JsonNode out = MAPPER.readTree(output.toFile());
        assertEquals(1926.8279882426132, out.get("unfolded").get(0).asDouble(), 1926.8 * 1e-8);
    }

    @Test
    void unfold_command_exits_1_with_the_error_for_an_ill_posed_case() throws Exception {
        Path input = dir.resolve("case.json");
        Path output = dir.resolve("out.json");
        Files.writeString(
                input,
                "{\"method\": \"least-squares\", \"migrations\": [[1, 2]], \"missed\": [1, 1]," +
                        " \"data\": [3]}");
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "-i", input.toString(), "-o", output.toString()));
        assertTrue(MAPPER.readTree(output.toFile()).has("error"));
        assertTrue(err.toString().contains("error"));
    }

    @Test
    void unfold_command_exits_2_for_a_missing_input_file() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--input", dir.resolve("missing.json").toString()));
        assertTrue(err.toString().contains("cannot read"));
    }
}
