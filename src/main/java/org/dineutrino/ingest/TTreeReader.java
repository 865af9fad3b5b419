package org.dineutrino.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.dineutrino.ingest.TreeMetadata.Branch;
import org.dineutrino.ingest.TreeMetadata.EmbeddedBasket;
import org.dineutrino.ingest.TreeMetadata.Leaf;
import org.dineutrino.ingest.TreeMetadata.Tree;

/**
 * Reads the entries of one TTree branch by branch, basket by basket: only the branches
 * asked for are read, and of those only the baskets holding the entries asked for, so a
 * tree larger than memory can be read in batches ({@link #batches(List, int)}).
 *
 * <p>Readable are branches with one numeric leaf ({@link LeafType}): a scalar, a fixed-size
 * array {@code x[3]}, or a jagged array {@code Muon_pt[nMuon]} whose counter is another
 * branch. Asking for any other branch (a {@code std::vector} or object branch, a string, a
 * leaf list) fails with an {@link InputDataException} that names the branch and its kind.
 *
 * <p>Not thread-safe: it keeps the last basket of each branch so that consecutive batches
 * decompress each basket once. Use one reader per thread.
 */
public final class TTreeReader implements BranchCatalog {

    private final RootFile file;
    private final Tree tree;
    private final Map<String, Branch> branchesByName = new LinkedHashMap<>();
    private final Map<String, BranchInfo> infos = new LinkedHashMap<>();
    private final Map<Leaf, String> branchOfLeaf = new IdentityHashMap<>();
    private final Map<String, Basket> lastBasket = new HashMap<>();

    TTreeReader(RootFile file, Tree tree) {
        this.file = file;
        this.tree = tree;
        collect(tree.branches());
        for (Branch branch : branchesByName.values()) {
            infos.put(branch.name(), describe(branch));
        }
    }

    /** The tree's name. */
    public String name() {
        return tree.name();
    }

    /** Number of entries. */
    public long entries() {
        return tree.entries();
    }

    /** Every branch (sub-branches included), in file order, each with its type or its problem. */
    public List<BranchInfo> branches() {
        return List.copyOf(infos.values());
    }

    /** Whether the tree has a branch of that name (readable or not). */
    public boolean has(String branch) {
        return infos.containsKey(branch);
    }

    /**
     * The branch of that name.
     *
     * @throws InputDataException if there is none
     */
    public BranchInfo branch(String branch) {
        BranchInfo info = infos.get(branch);
        if (info == null) {
            throw new InputDataException(file.path(), where(branch), "is not in tree '" + name()
                    + "' (" + infos.size() + " branches" + similar(branch) + ")");
        }
        return info;
    }

    /**
     * Reads entries {@code [firstEntry, firstEntry + nEntries)} of the given branches. Where a
     * jagged branch and its counter are both read, their counts are checked to agree.
     *
     * @throws IllegalArgumentException if the range is outside the tree
     * @throws InputDataException       if a branch is absent or unreadable, or a basket is damaged
     */
    public BranchBatch read(List<String> branchNames, long firstEntry, int nEntries) {
        if (firstEntry < 0 || nEntries < 0 || firstEntry + nEntries > entries()) {
            throw new IllegalArgumentException("entries [" + firstEntry + ", "
                    + (firstEntry + nEntries) + ") are outside tree '" + name() + "' of " + entries()
                    + " entries");
        }
        Map<String, BranchData> data = new LinkedHashMap<>();
        for (String name : branchNames) {
            data.put(name, readBranch(readable(name), firstEntry, nEntries));
        }
        checkCounters(data);
        return new BranchBatch(firstEntry, nEntries, Collections.unmodifiableMap(data));
    }

    /** The whole tree in consecutive batches of at most {@code batchSize} entries. */
    public Iterable<BranchBatch> batches(List<String> branchNames, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        for (String name : branchNames) {
            readable(name);
        }
        List<String> names = List.copyOf(branchNames);
        return () -> new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < entries();
            }

            @Override
            public BranchBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("tree '" + name() + "' ends before entry "
                            + next);
                }
                int n = (int) Math.min(batchSize, entries() - next);
                BranchBatch batch = read(names, next, n);
                next += n;
                return batch;
            }
        };
    }

    private Branch readable(String name) {
        BranchInfo info = branch(name);
        if (!info.isReadable()) {
            throw new InputDataException(file.path(), where(name), info.problem());
        }
        return branchesByName.get(name);
    }

    private BranchData readBranch(Branch branch, long firstEntry, int nEntries) {
        Leaf leaf = branch.leaves().get(0);
        int countBytes = leaf.type().bytes() * leaf.length();
        boolean jagged = leaf.count() != null;
        int[] counts = jagged ? new int[nEntries] : null;
        byte[] out = new byte[jagged ? Math.max(16, nEntries * countBytes) : nEntries * countBytes];
        int outLength = 0;
        long entry = firstEntry;
        while (entry < firstEntry + nEntries) {
            Basket basket = basketHolding(branch, entry, jagged ? 0 : countBytes);
            int from = (int) (entry - basket.firstEntry());
            long stop = Math.min(firstEntry + nEntries, basket.firstEntry() + basket.nEntries());
            int to = (int) (stop - basket.firstEntry());
            int length = basket.start(to) - basket.start(from);
            if (outLength + length > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + length));
            }
            System.arraycopy(basket.bytes(), basket.start(from), out, outLength, length);
            outLength += length;
            if (jagged) {
                fillCounts(branch, basket, from, to, countBytes, counts, (int) (entry - firstEntry));
            }
            entry += to - from;
        }
        return new BranchData(file.path(), infos.get(branch.name()), nEntries, counts, out, outLength);
    }

    /** Counter units of entries {@code [from, to)} of a basket, into {@code counts} from {@code at}. */
    private void fillCounts(Branch branch, Basket basket, int from, int to, int countBytes, int[] counts,
                            int at) {
        for (int i = from; i < to; i++) {
            int bytes = basket.start(i + 1) - basket.start(i);
            if (bytes % countBytes != 0) {
                throw new InputDataException(file.path(), where(branch.name()), "entry "
                        + (basket.firstEntry() + i) + " has " + bytes + " bytes, not a multiple of the "
                        + countBytes + "-byte value (the file is damaged)");
            }
            counts[at + i - from] = bytes / countBytes;
        }
    }

    /** The basket holding {@code entry}: the cached one if it does, else read and cached. */
    private Basket basketHolding(Branch branch, long entry, int entryBytes) {
        Basket cached = lastBasket.get(branch.name());
        if (cached != null && entry >= cached.firstEntry()
                && entry < cached.firstEntry() + cached.nEntries()) {
            return cached;
        }
        int index = basketIndex(branch, entry);
        long first = branch.basketEntry()[index];
        long end = index < branch.writeBasket() && index + 1 < branch.basketEntry().length
                ? branch.basketEntry()[index + 1] : branch.entries();
        int n = (int) (end - first);
        String where = where(branch.name()) + " basket " + index;
        EmbeddedBasket embedded = branch.embedded().get(index);
        Basket basket;
        if (embedded != null) {
            basket = Basket.fromEmbedded(embedded, first, n, entryBytes, file.path(), where);
        } else {
            byte[] raw = file.read(branch.basketSeek()[index], branch.basketBytes()[index], where);
            basket = Basket.fromDisk(raw, first, n, entryBytes, file.path(), where);
        }
        lastBasket.put(branch.name(), basket);
        return basket;
    }

    /**
     * The last basket whose first entry is at or before {@code entry}: baskets are in entry
     * order, those on disk first, then at most one streamed inside the tree record.
     */
    private int basketIndex(Branch branch, long entry) {
        long[] firstEntries = branch.basketEntry();
        int nBaskets = branch.writeBasket() + (branch.embedded().isEmpty() ? 0 : 1);
        for (int i = Math.min(firstEntries.length, nBaskets) - 1; i >= 0; i--) {
            boolean stored = branch.basketSeek()[i] != 0 || branch.embedded().containsKey(i);
            if (firstEntries[i] <= entry && stored) {
                return i;
            }
        }
        throw new InputDataException(file.path(), where(branch.name()), "has no basket holding entry "
                + entry + " (the file is damaged or was not closed properly)");
    }

    private void checkCounters(Map<String, BranchData> data) {
        for (BranchData branch : data.values()) {
            BranchInfo info = branch.info();
            BranchData counter = info.isJagged() ? data.get(info.counterBranch()) : null;
            if (counter == null) {
                continue;
            }
            int[] expected = counter.toInts();
            int[] found = branch.counts();
            for (int i = 0; i < found.length; i++) {
                if (found[i] != expected[i]) {
                    throw new InputDataException(file.path(), where(info.name()), "entry " + i
                            + " of the batch holds " + found[i] + " values but its counter '"
                            + info.counterBranch() + "' says " + expected[i] + " (the file is damaged)");
                }
            }
        }
    }

    private void collect(List<Branch> branches) {
        for (Branch branch : branches) {
            branchesByName.putIfAbsent(branch.name(), branch);
            for (Leaf leaf : branch.leaves()) {
                branchOfLeaf.putIfAbsent(leaf, branch.name());
            }
            collect(branch.branches());
        }
    }

    private BranchInfo describe(Branch branch) {
        Leaf leaf = branch.leaves().size() == 1 ? branch.leaves().get(0) : null;
        String counter = leaf != null && leaf.count() != null ? branchOfLeaf.get(leaf.count()) : null;
        String problem = problemOf(branch, leaf, counter);
        LeafType type = problem == null ? leaf.type() : null;
        return new BranchInfo(branch.name(), branch.title(), branch.className(), type, counter,
                leaf == null ? 1 : leaf.length(), problem);
    }

    private String problemOf(Branch branch, Leaf leaf, String counter) {
        if (branch.problem() != null) {
            return branch.problem();
        }
        if (leaf == null) {
            return branch.leaves().isEmpty() ? "has no leaf of its own (it only groups sub-branches)"
                    : "has " + branch.leaves().size() + " leaves (a leaf list like a/F:b/I); only"
                            + " branches with one leaf are read";
        }
        if (leaf.problem() != null) {
            return leaf.problem();
        }
        if (leaf.count() != null && (counter == null || branch.entryOffsetLen() == 0)) {
            return "is a variable-size array whose counter '" + leaf.count().name()
                    + "' this reader cannot find";
        }
        if (branch.entries() != tree.entries()) {
            return "has " + branch.entries() + " entries but its tree has " + tree.entries()
                    + " (the file is damaged)";
        }
        return null;
    }

    /** Up to five branch names containing, or contained in, the name asked for. */
    private String similar(String branch) {
        List<String> close = new ArrayList<>();
        String lower = branch.toLowerCase(Locale.ROOT);
        for (String name : infos.keySet()) {
            String other = name.toLowerCase(Locale.ROOT);
            boolean related = other.contains(lower) || lower.contains(other) && other.length() > 2;
            if (close.size() < 5 && related) {
                close.add(name);
            }
        }
        return close.isEmpty() ? "" : "; similar: " + close;
    }

    private static String where(String branch) {
        return "branch '" + branch + "'";
    }
}
