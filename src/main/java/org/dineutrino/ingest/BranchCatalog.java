package org.dineutrino.ingest;

/**
 * The branches an import can map, whatever holds them: a ROOT tree ({@link TTreeReader}) or
 * the columns of a flat file seen as NanoAOD branches (a Parquet or CSV file's columns
 * named like {@code Muon_pt}, {@code nMuon}). {@link ImportPlan} checks a
 * {@link NanoAodMapping} against one.
 */
interface BranchCatalog {

    /** What holds the branches, for messages ({@code Events}). */
    String name();

    /** Whether there is a branch of that name (readable or not). */
    boolean has(String branch);

    /**
     * The branch of that name.
     *
     * @throws InputDataException if there is none
     */
    BranchInfo branch(String branch);
}
