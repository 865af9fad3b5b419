package org.dineutrino.run;

import java.util.List;

/**
 * Which systematic sources a run evaluates (the {@code systematics} field of the run configuration).
 *
 * <p>{@link Mode#DEFAULT} is what a configuration without the field asks for: every source the samples
 * provide when each simulated sample of the run carries the variation columns, and none (with a note in
 * the run's log) otherwise. The pipeline resolves it to {@link Mode#ALL} or {@link Mode#NONE} before it
 * runs, so that the stored configuration says what was done.
 *
 * @param mode    default, all, none, or the listed sources
 * @param sources for {@link Mode#LIST} the source names of the catalogue
 *                ({@code Variation.source()}), in catalogue order; empty otherwise
 */
public record SystematicsChoice(Mode mode, List<String> sources) {

    /** How the sources are chosen. */
    public enum Mode {
        DEFAULT,
        ALL,
        NONE,
        LIST
    }

    public SystematicsChoice {
        sources = List.copyOf(sources);
    }

    public static SystematicsChoice defaults() {
        return new SystematicsChoice(Mode.DEFAULT, List.of());
    }

    public static SystematicsChoice all() {
        return new SystematicsChoice(Mode.ALL, List.of());
    }

    public static SystematicsChoice none() {
        return new SystematicsChoice(Mode.NONE, List.of());
    }

    /** The listed sources; an empty list is {@link #none()}. */
    public static SystematicsChoice of(List<String> sources) {
        return sources.isEmpty() ? none() : new SystematicsChoice(Mode.LIST, sources);
    }
}
