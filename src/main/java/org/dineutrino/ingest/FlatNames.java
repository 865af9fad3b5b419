package org.dineutrino.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.ValueType;

/**
 * How the flat-file importers name things: which count column a list (or numbered CSV
 * columns) belongs to, and which names are event-model columns rather than NanoAOD branches.
 */
final class FlatNames {

    /** The columns an export may hold and an import recognises without the file's metadata. */
    static final Map<String, ColumnSpec> EVENT_MODEL = byName(concat(Columns.SIMULATED,
            List.of(NanoAodImporter.N_TRUE_INT)));

    private FlatNames() {
    }

    /**
     * The count column of a list column: the event-model collection's ({@code nJet} for
     * {@code jetPt}) when the name is a known per-object column, else NanoAOD's rule, "n" and
     * the collection, the part of the name before its first underscore ({@code nMuon} for
     * {@code Muon_pt}); a list of structs ({@code Muon.list.item.pt}) is its own collection.
     *
     * @param name       the column's flat name
     * @param collection what the column is a list of (its own name for a list of numbers)
     * @param known      the columns known by name
     */
    static String countColumn(String name, String collection, Map<String, ColumnSpec> known) {
        ColumnSpec spec = known.get(name);
        if (spec != null && spec.isJagged()) {
            return spec.countColumn();
        }
        int underscore = collection.indexOf('_');
        boolean ownName = collection.equals(name);
        return "n" + (ownName && underscore > 0 ? collection.substring(0, underscore) : collection);
    }

    /**
     * Whether a name marks a file as holding event-model columns: a known column that is not a
     * count column and not also a NanoAOD branch name ({@code genWeight} is both).
     */
    static boolean isEventModelMarker(String name, Map<String, ColumnSpec> known) {
        ColumnSpec spec = known.get(name);
        if (spec == null || isCountColumn(name, known)) {
            return false;
        }
        for (NanoAodQuantity quantity : NanoAodQuantity.values()) {
            if (quantity.defaultBranch().equals(name)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some known per-object column is counted by this column. */
    static boolean isCountColumn(String name, Map<String, ColumnSpec> known) {
        for (ColumnSpec spec : known.values()) {
            if (name.equals(spec.countColumn())) {
                return true;
            }
        }
        return false;
    }

    /** The columns by name, in their order. */
    static Map<String, ColumnSpec> byName(List<ColumnSpec> columns) {
        Map<String, ColumnSpec> out = new LinkedHashMap<>();
        for (ColumnSpec column : columns) {
            out.putIfAbsent(column.name(), column);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A column spec for a count column the file's metadata does not describe. */
    static ColumnSpec countSpec(String name) {
        ColumnSpec known = EVENT_MODEL.get(name);
        return known != null ? known : ColumnSpec.perEvent(name, ValueType.INT, "", "number of objects");
    }

    private static List<ColumnSpec> concat(List<ColumnSpec> a, List<ColumnSpec> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
