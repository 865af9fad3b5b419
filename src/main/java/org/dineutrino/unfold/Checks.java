package org.dineutrino.unfold;

/**
 * Input checks that turn a malformed array into a message naming the quantity, the value received,
 * the value expected and the bin.
 */
final class Checks {

    private Checks() {}

    /**
     * A number in messages: 6 significant digits, trailing zeros dropped (−49.99999999999997 →
     * −50).
     */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6g", value);
        int exponent = s.indexOf('e');
        String mantissa = exponent < 0 ? s : s.substring(0, exponent);
        String rest = exponent < 0 ? "" : s.substring(exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + rest;
    }

    /** Fails unless rows is a non-empty rectangular matrix with at least one column. */
    static void matrixShape(double[][] rows, String what) {
        if (rows == null || rows.length == 0 || rows[0] == null || rows[0].length == 0) {
            throw new InputDataException(
                    what +
                            " is missing or empty: expected [reco][truth] with at " +
                            "least one bin each");
        }
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null || rows[r].length != rows[0].length) {
                throw new InputDataException(
                        what +
                                " is not rectangular: row " +
                                r +
                                " has " +
                                (rows[r] == null ? "no" : rows[r].length) +
                                " columns, row 0 has " +
                                rows[0].length);
            }
        }
    }

    /** Fails unless v has length n; returns v. */
    static double[] length(double[] v, int n, String what) {
        if (v == null) {
            throw new InputDataException(what + " is missing: expected " + n + " values");
        }
        if (v.length != n) {
            throw new InputDataException(
                    what + " has " + v.length + " values, expected " + n + " (one per bin)");
        }
        return v;
    }

    /** Fails unless every value is finite; returns v. */
    static double[] finite(double[] v, String what) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new InputDataException(
                        what + "[" + i + "] = " + v[i] + ", expected a finite number");
            }
        }
        return v;
    }

    /** A copy of v after checking length n, finite and ≥ 0. */
    static double[] nonNegative(double[] v, int n, String what) {
        finite(length(v, n, what), what);
        for (int i = 0; i < n; i++) {
            if (v[i] < 0.0) {
                throw new InputDataException(what + "[" + i + "] = " + v[i] + ", expected ≥ 0");
            }
        }
        return v.clone();
    }

    /** The flat row-major copy of an nRows × nCols matrix after checking shape, finite and ≥ 0. */
    static double[] nonNegative(double[][] rows, int nRows, int nCols, String what) {
        if (rows == null || rows.length != nRows) {
            throw new InputDataException(
                    what +
                            " has " +
                            (rows == null ? "no" : rows.length) +
                            " rows, expected " +
                            nRows +
                            " (reco bins)");
        }
        for (int r = 0; r < nRows; r++) {
            double[] row = rows[r];
            if (row == null || row.length != nCols) {
                throw new InputDataException(
                        what +
                                " row " +
                                r +
                                " has " +
                                (row == null ? "no" : row.length) +
                                " columns, expected " +
                                nCols +
                                " (truth bins)");
            }
            for (int t = 0; t < nCols; t++) {
                if (!Double.isFinite(row[t]) || row[t] < 0.0) {
                    throw new InputDataException(
                            what +
                                    "[" +
                                    r +
                                    "][" +
                                    t +
                                    "] = " +
                                    row[t] +
                                    ", expected a finite number ≥ 0");
                }
            }
        }
        return Flat.flatten(rows, nRows, nCols);
    }
}
