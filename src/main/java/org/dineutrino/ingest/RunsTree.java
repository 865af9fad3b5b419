package org.dineutrino.ingest;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The sum of generator weights of all generated events, from NanoAOD's {@code Runs} tree:
 * one entry per run (or per merged job), each holding the sum over the events it saw, before
 * any skim. NanoAOD v6 and v7 name the branch {@code genEventSumw_}; later versions
 * {@code genEventSumw}. With the default name mapped, either is accepted.
 */
final class RunsTree {

    private RunsTree() {
    }

    /**
     * The sum over the Runs tree's entries, or empty (with a note saying why) when the file
     * has no Runs tree or no such branch.
     */
    static OptionalDouble genEventSumw(RootFile root, NanoAodMapping mapping, List<String> notes) {
        String branch = mapping.branch(NanoAodQuantity.RUNS_GEN_EVENT_SUMW);
        if (!root.listTrees().contains(mapping.runsTree()) || branch.isEmpty()) {
            notes.add("genEventSumw absent: " + (branch.isEmpty() ? "not mapped" : "the file has no tree '"
                    + mapping.runsTree() + "'"));
            return OptionalDouble.empty();
        }
        TTreeReader runs = root.tree(mapping.runsTree());
        String found = runs.has(branch) ? branch
                : branch.equals(NanoAodQuantity.RUNS_GEN_EVENT_SUMW.defaultBranch()) && runs.has(branch + "_")
                ? branch + "_" : null;
        if (found == null) {
            notes.add("genEventSumw absent: tree '" + mapping.runsTree() + "' has no branch '" + branch
                    + "'");
            return OptionalDouble.empty();
        }
        double[] values = runs.read(List.of(found), 0, (int) runs.entries()).get(found).toDoubles();
        if (runs.branch(found).isJagged() || values.length != runs.entries()) {
            throw new InputDataException(root.path(), "branch '" + found + "'", "holds " + values.length
                    + " values for " + runs.entries() + " runs; genEventSumw needs one value per run");
        }
        double[] sum = new double[2];
        SampleStatistics.addAll(values, sum);
        notes.add("genEventSumw = sum of " + mapping.runsTree() + "/" + found + " over " + runs.entries()
                + " entries");
        return OptionalDouble.of(sum[0] + sum[1]);
    }
}
