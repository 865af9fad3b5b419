package org.dineutrino.ingest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.schema.MessageType;
import org.dineutrino.event.ColumnSpec;

/**
 * A Parquet schema seen as branches: one per leaf column ({@link ParquetColumn} names them),
 * each list counted by a count column ({@link FlatNames#countColumn}). When the file has the
 * count column, it must hold one integer per row; when it has not, a count column is made from
 * the lengths of the first list it counts.
 */
final class ParquetCatalog {

    private final Map<String, ParquetColumn> columns = new LinkedHashMap<>();
    private final Map<String, BranchInfo> infos = new LinkedHashMap<>();
    /** Count columns the file lacks, each with the list whose lengths make it. */
    private final Map<String, String> madeCounters = new LinkedHashMap<>();

    private ParquetCatalog() {
    }

    /** The catalog of a schema; {@code known} names the event-model columns and their collections. */
    static ParquetCatalog of(MessageType schema, Map<String, ColumnSpec> known) {
        ParquetCatalog catalog = new ParquetCatalog();
        Map<String, String> firstPath = new LinkedHashMap<>();
        for (ColumnDescriptor descriptor : schema.getColumns()) {
            ParquetColumn column = ParquetColumn.of(schema, descriptor);
            String earlier = firstPath.putIfAbsent(column.name(), column.path());
            if (earlier != null) {
                column = new ParquetColumn(column.name(), column.collection(), descriptor, null, 0,
                        "two columns, " + earlier + " and " + column.path() + ", flatten to this name");
            }
            catalog.columns.put(column.name(), column);
        }
        for (ParquetColumn column : catalog.columns.values()) {
            catalog.infos.put(column.name(), info(column, known));
        }
        catalog.addCounters();
        return catalog;
    }

    private static BranchInfo info(ParquetColumn column, Map<String, ColumnSpec> known) {
        String counter = column.isList()
                ? FlatNames.countColumn(column.name(), column.collection(), known) : null;
        return new BranchInfo(column.name(), column.path() + ": " + column.typeName(), "Parquet column",
                column.type(), counter, 1, column.problem());
    }

    /** Makes each count column the file lacks; marks the lists whose own count column is unfit. */
    private void addCounters() {
        for (BranchInfo info : List.copyOf(infos.values())) {
            String counter = info.counterBranch();
            if (counter == null || !info.isReadable() || madeCounters.containsKey(counter)) {
                continue;
            }
            BranchInfo existing = infos.get(counter);
            if (existing == null) {
                madeCounters.put(counter, info.name());
                infos.put(counter, new BranchInfo(counter, "lengths of the lists in " + info.name(),
                        "Parquet list lengths", LeafType.INT32, null, 1, null));
            } else if (!fitsCounter(existing)) {
                infos.put(info.name(), new BranchInfo(info.name(), info.title(), info.className(), null,
                        counter, 1, "is counted by the column '" + counter + "', which holds "
                                + existing.title() + "; a count column needs one integer per row"));
            }
        }
    }

    private static boolean fitsCounter(BranchInfo info) {
        return info.isReadable() && !info.isJagged() && info.type().isInteger();
    }

    List<String> names() {
        return List.copyOf(infos.keySet());
    }

    boolean has(String name) {
        return infos.containsKey(name);
    }

    /** The branch of that name, or null. */
    BranchInfo info(String name) {
        return infos.get(name);
    }

    /** The list a made count column takes its lengths from, or null for a column of the file. */
    String madeFrom(String counter) {
        return madeCounters.get(counter);
    }

    /** The count columns made from list lengths. */
    Set<String> madeCounters() {
        return madeCounters.keySet();
    }

    /**
     * The file columns to read for these branches: the branches, their count columns, and for a
     * made count column the list it comes from.
     */
    List<ParquetColumn> columnsToRead(List<String> names) {
        Set<String> needed = new LinkedHashSet<>();
        for (String name : names) {
            needed.add(madeCounters.getOrDefault(name, name));
            String counter = infos.get(name).counterBranch();
            if (counter != null) {
                needed.add(madeCounters.getOrDefault(counter, counter));
            }
        }
        return needed.stream().map(columns::get).toList();
    }
}
