package org.dineutrino.regress;

import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The one place where doubles become the floats TensorFlow computes with, and back: features are
 * standardised in double and rounded once; predictions are widened and scaled back to GeV.
 */
final class TensorBoundary {

    private TensorBoundary() {
    }

    /** Standardised features (x - mean) / std of rows [from, to), row-major, as float. */
    static float[] standardisedRows(FeatureMatrix m, Standardisation s, int from, int to) {
        int nF = m.nFeatures();
        double[] x = m.values();
        double[] mean = s.means();
        double[] std = s.stds();
        float[] out = new float[(to - from) * nF];
        for (int r = from; r < to; r++) {
            int src = r * nF;
            int dst = (r - from) * nF;
            for (int f = 0; f < nF; f++) {
                out[dst + f] = (float) ((x[src + f] - mean[f]) / std[f]);
            }
        }
        return out;
    }

    /** Targets (puppi - gen) / scale, interleaved (x, y) per row, as float. */
    static float[] scaledTargets(RegressionData d, double scale) {
        float[] out = new float[2 * d.nRows()];
        for (int r = 0; r < d.nRows(); r++) {
            out[2 * r] = (float) ((d.puppiPx()[r] - d.genPx()[r]) / scale);
            out[2 * r + 1] = (float) ((d.puppiPy()[r] - d.genPy()[r]) / scale);
        }
        return out;
    }

    static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** A [nRows, nCols] tensor holding a copy of values (row-major). */
    static TFloat32 matrix(float[] values, int nRows, int nCols) {
        return TFloat32.tensorOf(Shape.of(nRows, nCols), DataBuffers.of(values, true, false));
    }

    static TFloat32 vector(float[] values) {
        return TFloat32.tensorOf(Shape.of(values.length), DataBuffers.of(values, true, false));
    }

    /** Copies rows[from..to) of a row-major float matrix of nCols columns into dst, one after another. */
    static void gatherRows(float[] src, int nCols, int[] rows, int from, int to, float[] dst) {
        for (int k = from; k < to; k++) {
            System.arraycopy(src, rows[k] * nCols, dst, (k - from) * nCols, nCols);
        }
    }

    /** Copies a [n, 2] prediction into px, py from offset on, multiplied by scale (back to GeV). */
    static void readPrediction(TFloat32 t, double scale, double[] px, double[] py, int offset) {
        int n = (int) t.shape().get(0);
        float[] buffer = new float[2 * n];
        t.copyTo(DataBuffers.of(buffer, false, false));
        for (int r = 0; r < n; r++) {
            px[offset + r] = buffer[2 * r] * scale;
            py[offset + r] = buffer[2 * r + 1] * scale;
        }
    }

    static float scalar(TFloat32 t) {
        return t.getFloat();
    }
}
