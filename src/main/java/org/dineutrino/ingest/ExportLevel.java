package org.dineutrino.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;

/**
 * Which columns an export writes.
 *
 * <ul>
 *   <li>{@link #RECO}: what a detector sees, {@link Columns#RECO}, with the shifted-object
 *       variations of the reconstructed objects ({@link Columns#SHIFT_VARIATIONS}), so that a
 *       reco-level export can still be analysed per variation;</li>
 *   <li>{@link #PARTICLE}: the particle-level truth of simulation, {@link Columns#TRUTH} (dressed
 *       leptons, particle-level jets with their b-hadron flavour, prompt neutrinos, gen
 *       p_T^miss, decay channel, tops, nPU) and {@code nTrueInt}, but not the truth flavour of the
 *       reconstructed jets, which belongs to the reconstructed jet collection;</li>
 *   <li>{@link #BOTH}: every column.</li>
 * </ul>
 * Weights ({@code genWeight}, the weight variations {@link Columns#WEIGHT_VARIATIONS}, and any column
 * named {@code weight...} or {@code ...Weight...}) are written at every level. A column the event
 * model does not list is particle level when its name starts with {@code gen} (or its collection's
 * count column with {@code nGen}), else reconstruction level.
 */
public enum ExportLevel {
    RECO,
    PARTICLE,
    BOTH;

    private static final Set<String> RECO_NAMES = names(List.of(Columns.RECO));
    private static final Set<String> TRUTH_NAMES = names(List.of(Columns.TRUTH, List.of(NanoAodImporter.N_TRUE_INT)));
    private static final Set<String> WEIGHT_NAMES = names(List.of(Columns.WEIGHT_VARIATIONS));

    /**
     * The level of a name as users type it: reco, particle or both (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ExportLevel parse(String text) {
        for (ExportLevel level : values()) {
            if (level.name().equalsIgnoreCase(text.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown export level '" + text + "', expected reco, particle or both");
    }

    /**
     * The columns of a sample this level writes, in the sample's order; a per-object column goes
     * only with its collection's count column.
     */
    public List<ColumnSpec> select(List<ColumnSpec> sampleColumns) {
        Set<String> chosen = new LinkedHashSet<>();
        for (ColumnSpec column : sampleColumns) {
            if (includes(column)) {
                chosen.add(column.name());
            }
        }
        List<ColumnSpec> out = new ArrayList<>();
        for (ColumnSpec column : sampleColumns) {
            boolean counted = !column.isJagged() || chosen.contains(column.countColumn());
            if (chosen.contains(column.name()) && counted) {
                out.add(column);
            }
        }
        return out;
    }

    /** Whether this level writes the column (before the count-column rule). */
    public boolean includes(ColumnSpec column) {
        if (this == BOTH || isWeight(column.name())) {
            return true;
        }
        boolean particle = isParticleLevel(column);
        return this == PARTICLE ? particle : !particle;
    }

    private static boolean isWeight(String name) {
        return WEIGHT_NAMES.contains(name) || name.startsWith("weight") || name.contains("Weight");
    }

    private static boolean isParticleLevel(ColumnSpec column) {
        if (RECO_NAMES.contains(column.name())) {
            return false;
        }
        if (TRUTH_NAMES.contains(column.name())) {
            return true;
        }
        String count = column.countColumn();
        return column.name().startsWith("gen") || count != null && count.startsWith("nGen");
    }

    private static Set<String> names(List<List<ColumnSpec>> lists) {
        Set<String> names = new java.util.HashSet<>();
        lists.forEach(list -> list.forEach(c -> names.add(c.name())));
        return Set.copyOf(names);
    }

    /** The level's name as users type it ({@code reco}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
