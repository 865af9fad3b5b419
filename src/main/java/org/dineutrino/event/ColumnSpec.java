package org.dineutrino.event;

import java.util.Objects;

/**
 * One column of the event model.
 *
 * @param name        the column name, e.g. {@code jetPt}
 * @param type        its primitive type
 * @param countColumn for a per-object column the per-event count column of its
 *                    collection (e.g. {@code nJet}); {@code null} for a per-event column
 * @param unit        the unit as shown to users ({@code "GeV"}, {@code "rad"}, {@code ""})
 * @param description one line for the documentation and the sample page
 */
public record ColumnSpec(String name, ValueType type, String countColumn, String unit, String description) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    public static ColumnSpec perEvent(String name, ValueType type, String unit, String description) {
        return new ColumnSpec(name, type, null, unit, description);
    }

    public static ColumnSpec perObject(String name, ValueType type, String countColumn, String unit,
                                       String description) {
        return new ColumnSpec(name, type, countColumn, unit, description);
    }

    public boolean isJagged() {
        return countColumn != null;
    }
}
