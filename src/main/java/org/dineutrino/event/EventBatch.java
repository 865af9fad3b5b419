package org.dineutrino.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of consecutive events, column by column.
 *
 * <p>Per-event columns have {@link #nEvents()} values. A jagged collection is a
 * per-event {@code INT} count column ({@code nJet}) plus per-object columns
 * ({@code jetPt}) holding the objects of all events back to back; {@link #offsets(String)}
 * gives where each event's objects start. Arrays are shared, not copied: treat them
 * as read-only.
 */
public final class EventBatch {

    private final int nEvents;
    private final Map<String, ColumnSpec> specs;
    private final Map<String, double[]> doubles;
    private final Map<String, int[]> ints;
    private final Map<String, int[]> offsetsCache = new HashMap<>();

    private EventBatch(int nEvents, Map<String, ColumnSpec> specs, Map<String, double[]> doubles,
                       Map<String, int[]> ints) {
        this.nEvents = nEvents;
        this.specs = specs;
        this.doubles = doubles;
        this.ints = ints;
    }

    public int nEvents() {
        return nEvents;
    }

    /** The columns of this batch, in the order they were added. */
    public List<ColumnSpec> columns() {
        return List.copyOf(specs.values());
    }

    public boolean has(String name) {
        return specs.containsKey(name);
    }

    public ColumnSpec spec(String name) {
        ColumnSpec spec = specs.get(name);
        if (spec == null) {
            throw missing(name);
        }
        return spec;
    }

    /** The values of a {@code DOUBLE} column. */
    public double[] doubles(String name) {
        double[] values = doubles.get(name);
        if (values == null) {
            throw missing(name);
        }
        return values;
    }

    /** The values of an {@code INT} column. */
    public int[] ints(String name) {
        int[] values = ints.get(name);
        if (values == null) {
            throw missing(name);
        }
        return values;
    }

    /**
     * Start of each event's objects in the collection counted by {@code countColumn}:
     * event i owns objects {@code [offsets[i], offsets[i+1])}; length nEvents + 1.
     */
    public synchronized int[] offsets(String countColumn) {
        return offsetsCache.computeIfAbsent(countColumn, c -> Jagged.offsets(ints(c)));
    }

    private IllegalArgumentException missing(String name) {
        List<String> available = new ArrayList<>(specs.keySet());
        Collections.sort(available);
        return new IllegalArgumentException("column '" + name + "' is not in this batch; available: " + available);
    }

    public static Builder builder(int nEvents) {
        return new Builder(nEvents);
    }

    /** Collects columns and checks their lengths against the event count and the collections' counts. */
    public static final class Builder {
        private final int nEvents;
        private final Map<String, ColumnSpec> specs = new LinkedHashMap<>();
        private final Map<String, double[]> doubles = new HashMap<>();
        private final Map<String, int[]> ints = new HashMap<>();

        private Builder(int nEvents) {
            if (nEvents < 0) {
                throw new IllegalArgumentException("nEvents must be >= 0, got " + nEvents);
            }
            this.nEvents = nEvents;
        }

        public Builder put(ColumnSpec spec, double[] values) {
            if (spec.type() != ValueType.DOUBLE) {
                throw new IllegalArgumentException("column " + spec.name() + " is " + spec.type() + ", got double[]");
            }
            specs.put(spec.name(), spec);
            doubles.put(spec.name(), values);
            return this;
        }

        public Builder put(ColumnSpec spec, int[] values) {
            if (spec.type() != ValueType.INT) {
                throw new IllegalArgumentException("column " + spec.name() + " is " + spec.type() + ", got int[]");
            }
            specs.put(spec.name(), spec);
            ints.put(spec.name(), values);
            return this;
        }

        public EventBatch build() {
            for (ColumnSpec spec : specs.values()) {
                int expected = spec.isJagged() ? totalObjects(spec) : nEvents;
                int actual = spec.type() == ValueType.DOUBLE ? doubles.get(spec.name()).length
                        : ints.get(spec.name()).length;
                if (actual != expected) {
                    throw new IllegalArgumentException("column " + spec.name() + " has " + actual
                            + " values, expected " + expected
                            + (spec.isJagged() ? " (the sum of " + spec.countColumn() + ")" : " (one per event)"));
                }
            }
            return new EventBatch(nEvents, specs, doubles, ints);
        }

        private int totalObjects(ColumnSpec spec) {
            int[] counts = ints.get(spec.countColumn());
            if (counts == null) {
                throw new IllegalArgumentException("column " + spec.name() + " needs its count column "
                        + spec.countColumn() + ", which was not added");
            }
            long total = 0;
            for (int count : counts) {
                total += count;
            }
            return Math.toIntExact(total);
        }
    }
}
