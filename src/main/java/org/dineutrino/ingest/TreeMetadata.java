package org.dineutrino.ingest;

import java.util.List;
import java.util.Map;

/**
 * What the streamed TTree record says about a tree: its branches, their leaves and where
 * their baskets are. Plain values built by {@link TreeStreamer}; nothing here reads the file.
 */
final class TreeMetadata {

    private TreeMetadata() {
    }

    /**
     * A TTree.
     *
     * @param name     the tree's name
     * @param title    its title
     * @param version  the TTree class version it was written with
     * @param entries  number of entries (fEntries)
     * @param branches the top-level branches, in file order
     */
    record Tree(String name, String title, int version, long entries, List<Branch> branches) {
    }

    /**
     * A TBranch (or a subclass, which this reader does not read: then {@code problem} says why).
     *
     * @param name           branch name
     * @param title          its title, e.g. {@code Muon_pt[nMuon]/F}
     * @param className      {@code TBranch}, {@code TBranchElement}, ...
     * @param branches       sub-branches
     * @param leaves         its leaves; a readable branch has exactly one
     * @param entryOffsetLen non-zero when entries differ in size (then baskets hold entry offsets)
     * @param entries        number of entries
     * @param basketBytes    per basket: bytes on disk, key header included (fBasketBytes)
     * @param basketEntry    per basket: first entry (fBasketEntry)
     * @param basketSeek     per basket: file position, 0 when not on disk (fBasketSeek)
     * @param writeBasket    number of baskets written to disk (fWriteBasket)
     * @param embedded       baskets stored inside the TTree record itself, by basket index
     * @param problem        why this reader cannot read the branch, or null
     */
    record Branch(String name, String title, String className, List<Branch> branches, List<Leaf> leaves,
                  int entryOffsetLen, long entries, int[] basketBytes, long[] basketEntry, long[] basketSeek,
                  int writeBasket, Map<Integer, EmbeddedBasket> embedded, String problem) {
    }

    /**
     * A TLeaf: the type of a branch's values.
     *
     * @param name      leaf name
     * @param className {@code TLeafF}, {@code TLeafI}, ...
     * @param type      the value type, or null when unsupported
     * @param length    values per entry for a fixed-size array ({@code x[3]}), 1 for a scalar (fLen)
     * @param count     the counter leaf of a jagged leaf ({@code nMuon} for {@code Muon_pt[nMuon]}), or null
     * @param problem   why this reader cannot read the leaf, or null
     */
    record Leaf(String name, String className, LeafType type, int length, Leaf count, String problem) {
    }

    /**
     * A basket streamed inside the TTree record (the baskets still in memory when the tree
     * was written), rather than as a key of its own.
     *
     * @param keyBytes     fKeylen: the data start at this index of {@code buffer}
     * @param entries      entries in the basket (fNevBuf)
     * @param last         index one past the data in {@code buffer} (fLast)
     * @param entryOffsets start of each entry in {@code buffer} coordinates, or null for fixed-size entries
     * @param buffer       the basket buffer, {@code last} bytes
     */
    record EmbeddedBasket(int keyBytes, int entries, int last, int[] entryOffsets, byte[] buffer) {
    }
}
