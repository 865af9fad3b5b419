package org.dineutrino.event;

/** Helpers for jagged collections stored as per-event counts. */
public final class Jagged {

    private Jagged() {
    }

    /** Offsets of length counts.length + 1 with offsets[0] = 0 and offsets[i+1] - offsets[i] = counts[i]. */
    public static int[] offsets(int[] counts) {
        int[] offsets = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("negative object count " + counts[i] + " at event " + i);
            }
            offsets[i + 1] = offsets[i] + counts[i];
        }
        return offsets;
    }
}
