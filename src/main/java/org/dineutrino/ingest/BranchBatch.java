package org.dineutrino.ingest;

import java.util.Map;

/**
 * The branches read for one range of entries.
 *
 * @param firstEntry the first entry of the range
 * @param nEntries   number of entries
 * @param branches   the data by branch name, in the order asked for
 */
public record BranchBatch(long firstEntry, int nEntries, Map<String, BranchData> branches) {

    /**
     * The data of one branch of this batch.
     *
     * @throws IllegalArgumentException if it was not read
     */
    public BranchData get(String branch) {
        BranchData data = branches.get(branch);
        if (data == null) {
            throw new IllegalArgumentException("branch '" + branch + "' was not read; read: "
                    + branches.keySet());
        }
        return data;
    }
}
