package org.dineutrino.ingest;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A growing column of values in ROOT's big-endian encoding, with per-row counts for a list
 * column: what {@link BranchData} holds, so that flat files feed the NanoAOD import exactly as
 * a tree does.
 */
final class RawValues {

    private static final int INITIAL_BYTES = 1 << 12;

    private final LeafType type;
    private final boolean list;
    private ByteBuffer values = ByteBuffer.allocate(INITIAL_BYTES);
    private int[] counts = new int[16];
    private int rows;

    RawValues(LeafType type, boolean list) {
        this.type = type;
        this.list = list;
    }

    LeafType type() {
        return type;
    }

    int rows() {
        return rows;
    }

    /** Ends a row that holds {@code count} values (1 for a flat column). */
    void endRow(int count) {
        if (rows == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
        }
        counts[rows++] = count;
    }

    void putDouble(double v) {
        room(Double.BYTES).putDouble(v);
    }

    void putFloat(float v) {
        room(Float.BYTES).putFloat(v);
    }

    void putLong(long v) {
        room(Long.BYTES).putLong(v);
    }

    void putInt(int v) {
        room(Integer.BYTES).putInt(v);
    }

    void putByte(byte v) {
        room(1).put(v);
    }

    /** Number of values in row {@code row}. */
    int count(int row) {
        return counts[row];
    }

    /** The column as branch data (shares the buffer: build it once, after the last row). */
    BranchData toBranchData(Path file, BranchInfo info) {
        int[] perRow = list ? Arrays.copyOf(counts, rows) : null;
        return new BranchData(file, info, rows, perRow, values.array(), values.position());
    }

    private ByteBuffer room(int bytes) {
        if (values.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(values.capacity() * 2, values.position() + bytes));
            larger.put(values.array(), 0, values.position());
            values = larger;
        }
        return values;
    }
}
