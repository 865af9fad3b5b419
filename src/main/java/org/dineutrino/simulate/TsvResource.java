package org.dineutrino.simulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated physics tables shipped under {@code src/main/resources/physics/}
 * (copies of {@code shared/physics}; their README names the sources).
 */
final class TsvResource {

    private TsvResource() {
    }

    /**
     * The data rows of a table: lines that are neither blank nor start with '#', split at tabs
     * (empty fields kept).
     *
     * @throws IllegalStateException if the resource is not on the class path (a broken build)
     */
    static List<String[]> rows(String name) {
        String path = "/physics/" + name;
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("physics table " + path + " is missing from the class path;"
                        + " rebuild with src/main/resources/physics/ present");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read physics table " + path, e);
        }
    }

    /** A numeric field; an empty field reads as {@code ifEmpty}. */
    static double number(String[] row, int column, double ifEmpty) {
        String text = column < row.length ? row[column].trim() : "";
        return text.isEmpty() ? ifEmpty : Double.parseDouble(text);
    }
}
