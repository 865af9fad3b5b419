package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.math3.linear.RealMatrix;
import org.dineutrino.testing.SharedData;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the reference cases of ../shared/data/unfolding and compares numbers with them. */
final class ReferenceCase {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReferenceCase() {}

    /** The parsed JSON of unfolding/{name}. */
    static JsonNode read(String name) {
        try {
            return MAPPER.readTree(SharedData.file("unfolding/" + name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(node.get(i));
        }
        return m;
    }

    /** Every element within tolerance × |expected| of its reference. */
    static void assertRelative(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            double bound = tolerance * Math.abs(expected[i]);
            assertTrue(
                    Math.abs(actual[i] - expected[i]) <= bound,
                    what +
                            "[" +
                            i +
                            "]: expected " +
                            expected[i] +
                            ", got " +
                            actual[i] +
                            " (relative " +
                            (actual[i] / expected[i] - 1) +
                            ")");
        }
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertRelative(new double[] {expected}, new double[] {actual}, tolerance, what);
    }

    /**
     * Every covariance element within tolerance × √(V_iiV_jj) of its reference: relative to the
     * size of the bins' errors, so that small correlations are not compared to 1e-8 of themselves.
     */
    static void assertCovariance(
            double[][] expected, RealMatrix actual, double tolerance, String what) {
        int n = expected.length;
        assertEquals(n, actual.getRowDimension(), what + " rows");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double scale = Math.sqrt(Math.abs(expected[i][i] * expected[j][j]));
                double diff = Math.abs(actual.getEntry(i, j) - expected[i][j]);
                assertTrue(
                        diff <= tolerance * scale,
                        what +
                                "[" +
                                i +
                                "][" +
                                j +
                                "]: expected " +
                                expected[i][j] +
                                ", got " +
                                actual.getEntry(i, j) +
                                " (difference " +
                                diff / scale +
                                " of √(ViiVjj))");
            }
        }
    }
}
