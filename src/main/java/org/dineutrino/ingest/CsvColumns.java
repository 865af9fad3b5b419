package org.dineutrino.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dineutrino.event.ColumnSpec;

/**
 * A CSV header seen as branches: each column by its name, and the numbered columns
 * {@code X_0, X_1, ...} of a collection as one list column {@code X} when the header also has X's
 * count column ({@link FlatNames#countColumn}: {@code nJet} for {@code jetPt}, {@code nMuon} for
 * {@code Muon_pt}). Cells have no type: a column is read as integers when it is a count column
 * or when the import says it feeds an integer quantity, else as doubles.
 */
final class CsvColumns {

    /** A numbered column: the list's name and the object index. */
    private static final Pattern NUMBERED = Pattern.compile("(.+)_(\\d+)");

    /**
     * One column as the import sees it.
     *
     * @param name    the column, or for numbered columns the list's name
     * @param counter the list's count column, null for a flat column
     * @param cells   the field index of the column, or of {@code X_0, X_1, ...} in order
     * @param problem why it cannot be read, or null
     */
    record Column(String name, String counter, int[] cells, String problem) {
        boolean isList() {
            return counter != null;
        }
    }

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Set<String> counters = new LinkedHashSet<>();
    private Predicate<String> integer = name -> false;

    private CsvColumns() {
    }

    /** Sorts a header into flat columns and the numbered columns of lists. */
    static CsvColumns of(List<String> header, Map<String, ColumnSpec> known) {
        CsvColumns out = new CsvColumns();
        Set<String> names = new LinkedHashSet<>(header);
        Map<String, TreeMap<Integer, Integer>> lists = new LinkedHashMap<>();
        List<Integer> flat = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Matcher m = NUMBERED.matcher(header.get(i));
            String counter = m.matches() ? FlatNames.countColumn(m.group(1), m.group(1), known) : null;
            if (counter != null && names.contains(counter) && !counter.equals(header.get(i))) {
                lists.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                        .put(Integer.parseInt(m.group(2)), i);
            } else {
                flat.add(i);
            }
        }
        for (int i : flat) {
            String name = header.get(i);
            String problem = lists.containsKey(name) ? "is in the header both as '" + name
                    + "' and as numbered columns " + name + "_0, ...; keep one of them" : null;
            out.columns.put(name, new Column(name, null, new int[] {i}, problem));
        }
        lists.forEach((name, cells) -> out.columns.putIfAbsent(name, list(name, cells, known)));
        out.columns.values().stream().filter(Column::isList).forEach(c -> out.counters.add(c.counter()));
        return out;
    }

    private static Column list(String name, TreeMap<Integer, Integer> cells, Map<String, ColumnSpec> known) {
        String counter = FlatNames.countColumn(name, name, known);
        int n = cells.lastKey() + 1;
        String problem = cells.size() == n ? null : "has numbered columns " + cells.keySet()
                + ": they must run from " + name + "_0 to " + name + "_" + (n - 1) + " without gaps";
        int[] indices = cells.values().stream().mapToInt(Integer::intValue).toArray();
        return new Column(name, counter, indices, problem);
    }

    /** Says which columns hold integers besides the count columns. */
    void expectIntegers(Predicate<String> integerColumn) {
        this.integer = integerColumn;
    }

    List<String> names() {
        return List.copyOf(columns.keySet());
    }

    boolean has(String name) {
        return columns.containsKey(name);
    }

    /** The column of that name, or null. */
    Column column(String name) {
        return columns.get(name);
    }

    /** Whether the column's cells are read as integers. */
    boolean isInteger(String name) {
        return counters.contains(name) || integer.test(name);
    }

    /** The column as a branch (the type as {@link #isInteger} decides now). */
    BranchInfo info(String name) {
        Column column = columns.get(name);
        String title = column.isList() ? "CSV columns " + name + "_0.." + name + "_"
                + (column.cells().length - 1) : "CSV column " + name;
        LeafType type = column.problem() != null ? null
                : isInteger(name) ? LeafType.INT32 : LeafType.FLOAT64;
        return new BranchInfo(name, title, "CSV column", type, column.counter(), 1, column.problem());
    }
}
