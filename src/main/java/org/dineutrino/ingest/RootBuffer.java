package org.dineutrino.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A big-endian read cursor over one serialised ROOT record (a key's object, a basket, a
 * header), with the bookkeeping ROOT's streamers need: byte counts and the map of objects
 * and classes already read, which later parts of the record refer to by position.
 *
 * <p>ROOT numbers those positions from the start of the key, header included, plus 2
 * ({@code kMapOffset}: tags 0 and 1 mean "null" and "self"). {@link #displacement()} is
 * that position for the current byte: index in the record plus {@code origin}, where
 * {@code origin} is the key length for an object read from a key.
 *
 * <p>Every read is bounds-checked; running past the end is reported as an
 * {@link InputDataException} naming the file and what was being read, never as garbage.
 */
final class RootBuffer {

    /** Set in the first 4 bytes of an object when they hold its byte count. */
    static final long BYTE_COUNT_MASK = 0x40000000L;
    /** Tag announcing a class not seen before in this record; its name follows. */
    static final long NEW_CLASS_TAG = 0xFFFFFFFFL;
    /** Set in a tag that refers to a class by the position where it was first named. */
    static final long CLASS_MASK = 0x80000000L;
    /** Map positions start at 2: tag 0 is the null pointer and tag 1 the object itself. */
    static final int MAP_OFFSET = 2;

    private final byte[] data;
    private final int end;
    private final int origin;
    private final Path file;
    private final String where;
    private final Map<Long, Object> refs = new HashMap<>();
    private int pos;

    /**
     * @param data   the bytes
     * @param start  index of the record's first byte in {@code data}
     * @param length number of bytes of the record
     * @param origin added to the index within the record to get ROOT's map position
     * @param file   for messages
     * @param where  what the record is, for messages ({@code "tree 'Events'"})
     */
    RootBuffer(byte[] data, int start, int length, int origin, Path file, String where) {
        if (start < 0 || length < 0 || start + length > data.length) {
            throw new IllegalArgumentException("record [" + start + ", " + (start + length)
                    + ") outside an array of " + data.length + " bytes");
        }
        this.data = data;
        this.pos = start;
        this.end = start + length;
        this.origin = origin - start;
        this.file = file;
        this.where = where;
    }

    /** A cursor over a whole array whose first byte has map position {@code origin}. */
    static RootBuffer of(byte[] data, int origin, Path file, String where) {
        return new RootBuffer(data, 0, data.length, origin, file, where);
    }

    Path file() {
        return file;
    }

    String where() {
        return where;
    }

    /** Index of the next byte in the backing array. */
    int position() {
        return pos;
    }

    /** Index one past the record's last byte. */
    int end() {
        return end;
    }

    /** ROOT's map position of the next byte (see the class comment). */
    long displacement() {
        return (long) pos + origin;
    }

    void seek(int index) {
        if (index < 0 || index > end) {
            throw corrupt("jump to byte " + index + " outside the record (" + end + " bytes)");
        }
        pos = index;
    }

    void skip(int n) {
        need(n);
        pos += n;
    }

    int u8() {
        need(1);
        return data[pos++] & 0xFF;
    }

    byte i8() {
        need(1);
        return data[pos++];
    }

    short i16() {
        need(2);
        short v = (short) (((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF));
        pos += 2;
        return v;
    }

    int i32() {
        need(4);
        int v = ((data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16)
                | ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    long u32() {
        return i32() & 0xFFFFFFFFL;
    }

    long i64() {
        long high = u32();
        return (high << 32) | u32();
    }

    /** An int32 length field that must not be negative. */
    int length(String what) {
        int n = i32();
        if (n < 0) {
            throw corrupt(what + " is " + n + ", expected a non-negative length");
        }
        return n;
    }

    byte[] bytes(int n) {
        need(n);
        byte[] out = new byte[n];
        System.arraycopy(data, pos, out, 0, n);
        pos += n;
        return out;
    }

    /** A ROOT TString: one length byte, or 255 followed by an int32 length, then the characters. */
    String tString() {
        int n = u8();
        if (n == 255) {
            n = length("string length");
        }
        need(n);
        String s = new String(data, pos, n, StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }

    /** A zero-terminated string (class names after a new-class tag). */
    String cString() {
        int start = pos;
        while (pos < end && data[pos] != 0) {
            pos++;
        }
        if (pos >= end) {
            throw corrupt("class name starting at byte " + start + " has no terminating zero");
        }
        String s = new String(data, start, pos - start, StandardCharsets.ISO_8859_1);
        pos++;
        return s;
    }

    /**
     * The version header of a streamed object: an optional byte count (when the first four
     * bytes have {@link #BYTE_COUNT_MASK} set) and the class version.
     *
     * @return the version and the index one past the object, or -1 when no byte count was written
     */
    ObjectHeader objectHeader(String className) {
        int start = pos;
        long first = u32();
        if ((first & BYTE_COUNT_MASK) == 0) {
            pos = start;
            return new ObjectHeader(className, i16(), start, -1);
        }
        long count = first & ~BYTE_COUNT_MASK;
        if (count > end - pos) {
            throw corrupt(className + " claims " + count + " bytes but only " + (end - pos) + " remain");
        }
        int countedFrom = pos;
        return new ObjectHeader(className, i16(), start, countedFrom + (int) count);
    }

    /** Moves to the end of an object read only in part; an object without byte count cannot be skipped. */
    void skipTo(ObjectHeader header) {
        if (header.end() < 0) {
            throw corrupt(header.className() + " was written without a byte count and cannot be skipped");
        }
        seek(header.end());
    }

    /** Checks that reading an object consumed exactly its byte count. */
    void checkEnd(ObjectHeader header) {
        if (header.end() >= 0 && pos != header.end()) {
            throw corrupt(header.className() + " version " + header.version() + ": read "
                    + (pos - header.start()) + " bytes but its byte count says "
                    + (header.end() - header.start()));
        }
    }

    void remember(long tag, Object value) {
        refs.put(tag, value);
    }

    /** The object or class first read at map position {@code tag}, or null if none was. */
    Object recall(long tag) {
        return refs.get(tag);
    }

    InputDataException corrupt(String problem) {
        return new InputDataException(file, where, problem + " (the file is damaged or was written in a way"
                + " this reader does not know)");
    }

    private void need(int n) {
        if (n < 0 || pos + n > end) {
            throw new InputDataException(file, where, "needs " + n + " bytes at byte " + pos
                    + " but the record ends at byte " + end + " (the file is truncated or damaged)");
        }
    }

    /**
     * A streamed object's version header.
     *
     * @param className for messages
     * @param version   the class version
     * @param start     index of the header's first byte
     * @param end       index one past the object, or -1 without a byte count
     */
    record ObjectHeader(String className, int version, int start, int end) {
    }
}
