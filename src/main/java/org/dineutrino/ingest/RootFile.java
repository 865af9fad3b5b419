package org.dineutrino.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A ROOT file opened for reading: its header, its directories and their keys, and the trees
 * in them. Data are read on demand with positional reads, so a file larger than memory is
 * fine; only the tree metadata and the baskets being read are held.
 *
 * <pre>{@code
 * try (RootFile file = RootFile.open(path)) {
 *     TTreeReader events = file.tree("Events");
 *     BranchBatch batch = events.read(List.of("nMuon", "Muon_pt"), 0, 1000);
 * }
 * }</pre>
 *
 * <p>Layout followed (ROOT's documented file format): the file header (see {@link FileHeader}),
 * the top directory's record at {@code fBEGIN + fNbytesName} (version, two dates, fNbytesKeys,
 * fNbytesName, then fSeekDir, fSeekParent, fSeekKeys of 4 bytes, or 8 when its version is above
 * 1000), and at fSeekKeys the key list: a key header, the number of keys, and one
 * {@link RootKey} header per key. Subdirectories hold the same record as their object.
 *
 * <p>Failures are {@link InputDataException}s naming the file: not a ROOT file, truncated
 * (the header's length is past the end, or a key or basket is), damaged, or a stored object
 * this reader does not read. A {@code RootFile} may be shared between threads; the
 * {@link TTreeReader}s it makes may not.
 */
public final class RootFile implements AutoCloseable {

    /** Directory record version above which its seek fields take 8 bytes. */
    static final int LARGE_DIRECTORY_VERSION = 1000;
    /** Bytes of a directory record up to fSeekKeys with 64-bit seeks: 2 + 4 + 4 + 4 + 4 + 3 * 8. */
    static final int DIRECTORY_RECORD_BYTES = 42;
    /** Deepest subdirectory nesting followed; deeper (or cyclic) structures are refused. */
    static final int MAX_DIRECTORY_DEPTH = 32;

    private final Path path;
    private final FileChannel channel;
    private final long size;
    private final FileHeader header;
    private final Map<String, RootKey> keys;
    private final AtomicLong bytesRead = new AtomicLong();

    private RootFile(Path path, FileChannel channel, long size, FileHeader header) {
        this.path = path;
        this.channel = channel;
        this.size = size;
        this.header = header;
        this.keys = new LinkedHashMap<>();
        readDirectory(header.begin() + header.nameBytes(), "", 0);
    }

    /**
     * Opens a ROOT file and reads its directories.
     *
     * @throws InputDataException if the file cannot be read, is not a ROOT file, or is truncated
     */
    public static RootFile open(Path path) {
        FileChannel channel = openChannel(path);
        try {
            long size = channel.size();
            byte[] start = readAt(channel, path, 0, (int) Math.min(size, FileHeader.MAX_BYTES));
            FileHeader header = header(path, start, size);
            return new RootFile(path, channel, size, header);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, e);
            if (e instanceof InputDataException input) {
                throw input;
            }
            throw new InputDataException(path, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static FileChannel openChannel(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InputDataException(path, null, "does not exist or is not a regular file");
        }
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new InputDataException(path, null, "cannot be opened: " + e.getMessage(), e);
        }
    }

    private static FileHeader header(Path path, byte[] start, long size) {
        if (!FileHeader.hasMagic(start)) {
            throw new InputDataException(path, null, "is not a ROOT file: it does not start with \"root\""
                    + " (its first bytes are " + firstBytes(start) + ")");
        }
        FileHeader header = FileHeader.read(RootBuffer.of(start, 0, path, "file header"));
        if (header.end() > size) {
            throw new InputDataException(path, null, "is truncated: its header says it is " + header.end()
                    + " bytes long but it has " + size + " bytes (copy or download it again)");
        }
        return header;
    }

    /** The file as opened. */
    public Path path() {
        return path;
    }

    /** Its size in bytes. */
    public long size() {
        return size;
    }

    /** The ROOT version that wrote it, e.g. 62208 for 6.22/08. */
    public int rootVersion() {
        return header.rootVersion();
    }

    /** Whether it uses 64-bit file pointers (ROOT's large-file format). */
    public boolean isLargeFile() {
        return header.largeFile();
    }

    /**
     * Bytes read from the file since it was opened (header excepted): the tree records and the
     * baskets of the branches read, so that a caller can see that only those were read.
     */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** Every key of every directory (the highest cycle of each name), in file order. */
    public List<RootKey> keys() {
        return List.copyOf(keys.values());
    }

    /** The paths of the TTrees in the file ({@code "Events"}, {@code "dir/tree"}). */
    public List<String> listTrees() {
        List<String> trees = new ArrayList<>();
        for (RootKey key : keys.values()) {
            if (key.isTree()) {
                trees.add(key.path());
            }
        }
        return Collections.unmodifiableList(trees);
    }

    /** Whether the file has an object of that path (of any class). */
    public boolean has(String path) {
        return keys.containsKey(path);
    }

    /**
     * The tree of that path, its metadata read.
     *
     * @throws InputDataException if there is no such object, it is an RNTuple or another
     *                            class, or its record cannot be read
     */
    public TTreeReader tree(String treePath) {
        RootKey key = keys.get(treePath);
        if (key == null) {
            throw new InputDataException(path, "tree '" + treePath + "'", "is not in the file; its trees are "
                    + listTrees() + " and its objects " + keys.keySet());
        }
        if (key.isRNTuple()) {
            throw new InputDataException(path, "'" + treePath + "'", "is an RNTuple (" + key.className()
                    + "), ROOT's new columnar format, not a TTree: this reader reads TTrees only;"
                    + " write the file as a TTree (NanoAOD's default) to import it");
        }
        if (!key.isTree()) {
            throw new InputDataException(path, "'" + treePath + "'", "is a " + key.className()
                    + ", not a TTree; the file's trees are " + listTrees());
        }
        byte[] object = readObject(key);
        return new TTreeReader(this, TreeStreamer.readTree(object, key.keyBytes(), path, treePath));
    }

    /** The uncompressed bytes of a key's object. */
    byte[] readObject(RootKey key) {
        String where = key.className() + " '" + key.path() + "'";
        byte[] raw = read(key.seek() + key.keyBytes(), key.diskBytes() - key.keyBytes(), where);
        if (!key.isCompressed()) {
            return raw;
        }
        return Compression.decompress(raw, 0, raw.length, key.objectBytes(), path, where);
    }

    /**
     * Reads {@code length} bytes at {@code position}.
     *
     * @throws InputDataException naming {@code where} if they lie past the end of the file
     */
    byte[] read(long position, int length, String where) {
        if (position < 0 || length < 0 || position + length > size) {
            throw new InputDataException(path, where, "lies at bytes " + position + "-" + (position + length)
                    + " but the file has " + size + " bytes (the file is truncated or damaged)");
        }
        try {
            bytesRead.addAndGet(length);
            return readAt(channel, path, position, length);
        } catch (IOException e) {
            throw new InputDataException(path, where, "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new InputDataException(path, null, "cannot be closed: " + e.getMessage(), e);
        }
    }

    private void readDirectory(long recordPosition, String prefix, int depth) {
        if (depth > MAX_DIRECTORY_DEPTH) {
            throw new InputDataException(path, "directory '" + prefix + "'", "is nested deeper than "
                    + MAX_DIRECTORY_DEPTH + " levels (the file is damaged)");
        }
        String where = prefix.isEmpty() ? "top directory" : "directory '" + prefix + "'";
        int length = (int) Math.min(DIRECTORY_RECORD_BYTES, size - recordPosition);
        RootBuffer record = RootBuffer.of(read(recordPosition, length, where), 0, path, where);
        readKeyList(directoryKeys(record), prefix, depth);
    }

    /** The (position, length) of a directory's key list, from its record. */
    private static long[] directoryKeys(RootBuffer record) {
        int version = record.i16();
        record.skip(4 + 4);
        int keysBytes = record.length("fNbytesKeys");
        record.skip(4);
        boolean large = version > LARGE_DIRECTORY_VERSION;
        record.skip(large ? 16 : 8);
        long seekKeys = large ? record.i64() : record.u32();
        return new long[] {seekKeys, keysBytes};
    }

    private void readKeyList(long[] list, String prefix, int depth) {
        String where = prefix.isEmpty() ? "key list" : "key list of '" + prefix + "'";
        if (list[0] == 0) {
            return;
        }
        RootBuffer in = RootBuffer.of(read(list[0], (int) list[1], where), 0, path, where);
        RootKey self = RootKey.read(in, prefix);
        in.seek(self.keyBytes());
        int n = in.length("number of keys");
        List<RootKey> found = new ArrayList<>(Math.min(n, 10_000));
        for (int i = 0; i < n; i++) {
            found.add(RootKey.read(in, prefix));
        }
        for (RootKey key : found) {
            addKey(key, depth);
        }
    }

    private void addKey(RootKey key, int depth) {
        RootKey previous = keys.get(key.path());
        if (previous == null || previous.cycle() < key.cycle()) {
            keys.put(key.path(), key);
        }
        if (key.isDirectory() && (previous == null || previous.cycle() < key.cycle())) {
            readDirectory(key.seek() + key.keyBytes(), key.path() + "/", depth + 1);
        }
    }

    private static byte[] readAt(FileChannel channel, Path path, long position, int length)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new InputDataException(path, null, "ended at byte " + (position + buffer.position())
                        + " while reading " + length + " bytes at " + position + " (the file is truncated)");
            }
        }
        return buffer.array();
    }

    private static String firstBytes(byte[] start) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, start.length); i++) {
            sb.append(String.format("%02x ", start[i] & 0xFF));
        }
        return sb.length() == 0 ? "none: the file is empty" : sb.toString().trim();
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        try {
            channel.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
