package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The numbers of CSV cells: integers in decimal ({@code true}/{@code false} as 1/0, as pandas
 * writes booleans), doubles as Java or Python print them ({@code NaN}, {@code nan},
 * {@code Infinity}, {@code inf}, {@code -inf} included). A refusal names the file, the line and
 * the column.
 */
final class CsvCells {

    private final Path file;

    CsvCells(Path file) {
        this.file = file;
    }

    /** The integer of a cell. */
    int parseInt(String cell, long line, String column) {
        String text = cell.strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.equalsIgnoreCase("true") ? 1 : 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw badValue(line, column, text, "an integer");
        }
    }

    /** The double of a cell; exact for the text {@link Double#toString(double)} writes. */
    double parseDouble(String cell, long line, String column) {
        String text = cell.strip();
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "-nan", "+nan" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> parseDecimal(text, line, column);
        };
    }

    /** A decimal number; Java's type suffixes ({@code 1.5f}, {@code 2d}) are not numbers in CSV. */
    private double parseDecimal(String text, long line, String column) {
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        if (!Character.isDigit(last) && last != '.') {
            throw badValue(line, column, text, "a number");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw badValue(line, column, text, "a number");
        }
    }

    private InputDataException badValue(long line, String column, String text, String expected) {
        String found = text.isEmpty() ? "is empty" : "holds '" + text + "'";
        String hint = text.isEmpty() ? " (every event needs a value here; write NaN for a missing number)"
                : "";
        return new InputDataException(file, "line " + line + ", column '" + column + "'", found
                + ", which is not " + expected + hint);
    }
}
