package org.dineutrino.store;

import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Turns one column of one chunk into the compressed bytes stored in H2 and back:
 * little-endian primitives, compressed with Zstandard (aircompressor, pure Java).
 */
final class ColumnCodec {

    private ColumnCodec() {
    }

    static byte[] rawDoubles(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        return buffer.array();
    }

    static byte[] rawInts(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    static double[] doubles(byte[] raw, int nValues) {
        double[] values = new double[nValues];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return values;
    }

    static int[] ints(byte[] raw, int nValues) {
        int[] values = new int[nValues];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
        return values;
    }

    static byte[] compress(byte[] raw) {
        ZstdCompressor compressor = new ZstdCompressor();
        byte[] out = new byte[compressor.maxCompressedLength(raw.length)];
        int n = compressor.compress(raw, 0, raw.length, out, 0, out.length);
        return Arrays.copyOf(out, n);
    }

    static byte[] decompress(byte[] compressed, int rawBytes) {
        byte[] raw = new byte[rawBytes];
        int n = new ZstdDecompressor().decompress(compressed, 0, compressed.length, raw, 0, rawBytes);
        if (n != rawBytes) {
            throw new IllegalStateException("stored chunk decompressed to " + n + " bytes, expected " + rawBytes);
        }
        return raw;
    }
}
