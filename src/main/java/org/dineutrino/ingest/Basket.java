package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import org.dineutrino.ingest.TreeMetadata.EmbeddedBasket;

/**
 * One basket of a branch, uncompressed: the bytes of its entries and where each starts.
 *
 * <p>On disk a basket is a key (see {@link RootKey}) whose header goes on with the TBasket
 * fields fVersion (2), fBufferSize (4), fNevBufSize (4), fNevBuf (4, the number of entries),
 * fLast (4) and a flag (1). Its (compressed) payload, counted from fKeylen, holds the entry
 * data up to fLast, then for variable-size entries the entry offsets: their number and one
 * int32 per entry, each counted from the basket's start (key header included). Fixed-size
 * entries have no offsets: entry i starts at {@code i * entryBytes}.
 *
 * @param firstEntry the tree entry of the basket's first entry
 * @param nEntries   number of entries
 * @param bytes      the data; entry i occupies {@code [start(i), start(i + 1))}
 * @param starts     start of each entry and, last, the end of the data (length nEntries + 1);
 *                   null for fixed-size entries
 * @param dataStart  index of the first entry in {@code bytes}
 * @param entryBytes bytes per entry when {@code starts} is null
 */
record Basket(long firstEntry, int nEntries, byte[] bytes, int[] starts, int dataStart, int entryBytes) {

    /** Index in {@link #bytes()} where entry {@code i} starts; {@code i == nEntries} gives the end. */
    int start(int i) {
        return starts != null ? starts[i] : dataStart + i * entryBytes;
    }

    /**
     * Decodes a basket read from disk.
     *
     * @param raw         the basket's bytes on disk: key header, TBasket header, payload
     * @param firstEntry  the tree entry of its first entry (fBasketEntry)
     * @param nEntries    the number of entries the branch's index expects
     * @param entryBytes  bytes per entry for a fixed-size branch, or 0 for a variable-size one
     */
    static Basket fromDisk(byte[] raw, long firstEntry, int nEntries, int entryBytes, Path file,
                           String where) {
        RootBuffer in = RootBuffer.of(raw, 0, file, where);
        RootKey key = RootKey.read(in, "");
        in.objectHeader("TBasket");
        in.skip(4 + 4);
        int nevBuf = in.length("fNevBuf");
        int last = in.length("fLast");
        checkSize(key, raw.length, nevBuf, nEntries, last, file, where);
        int keyBytes = key.keyBytes();
        byte[] payload = key.isCompressed()
                ? Compression.decompress(raw, keyBytes, key.diskBytes() - keyBytes, key.objectBytes(), file,
                        where)
                : Arrays.copyOfRange(raw, keyBytes, keyBytes + key.objectBytes());
        int dataEnd = last - keyBytes;
        if (entryBytes > 0) {
            return fixed(firstEntry, nEntries, payload, 0, dataEnd, entryBytes, file, where);
        }
        int[] starts = offsetsAfterData(payload, dataEnd, nEntries, keyBytes, file, where);
        checkStarts(starts, dataEnd, file, where);
        return new Basket(firstEntry, nEntries, payload, starts, 0, 0);
    }

    /** A basket that was streamed inside the TTree record. */
    static Basket fromEmbedded(EmbeddedBasket basket, long firstEntry, int nEntries, int entryBytes,
                               Path file, String where) {
        if (basket.entries() != nEntries) {
            throw new InputDataException(file, where, "holds " + basket.entries() + " entries but the"
                    + " branch's basket index expects " + nEntries + " (the file is damaged)");
        }
        if (entryBytes > 0) {
            return fixed(firstEntry, nEntries, basket.buffer(), basket.keyBytes(), basket.last(), entryBytes,
                    file, where);
        }
        if (basket.entryOffsets() == null || basket.entryOffsets().length < nEntries) {
            throw new InputDataException(file, where, "has variable-size entries but no entry offsets");
        }
        int[] starts = Arrays.copyOf(basket.entryOffsets(), nEntries + 1);
        starts[nEntries] = basket.last();
        checkStarts(starts, basket.last(), file, where);
        return new Basket(firstEntry, nEntries, basket.buffer(), starts, basket.keyBytes(), 0);
    }

    private static Basket fixed(long firstEntry, int nEntries, byte[] bytes, int dataStart, int dataEnd,
                                int entryBytes, Path file, String where) {
        long expected = (long) nEntries * entryBytes;
        if (dataEnd - dataStart != expected || dataEnd > bytes.length) {
            throw new InputDataException(file, where, "holds " + (dataEnd - dataStart) + " bytes of data"
                    + " but " + nEntries + " entries of " + entryBytes + " bytes need " + expected
                    + " (the file is damaged)");
        }
        return new Basket(firstEntry, nEntries, bytes, null, dataStart, entryBytes);
    }

    private static void checkSize(RootKey key, int rawLength, int nevBuf, int nEntries, int last, Path file,
                                  String where) {
        if (key.diskBytes() != rawLength) {
            throw new InputDataException(file, where, "key says it has " + key.diskBytes()
                    + " bytes but the branch's index says " + rawLength + " (the file is damaged)");
        }
        if (nevBuf != nEntries) {
            throw new InputDataException(file, where, "holds " + nevBuf + " entries but the branch's basket"
                    + " index expects " + nEntries + " (the file is damaged)");
        }
        if (last < key.keyBytes() || last - key.keyBytes() > key.objectBytes()) {
            throw new InputDataException(file, where, "fLast " + last + " lies outside its "
                    + key.objectBytes() + " bytes of data (the file is damaged)");
        }
    }

    /** The entry offsets stored after the data, made relative to the payload, with the data end appended. */
    private static int[] offsetsAfterData(byte[] payload, int dataEnd, int nEntries, int keyBytes, Path file,
                                          String where) {
        RootBuffer in = new RootBuffer(payload, dataEnd, payload.length - dataEnd, 0, file, where);
        int n = in.length("number of entry offsets");
        if (n < nEntries) {
            throw new InputDataException(file, where, "has " + n + " entry offsets for " + nEntries
                    + " entries (the file is damaged)");
        }
        int[] starts = new int[nEntries + 1];
        for (int i = 0; i < nEntries; i++) {
            starts[i] = in.i32() - keyBytes;
        }
        starts[nEntries] = dataEnd;
        return starts;
    }

    private static void checkStarts(int[] starts, int dataEnd, Path file, String where) {
        for (int i = 0; i + 1 < starts.length; i++) {
            if (starts[i] < 0 || starts[i] > starts[i + 1] || starts[i + 1] > dataEnd) {
                throw new InputDataException(file, where, "entry " + i + " spans bytes " + starts[i]
                        + "-" + starts[i + 1] + ", outside the data (0-" + dataEnd + ") or backwards"
                        + " (the file is damaged)");
            }
        }
    }
}
