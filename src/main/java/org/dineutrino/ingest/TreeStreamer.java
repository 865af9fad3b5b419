package org.dineutrino.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dineutrino.ingest.RootBuffer.ObjectHeader;
import org.dineutrino.ingest.TreeMetadata.Branch;
import org.dineutrino.ingest.TreeMetadata.EmbeddedBasket;
import org.dineutrino.ingest.TreeMetadata.Leaf;
import org.dineutrino.ingest.TreeMetadata.Tree;

/**
 * Reads the streamed TTree record: the tree, its TBranch and TLeaf objects and the basket
 * index of each branch.
 *
 * <p>The member layouts are those ROOT 6 writes, as its streamer infos list them: TTree
 * versions 19 and 20, TBranch 12 and 13, TLeaf 2, TObjArray 3. A class this reader does not
 * decode (TBranchElement for {@code std::vector} and objects, TLeafC, ...) is skipped with
 * its byte count and kept with a {@code problem} that names it, so that the other branches
 * stay readable and asking for that one gives a clear error. Every decoded object is checked
 * against its byte count, so a layout this reader gets wrong is refused instead of misread.
 */
final class TreeStreamer {

    /** TTree class versions whose layout this reader knows (ROOT 6: 19 up to 6.08, then 20). */
    static final int MIN_TREE_VERSION = 19;
    static final int MAX_TREE_VERSION = 20;
    /** TBranch class versions whose layout this reader knows (13 adds fIOFeatures, ROOT 6.10). */
    static final int MIN_BRANCH_VERSION = 12;
    static final int MAX_BRANCH_VERSION = 13;
    /** TObject's fBits flag saying a process id follows (kIsReferenced). */
    static final int IS_REFERENCED = 1 << 4;

    /**
     * Stands for a class named in a part of the record this reader skipped (inside an object
     * it does not decode); objects of it are skipped by their byte count.
     */
    static final String UNKNOWN_CLASS = "a class named in a skipped object";

    private final RootBuffer in;

    private TreeStreamer(RootBuffer in) {
        this.in = in;
    }

    /**
     * Reads a TTree from the uncompressed bytes of its key.
     *
     * @param keyBytes the key header length: ROOT counts object positions from the key's start
     */
    static Tree readTree(byte[] object, int keyBytes, java.nio.file.Path file, String treeName) {
        RootBuffer in = RootBuffer.of(object, keyBytes, file, "tree '" + treeName + "'");
        return new TreeStreamer(in).tree();
    }

    private Tree tree() {
        ObjectHeader header = in.objectHeader("TTree");
        if (header.version() < MIN_TREE_VERSION || header.version() > MAX_TREE_VERSION) {
            throw new InputDataException(in.file(), in.where(), "was written with TTree class version "
                    + header.version() + "; this reader knows versions " + MIN_TREE_VERSION + "-"
                    + MAX_TREE_VERSION + " (ROOT 6): rewrite the file with ROOT 6"
                    + " (hadd -f new.root old.root)");
        }
        String[] nameTitle = named();
        skipObject("TAttLine");
        skipObject("TAttFill");
        skipObject("TAttMarker");
        long entries = in.i64();
        in.skip(4 * 8 + 8 + 4 * 4);
        int nClusterRange = in.length("fNClusterRange");
        in.skip(6 * 8);
        pointerArray(nClusterRange, 8);
        pointerArray(nClusterRange, 8);
        if (header.version() >= 20) {
            skipObject("TIOFeatures");
        }
        List<Branch> branches = branchesOf(objArray());
        return new Tree(nameTitle[0], nameTitle[1], header.version(), entries, branches);
    }

    /** TNamed: TObject, then name and title. */
    private String[] named() {
        ObjectHeader header = in.objectHeader("TNamed");
        object();
        String[] nameTitle = {in.tString(), in.tString()};
        in.checkEnd(header);
        return nameTitle;
    }

    /** TObject: version, fUniqueID, fBits, and a process id when fBits says the object is referenced. */
    private void object() {
        in.objectHeader("TObject");
        in.skip(4);
        int bits = in.i32();
        if ((bits & IS_REFERENCED) != 0) {
            in.skip(2);
        }
    }

    private void skipObject(String className) {
        in.skipTo(in.objectHeader(className));
    }

    /** A basic-type array member {@code T* f //[n]}: a one-byte flag, then n values. */
    private void pointerArray(int n, int bytesPerValue) {
        in.skip(1);
        in.skip(n * bytesPerValue);
    }

    /** TObjArray: TObject, name, count, lower bound, then each element as a pointer. */
    private List<Object> objArray() {
        ObjectHeader header = in.objectHeader("TObjArray");
        if (header.version() > 2) {
            object();
        }
        if (header.version() > 1) {
            in.tString();
        }
        int n = in.length("TObjArray size");
        in.skip(4);
        List<Object> items = new ArrayList<>(Math.min(n, 4096));
        for (int i = 0; i < n; i++) {
            items.add(objectAny());
        }
        in.checkEnd(header);
        return items;
    }

    /**
     * A pointer to an object of any class (ROOT's ReadObjectAny): a null or a reference to an
     * object already read, or a (new or already named) class followed by the object.
     *
     * @return the object, null, or an {@link Unreadable} for an unknown class or reference
     */
    private Object objectAny() {
        long beg = in.displacement();
        long first = in.u32();
        boolean counted = (first & RootBuffer.BYTE_COUNT_MASK) != 0 && first != RootBuffer.NEW_CLASS_TAG;
        int end = counted ? in.position() + (int) (first & ~RootBuffer.BYTE_COUNT_MASK) : -1;
        long classStart = in.displacement();
        long tag = counted ? in.u32() : first;
        if ((tag & RootBuffer.CLASS_MASK) == 0) {
            return reference(tag);
        }
        if (!counted) {
            throw in.corrupt("object at byte " + in.position() + " has a class tag but no byte count");
        }
        String className = className(tag, classStart);
        Object value = objectOfClass(className, end);
        in.remember(beg + RootBuffer.MAP_OFFSET, value);
        return value;
    }

    private Object reference(long tag) {
        if (tag == 0) {
            return null;
        }
        Object known = in.recall(tag);
        return known == null || known instanceof ClassName ? new Unreadable("object at map position " + tag)
                : known;
    }

    private String className(long tag, long classStart) {
        if (tag == RootBuffer.NEW_CLASS_TAG) {
            String name = in.cString();
            in.remember(classStart + RootBuffer.MAP_OFFSET, new ClassName(name));
            return name;
        }
        Object known = in.recall(tag & ~RootBuffer.CLASS_MASK);
        return known instanceof ClassName name ? name.name()
                : UNKNOWN_CLASS + " at map position " + (tag & ~RootBuffer.CLASS_MASK);
    }

    private Object objectOfClass(String className, int end) {
        Object value;
        if (className.equals("TBranch")) {
            value = branch();
        } else if (className.startsWith("TBranch")) {
            value = derivedBranch(className, end);
        } else if (className.startsWith("TLeaf")) {
            value = leaf(className, end);
        } else if (className.equals("TBasket")) {
            value = embeddedBasket();
        } else if (className.equals("TObjArray")) {
            value = objArray();
        } else {
            value = new Unreadable(className);
        }
        if (in.position() != end) {
            if (!(value instanceof Unreadable) && in.position() > end) {
                throw in.corrupt(className + " read past its byte count");
            }
            in.seek(end);
        }
        return value;
    }

    /** TBranch (versions 12, 13); other versions are skipped and kept with a problem. */
    private Branch branch() {
        ObjectHeader header = in.objectHeader("TBranch");
        String[] nameTitle = named();
        if (header.version() < MIN_BRANCH_VERSION || header.version() > MAX_BRANCH_VERSION) {
            in.skipTo(header);
            return unreadableBranch(nameTitle[0], "TBranch", "was written with TBranch class version "
                    + header.version() + "; this reader knows versions " + MIN_BRANCH_VERSION + "-"
                    + MAX_BRANCH_VERSION + " (ROOT 6)");
        }
        skipObject("TAttFill");
        in.skip(4 + 4);
        int entryOffsetLen = in.i32();
        int writeBasket = in.i32();
        in.skip(8);
        if (header.version() >= 13) {
            skipObject("TIOFeatures");
        }
        in.skip(4);
        int maxBaskets = in.length("fMaxBaskets");
        in.skip(4);
        long entries = in.i64();
        in.skip(3 * 8);
        return branchTail(header, nameTitle, entryOffsetLen, writeBasket, maxBaskets, entries);
    }

    private Branch branchTail(ObjectHeader header, String[] nameTitle, int entryOffsetLen, int writeBasket,
                              int maxBaskets, long entries) {
        List<Branch> subBranches = branchesOf(objArray());
        List<Leaf> leaves = leavesOf(objArray());
        Map<Integer, EmbeddedBasket> embedded = embeddedOf(objArray());
        int[] basketBytes = intArray(maxBaskets);
        long[] basketEntry = longArray(maxBaskets);
        long[] basketSeek = longArray(maxBaskets);
        String fileName = in.tString();
        in.checkEnd(header);
        String problem = fileName.isEmpty() ? null
                : "keeps its baskets in another file '" + fileName + "', which this reader does not follow";
        return new Branch(nameTitle[0], nameTitle[1], "TBranch", subBranches, leaves, entryOffsetLen, entries,
                basketBytes, basketEntry, basketSeek, writeBasket, embedded, problem);
    }

    /** A TBranch subclass: its TBranch base is read for the name, the rest is skipped. */
    private Branch derivedBranch(String className, int end) {
        in.objectHeader(className);
        Branch base = branch();
        in.seek(end);
        String problem = className.equals("TBranchElement") || className.equals("TBranchSTL")
                ? "is a " + className + " (a std::vector, C++ object or container branch); only flat numeric"
                        + " branches and arrays x[n] with a counter are read"
                : "is a " + className + "; only TBranch with numeric leaves is read";
        return new Branch(base.name(), base.title(), className, base.branches(), base.leaves(), 0,
                base.entries(), new int[0], new long[0], new long[0], 0, Map.of(), problem);
    }

    private static Branch unreadableBranch(String name, String className, String problem) {
        return new Branch(name, "", className, List.of(), List.of(), 0, 0, new int[0], new long[0],
                new long[0], 0, Map.of(), problem);
    }

    /** TLeaf (version 2) with its subclass; a leaf class without a numeric type is kept with a problem. */
    private Leaf leaf(String className, int end) {
        in.objectHeader(className);
        ObjectHeader base = in.objectHeader("TLeaf");
        String[] nameTitle = named();
        int length = in.i32();
        in.skip(4 + 4 + 1);
        boolean unsigned = in.u8() != 0;
        Object count = objectAny();
        in.checkEnd(base);
        in.seek(end);
        LeafType type = LeafType.of(className, unsigned);
        String problem = type == null ? LeafType.unsupportedReason(className) : null;
        if (problem == null && count instanceof Unreadable unreadable) {
            problem = "has a counter this reader cannot resolve (" + unreadable.what() + ")";
        } else if (problem == null && count instanceof Leaf counter && counter.type() == null) {
            problem = "has a counter '" + counter.name() + "' that is not an integer leaf";
        }
        Leaf counter = count instanceof Leaf leaf ? leaf : null;
        return new Leaf(nameTitle[0], className, type, length, counter, problem);
    }

    /**
     * A TBasket inside the TTree record: its key header, the basket header (buffer size,
     * entry-size or offset-array length, number of entries, fLast, a flag), then, as the
     * flag says, the entry offsets (with displacements to strip when 20 < flag < 40), a
     * displacement array (flag > 40) and the fLast bytes of the buffer (flag 1 or > 10).
     */
    private EmbeddedBasket embeddedBasket() {
        int keyBytes = keyHeaderLength();
        in.objectHeader("TBasket");
        in.skip(4 + 4);
        int nEntries = in.length("fNevBuf");
        int last = in.length("fLast");
        int flag = in.i8();
        int[] offsets = null;
        if (flag != 0 && flag % 10 != 2) {
            offsets = nEntries > 0 ? intArrayWithLength() : new int[0];
            if (flag > 20 && flag < 40) {
                stripDisplacement(offsets);
            }
            if (flag > 40) {
                intArrayWithLength();
            }
        }
        byte[] buffer = flag == 1 || flag > 10 ? in.bytes(last) : null;
        return buffer == null ? null : new EmbeddedBasket(keyBytes, nEntries, last, offsets, buffer);
    }

    /** Reads past a TKey header inside a record and returns its fKeylen (see {@link RootKey}). */
    private int keyHeaderLength() {
        in.skip(4);
        int version = in.i16();
        in.skip(4 + 4);
        int keyBytes = in.i16();
        in.skip(2 + (version > RootKey.LARGE_FILE_VERSION ? 16 : 8));
        in.tString();
        in.tString();
        in.tString();
        return keyBytes;
    }

    /** The high byte of an offset written with displacements holds the displacement, not the offset. */
    private static void stripDisplacement(int[] offsets) {
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] &= 0x00FFFFFF;
        }
    }

    private int[] intArrayWithLength() {
        int n = in.length("array length");
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.i32();
        }
        return values;
    }

    private int[] intArray(int n) {
        in.skip(1);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.i32();
        }
        return values;
    }

    private long[] longArray(int n) {
        in.skip(1);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.i64();
        }
        return values;
    }

    private static List<Branch> branchesOf(List<Object> items) {
        List<Branch> branches = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Branch branch) {
                branches.add(branch);
            } else if (item instanceof Unreadable unreadable) {
                branches.add(unreadableBranch("?", unreadable.what(), "is of class " + unreadable.what()
                        + ", which this reader does not know"));
            }
        }
        return Collections.unmodifiableList(branches);
    }

    private static List<Leaf> leavesOf(List<Object> items) {
        List<Leaf> leaves = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Leaf leaf) {
                leaves.add(leaf);
            } else if (item != null) {
                leaves.add(new Leaf("?", String.valueOf(item), null, 1, null,
                        "is not a leaf this reader knows"));
            }
        }
        return Collections.unmodifiableList(leaves);
    }

    private static Map<Integer, EmbeddedBasket> embeddedOf(List<Object> items) {
        Map<Integer, EmbeddedBasket> baskets = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof EmbeddedBasket basket) {
                baskets.put(i, basket);
            }
        }
        return Collections.unmodifiableMap(baskets);
    }

    /** A class name in the map of objects already read. */
    private record ClassName(String name) {
    }

    /** An object of a class this reader does not decode, or a reference it cannot resolve. */
    record Unreadable(String what) {
        @Override
        public String toString() {
            return what;
        }
    }
}
