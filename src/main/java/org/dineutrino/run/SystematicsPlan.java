package org.dineutrino.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.systematics.Variation;
import org.dineutrino.systematics.VariationKind;
import org.dineutrino.systematics.VariedBatch;

/**
 * The variations a run evaluates, worked out from its configuration and samples: which sources the
 * {@code systematics} field chooses, whether the simulated samples carry their columns, and which
 * alternative sample stands in for each alternative-sample variation.
 */
final class SystematicsPlan {

    private SystematicsPlan() {
    }

    /**
     * The configuration with its {@code alternatives} named by sample name, each checked: the sample exists
     * and is of the category of the nominal sample it replaces, and the run has that nominal sample.
     *
     * @throws InvalidConfigException naming {@code alternatives.KEY}
     */
    static RunConfig resolveAlternatives(RunConfig config, Function<String, Optional<SampleInfo>> find,
                                         Function<String, Process> categoryOf) {
        Map<String, String> out = new LinkedHashMap<>();
        config.alternatives().forEach((key, ref) -> {
            String field = "alternatives." + key;
            SampleInfo info = find.apply(ref).orElseThrow(() -> new InvalidConfigException(field,
                    "names a sample that does not exist: '" + ref + "'"));
            Process expected = category(Variation.parse(key));
            if (info.meta().process() != expected) {
                throw new InvalidConfigException(field, "must be a " + expected.shortName() + " sample; '"
                        + info.name() + "' is " + info.meta().process().shortName());
            }
            replaced(config, Variation.parse(key), categoryOf, field);
            out.put(key, info.name());
        });
        return config.withAlternatives(out);
    }

    /** The process category of an alternative-sample variation's sample (tt&#772; or single top). */
    static Process category(Variation v) {
        return SimProcess.parse(v.sampleKey()).category();
    }

    /**
     * The run sample an alternative sample replaces: the signal for tt&#772;, else the one background of its
     * category.
     */
    static String replaced(RunConfig config, Variation v, Function<String, Process> categoryOf, String field) {
        Process category = category(v);
        if (category == Process.TTBAR) {
            return config.signal();
        }
        List<String> same = config.backgrounds().stream().filter(b -> categoryOf.apply(b) == category).toList();
        if (same.size() != 1) {
            throw new InvalidConfigException(field, "replaces the " + category.shortName() + " background, but the"
                    + " run has " + same.size() + " backgrounds of that category " + same + "; it needs exactly one");
        }
        return same.get(0);
    }

    /**
     * The configuration with a default choice resolved: all sources when every simulated template (signal
     * and backgrounds) carries the variation columns, else none, with a note saying why.
     */
    static RunConfig resolveChoice(RunConfig config, Map<String, SampleInfo> samples, Consumer<String> note) {
        if (config.systematics().mode() != SystematicsChoice.Mode.DEFAULT) {
            return config;
        }
        Optional<String> missing = config.unfold() ? missingColumn(config, samples) : Optional.of("no unfolding");
        if (missing.isEmpty()) {
            return config.withSystematics(SystematicsChoice.all());
        }
        note.accept("systematics: none evaluated (" + missing.get() + "); only samples of the built-in simulation"
                + " carry the variation columns; set systematics to a list of sources to evaluate the others");
        return config.withSystematics(SystematicsChoice.none());
    }

    /**
     * The variations of a resolved configuration, in catalogue order: for "all" every weight and shift
     * variation, the alternative samples named, the luminosity, the tt&#772; other normalisation and the
     * normalisation of each background category the run has; for a list, every variation of its sources.
     *
     * @throws InvalidConfigException naming {@code systematics} when a template lacks a needed column, or
     *                                {@code alternatives} when a listed alternative-sample source has no sample
     */
    static List<Variation> variations(RunConfig config, Map<String, SampleInfo> samples) {
        SystematicsChoice choice = config.systematics();
        if (!config.unfold() || choice.mode() == SystematicsChoice.Mode.NONE
                || choice.mode() == SystematicsChoice.Mode.DEFAULT) {
            return List.of();
        }
        boolean all = choice.mode() == SystematicsChoice.Mode.ALL;
        List<Variation> out = new ArrayList<>();
        for (Variation v : Variation.values()) {
            if (all ? applies(v, config, samples) : listed(v, config, choice)) {
                out.add(v);
            }
        }
        requireColumns(config, samples, out);
        return out;
    }

    private static boolean applies(Variation v, RunConfig config, Map<String, SampleInfo> samples) {
        return switch (v.kind()) {
            case WEIGHT, OBJECT_SHIFT -> true;
            case ALTERNATIVE_SAMPLE -> config.alternatives().containsKey(v.key());
            case NORMALISATION -> v.category() == null || v.category() == Process.TTBAR
                    || config.backgrounds().stream().anyMatch(b -> samples.get(b).meta().process() == v.category());
        };
    }

    private static boolean listed(Variation v, RunConfig config, SystematicsChoice choice) {
        if (!choice.sources().contains(v.source())) {
            return false;
        }
        if (v.kind() == VariationKind.ALTERNATIVE_SAMPLE && !config.alternatives().containsKey(v.key())) {
            throw new InvalidConfigException("alternatives", "has no sample for " + v.key() + ", which source '"
                    + v.source() + "' of systematics needs");
        }
        return true;
    }

    private static void requireColumns(RunConfig config, Map<String, SampleInfo> samples, List<Variation> chosen) {
        for (String name : templates(config)) {
            SampleInfo info = samples.get(name);
            for (Variation v : chosen) {
                for (String column : VariedBatch.requiredColumns(v)) {
                    if (!info.hasColumn(column)) {
                        throw new InvalidConfigException("systematics", "asks for " + v.key() + ", but sample '"
                                + name + "' has no column '" + column + "' (only samples of the built-in simulation"
                                + " carry the variation columns); give \"none\" or list other sources");
                    }
                }
            }
        }
    }

    private static Optional<String> missingColumn(RunConfig config, Map<String, SampleInfo> samples) {
        for (String name : templates(config)) {
            for (Variation v : Variation.values()) {
                for (String column : VariedBatch.requiredColumns(v)) {
                    if (!samples.get(name).hasColumn(column)) {
                        return Optional.of("sample '" + name + "' has no column '" + column + "'");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The simulated samples whose templates the variations change: the signal and the backgrounds. */
    static List<String> templates(RunConfig config) {
        List<String> out = new ArrayList<>();
        if (config.signal() != null) {
            out.add(config.signal());
        }
        out.addAll(config.backgrounds());
        return out;
    }
}
