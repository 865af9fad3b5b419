package org.dineutrino.ingest;

import java.nio.charset.StandardCharsets;

/**
 * The fixed header at the start of a ROOT file.
 *
 * <p>Layout: {@code "root"}, fVersion (4), fBEGIN (4), then fEND, fSeekFree (4 bytes each, or
 * 8 in a large file), fNbytesFree (4), nfree (4), fNbytesName (4), fUnits (1), fCompress (4),
 * fSeekInfo (4 or 8), fNbytesInfo (4), UUID. A file is "large" (64-bit pointers, needed past
 * 2 GB) when fVersion is above {@link #LARGE_FILE_VERSION}; the ROOT version that wrote it is
 * fVersion modulo that ({@code 62208} is ROOT 6.22/08).
 *
 * @param rootVersion  ROOT version that wrote the file, e.g. 62208
 * @param largeFile    whether the file uses 64-bit pointers
 * @param begin        position of the top directory's key (fBEGIN)
 * @param end          file length the header declares (fEND)
 * @param nameBytes    bytes of the top key header and its name and title (fNbytesName)
 * @param compression  the file's default compression setting (100 * algorithm + level)
 * @param seekInfo     position of the streamer-info key
 */
record FileHeader(int rootVersion, boolean largeFile, long begin, long end, int nameBytes, int compression,
                  long seekInfo) {

    /** fVersion above this marks 64-bit pointers. */
    static final int LARGE_FILE_VERSION = 1_000_000;
    /** Bytes to read to be sure to hold the header of either layout. */
    static final int MAX_BYTES = 64;
    /** The magic bytes of every ROOT file. */
    static final byte[] MAGIC = "root".getBytes(StandardCharsets.US_ASCII);

    /** Whether {@code bytes} start with the ROOT magic. */
    static boolean hasMagic(byte[] bytes) {
        if (bytes.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Parses the header; the caller has checked the magic. */
    static FileHeader read(RootBuffer in) {
        in.skip(MAGIC.length);
        int version = in.i32();
        boolean large = version > LARGE_FILE_VERSION;
        long begin = in.u32();
        long end = large ? in.i64() : in.u32();
        in.skip(large ? 8 : 4);
        in.skip(4 + 4);
        int nameBytes = in.i32();
        in.skip(1);
        int compression = in.i32();
        long seekInfo = large ? in.i64() : in.u32();
        return new FileHeader(version % LARGE_FILE_VERSION, large, begin, end, nameBytes, compression,
                seekInfo);
    }
}
