package org.dineutrino.ingest;

/**
 * One entry of a ROOT directory (a TKey): where an object lies in the file and what it is.
 *
 * <p>On disk a key is a header followed by the object's bytes, compressed when
 * {@code objectBytes > diskBytes - keyBytes}:
 * {@code fNbytes(4) fVersion(2) fObjlen(4) fDatime(4) fKeylen(2) fCycle(2) fSeekKey fSeekPdir
 * fClassName fName fTitle}, where the two seeks take 4 bytes, or 8 when {@code fVersion > 1000}
 * (files over 2 GB), and the names are ROOT strings.
 *
 * @param path        the object's name with its directories ({@code "Events"}, {@code "dir/tree"})
 * @param className   the stored class ({@code "TTree"}, {@code "ROOT::RNTuple"}, ...)
 * @param title       the object's title
 * @param cycle       the cycle number; a directory may hold several cycles of one name
 * @param diskBytes   bytes of header plus (compressed) object on disk (fNbytes)
 * @param objectBytes bytes of the object uncompressed (fObjlen)
 * @param keyBytes    bytes of the header (fKeylen)
 * @param seek        file position of the header (fSeekKey)
 */
public record RootKey(String path, String className, String title, int cycle, int diskBytes, int objectBytes,
                      int keyBytes, long seek) {

    /** Version above which a key's seek fields take 8 bytes. */
    static final int LARGE_FILE_VERSION = 1000;

    /** Whether the object is a TTree (or a subclass ROOT uses for trees: TNtuple, TNtupleD). */
    public boolean isTree() {
        return className.equals("TTree") || className.equals("TNtuple") || className.equals("TNtupleD");
    }

    /** Whether the object is an RNTuple, ROOT's successor of TTree, which this reader does not read. */
    public boolean isRNTuple() {
        return className.endsWith("RNTuple");
    }

    /** Whether the object is a subdirectory. */
    public boolean isDirectory() {
        return className.equals("TDirectory") || className.equals("TDirectoryFile");
    }

    /** Whether the object's bytes are compressed on disk. */
    public boolean isCompressed() {
        return objectBytes > diskBytes - keyBytes;
    }

    /**
     * Reads a key header at the cursor (see the class comment for the layout).
     *
     * @param directory the path prefix of the directory holding the key ({@code ""} at the top)
     */
    static RootKey read(RootBuffer in, String directory) {
        int diskBytes = in.i32();
        int version = in.i16();
        int objectBytes = in.i32();
        in.skip(4);
        int keyBytes = in.i16();
        int cycle = in.i16();
        long seek = version > LARGE_FILE_VERSION ? in.i64() : in.u32();
        in.skip(version > LARGE_FILE_VERSION ? 8 : 4);
        String className = in.tString();
        String name = in.tString();
        String title = in.tString();
        if (diskBytes < keyBytes || objectBytes < 0 || keyBytes <= 0) {
            throw in.corrupt("key '" + name + "' has sizes fNbytes " + diskBytes + ", fKeylen " + keyBytes
                    + ", fObjlen " + objectBytes);
        }
        return new RootKey(directory + name, className, title, cycle, diskBytes, objectBytes, keyBytes, seek);
    }
}
