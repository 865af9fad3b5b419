package org.dineutrino.ingest;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * The values of one branch for a range of entries, as read from its baskets: the values of
 * all entries back to back, and for a jagged branch the number of counter units per entry.
 *
 * <p>Values stay in the file's big-endian encoding until asked for, in the type the caller
 * wants: {@link #toDoubles()} for any type (exact for every type but 64-bit integers above
 * 2<sup>53</sup>), {@link #toInts()} and {@link #toLongs()} for integer types, refusing a value
 * that does not fit instead of wrapping it.
 */
public final class BranchData {

    private final Path file;
    private final BranchInfo info;
    private final int nEntries;
    private final int[] counts;
    private final byte[] raw;
    private final int nValues;

    BranchData(Path file, BranchInfo info, int nEntries, int[] counts, byte[] raw, int rawLength) {
        this.file = file;
        this.info = info;
        this.nEntries = nEntries;
        this.counts = counts;
        this.raw = raw;
        this.nValues = rawLength / info.type().bytes();
    }

    /** The branch. */
    public BranchInfo info() {
        return info;
    }

    /** The value type. */
    public LeafType type() {
        return info.type();
    }

    /** Number of entries read. */
    public int nEntries() {
        return nEntries;
    }

    /** Number of values: one per entry for a scalar branch, the sum of the counts times values per count. */
    public int size() {
        return nValues;
    }

    /**
     * For a jagged branch the counter value of each entry (length {@link #nEntries()}); an
     * entry holds {@code counts[i] * info().valuesPerCount()} values. Null for a flat branch.
     */
    public int[] counts() {
        return counts;
    }

    /** All values as double. */
    public double[] toDoubles() {
        double[] out = new double[nValues];
        ByteBuffer b = ByteBuffer.wrap(raw);
        switch (type()) {
            case FLOAT32 -> floats(b, out);
            case FLOAT64 -> b.asDoubleBuffer().get(out, 0, nValues);
            case INT64 -> {
                for (int i = 0; i < nValues; i++) {
                    out[i] = b.getLong(8 * i);
                }
            }
            case UINT64 -> unsignedLongs(b, out);
            default -> {
                for (int i = 0; i < nValues; i++) {
                    out[i] = wideInteger(b, i);
                }
            }
        }
        return out;
    }

    /**
     * All values as int, for integer and boolean types.
     *
     * @throws IllegalStateException for a floating-point branch (a caller mistake)
     * @throws InputDataException    if a value does not fit in an int (a UInt_t above 2^31 - 1,
     *                               a large Long64_t)
     */
    public int[] toInts() {
        requireInteger("int");
        int[] out = new int[nValues];
        ByteBuffer b = ByteBuffer.wrap(raw);
        boolean wide = type() == LeafType.UINT32 || type() == LeafType.INT64 || type() == LeafType.UINT64;
        for (int i = 0; i < nValues; i++) {
            if (wide) {
                long v = wideInteger(b, i);
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw outOfRange(i, Long.toString(v), "an int");
                }
                out[i] = (int) v;
            } else {
                out[i] = smallInteger(b, i);
            }
        }
        return out;
    }

    /**
     * All values as long, for integer and boolean types.
     *
     * @throws IllegalStateException for a floating-point branch
     * @throws InputDataException    for a ULong64_t value above 2^63 - 1
     */
    public long[] toLongs() {
        requireInteger("long");
        long[] out = new long[nValues];
        ByteBuffer b = ByteBuffer.wrap(raw);
        for (int i = 0; i < nValues; i++) {
            out[i] = wideInteger(b, i);
            if (type() == LeafType.UINT64 && out[i] < 0) {
                throw outOfRange(i, Long.toUnsignedString(out[i]), "a long");
            }
        }
        return out;
    }

    private static void floats(ByteBuffer b, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getFloat(4 * i);
        }
    }

    private static void unsignedLongs(ByteBuffer b, double[] out) {
        for (int i = 0; i < out.length; i++) {
            long v = b.getLong(8 * i);
            out[i] = v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
        }
    }

    /** A value of a type of at most 32 bits that fits an int (all but UInt_t). */
    private int smallInteger(ByteBuffer b, int i) {
        return switch (type()) {
            case BOOL, INT8 -> b.get(i);
            case UINT8 -> b.get(i) & 0xFF;
            case INT16 -> b.getShort(2 * i);
            case UINT16 -> b.getShort(2 * i) & 0xFFFF;
            case INT32 -> b.getInt(4 * i);
            default -> throw new IllegalStateException(type() + " is not a small integer type");
        };
    }

    private long wideInteger(ByteBuffer b, int i) {
        return switch (type()) {
            case UINT32 -> b.getInt(4 * i) & 0xFFFFFFFFL;
            case INT64, UINT64 -> b.getLong(8 * i);
            default -> smallInteger(b, i);
        };
    }

    private void requireInteger(String target) {
        if (!type().isInteger()) {
            throw new IllegalStateException("branch '" + info.name() + "' holds " + type().rootName()
                    + " values; read it with toDoubles(), not as " + target);
        }
    }

    private InputDataException outOfRange(int index, String value, String target) {
        return new InputDataException(file, "branch '" + info.name() + "'", "value " + index + " is " + value
                + ", which does not fit " + target);
    }
}
