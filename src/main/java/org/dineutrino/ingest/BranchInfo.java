package org.dineutrino.ingest;

/**
 * A branch of a tree as this reader sees it: its value type and, for a jagged branch, the
 * branch of its counter; or why it cannot be read.
 *
 * @param name           branch name ({@code Muon_pt})
 * @param title          ROOT's title, the leaf description ({@code Muon_pt[nMuon]/F})
 * @param className      the branch class ({@code TBranch}, {@code TBranchElement}, ...)
 * @param type           the value type; null when the branch cannot be read
 * @param counterBranch  for a jagged branch the branch holding its per-entry count ({@code nMuon}), else null
 * @param valuesPerCount values per counter unit, or per entry for a flat branch: 1, or n for {@code x[n]}
 * @param problem        why this reader cannot read the branch, or null when it can
 */
public record BranchInfo(String name, String title, String className, LeafType type, String counterBranch,
                         int valuesPerCount, String problem) {

    /** Whether the branch can be read. */
    public boolean isReadable() {
        return problem == null;
    }

    /** Whether entries hold a variable number of values, counted by {@link #counterBranch()}. */
    public boolean isJagged() {
        return counterBranch != null;
    }
}
