package org.dineutrino.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/**
 * The event-model columns a flat file holds under their own names ({@code met},
 * {@code nJet}, {@code jetPt}), as an export writes them: which are there, which are absent,
 * and the batches they make. A column must have its model's shape (one value per event, or a
 * list counted by the collection's count column) and, for an integer column, an integer type;
 * a floating-point column may come as float, double or integers.
 */
final class EventModelPlan {

    private final Path file;
    private final List<ColumnSpec> columns = new ArrayList<>();
    private final Map<String, String> absent = new LinkedHashMap<>();

    private EventModelPlan(Path file) {
        this.file = file;
    }

    /**
     * Checks the candidate columns against a file.
     *
     * @param candidates the columns to look for, in the order the batches get them: the file's
     *                   export metadata, or the event model
     * @param reported   whose absence the summary lists, candidates or not (the other candidates are
     *                   optional)
     * @throws InputDataException if a column is there but has the wrong shape or type
     */
    static EventModelPlan resolve(FlatSource source, List<ColumnSpec> candidates, List<String> reported) {
        EventModelPlan plan = new EventModelPlan(source.file());
        Map<String, ColumnSpec> byName = FlatNames.byName(candidates);
        for (ColumnSpec spec : candidates) {
            if (!source.has(spec.name())) {
                if (reported.contains(spec.name())) {
                    plan.absent.put(spec.name(), "the file has no column '" + spec.name() + "'");
                }
                continue;
            }
            plan.check(spec, source.branch(spec.name()));
            if (spec.isJagged()) {
                plan.addCount(source, byName, spec.countColumn());
            }
            plan.add(spec);
        }
        for (String name : reported) {
            if (!byName.containsKey(name)) {
                plan.absent.put(name, "the file has no column '" + name + "'");
            }
        }
        return plan;
    }

    /** The columns the batches hold, count columns before their collections. */
    List<ColumnSpec> columns() {
        return List.copyOf(columns);
    }

    /** Each reported column not in the file, with the reason. */
    Map<String, String> absent() {
        return absent;
    }

    /** The file columns to read. */
    List<String> names() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    boolean has(String column) {
        return columns.stream().anyMatch(c -> c.name().equals(column));
    }

    /** One batch of the file as events. */
    EventBatch toEvents(BranchBatch batch) {
        EventBatch.Builder events = EventBatch.builder(batch.nEntries());
        for (ColumnSpec spec : columns) {
            BranchData data = batch.get(spec.name());
            if (spec.type() == ValueType.DOUBLE) {
                events.put(spec, data.toDoubles());
            } else {
                events.put(spec, data.toInts());
            }
        }
        return events.build();
    }

    private void addCount(FlatSource source, Map<String, ColumnSpec> byName, String count) {
        if (has(count)) {
            return;
        }
        ColumnSpec spec = byName.getOrDefault(count, FlatNames.countSpec(count));
        check(spec, source.branch(count));
        add(spec);
        absent.remove(count);
    }

    private void add(ColumnSpec spec) {
        if (!has(spec.name())) {
            columns.add(spec);
        }
    }

    private void check(ColumnSpec spec, BranchInfo info) {
        String where = "column '" + spec.name() + "'";
        if (!info.isReadable()) {
            throw new InputDataException(file, where, info.problem() + "; " + describe(spec) + " needs numbers");
        }
        if (spec.isJagged() != info.isJagged()) {
            throw new InputDataException(file, where, "holds " + shape(info) + " (" + info.title() + "), but "
                    + describe(spec) + " takes " + (spec.isJagged() ? "a list of values (one per object)"
                            : "one value per event"));
        }
        if (spec.isJagged() && !spec.countColumn().equals(info.counterBranch())) {
            throw new InputDataException(file, where, "is counted by '" + info.counterBranch() + "', but "
                    + describe(spec) + " belongs to the collection counted by '" + spec.countColumn() + "'");
        }
        if (spec.type() == ValueType.INT && !info.type().isInteger()) {
            throw new InputDataException(file, where, "holds floating-point values (" + info.title() + "), but "
                    + describe(spec) + " needs integers");
        }
    }

    private static String shape(BranchInfo info) {
        return info.isJagged() ? "a list per row" : "one value per row";
    }

    private static String describe(ColumnSpec spec) {
        String unit = spec.unit().isEmpty() ? "" : " [" + spec.unit() + "]";
        return spec.name() + (spec.description().isEmpty() ? "" : " (" + spec.description() + unit + ")");
    }
}
