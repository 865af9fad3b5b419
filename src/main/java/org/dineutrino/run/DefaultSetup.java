package org.dineutrino.run;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.systematics.Variation;
import org.dineutrino.systematics.VariationKind;

/**
 * What a fresh installation creates: the default samples, each simulated with its own
 * seed so that templates and pseudo-data are statistically independent, and the default
 * run over them (DESIGN.md, "Pseudo-data and independence").
 */
public final class DefaultSetup {

    /** Luminosity of the default run: full Run 2. */
    public static final double DEFAULT_LUMI_INV_FB = RunConfig.FULL_RUN2_LUMI_INV_FB;

    /** The tt̄ sample that trains the default network, independent of templates and pseudo-data. */
    public static final String TRAINING_SAMPLE = "ttbar-training";

    /** Name of the network the first start trains. */
    public static final String DEFAULT_MODEL = "default";

    /** Seeds of the templates are this plus 1 (tt&#772;), 2 (tW), ...; pseudo-data has its own. */
    private static final long TEMPLATE_SEED_BASE = 1000;
    private static final long TTBAR_TEMPLATE_EVENTS = 200_000;
    private static final long TW_TEMPLATE_EVENTS = 20_000;

    /** Kept events of the pilot that measures the kept fraction for full-Run-2 sizes. */
    private static final long PILOT_EVENTS = 20_000;

    private DefaultSetup() {
    }

    /**
     * One default sample: name, process, seed, role and its kept events.
     *
     * @param forDefaultRun whether the default run reads it (the SM templates and pseudo-data); the
     *                      others (training, the T2tt signal, the alternative samples) serve later steps
     */
    public record DefaultSample(String name, SimProcess process, long seed, SampleRole role, long events,
                                boolean forDefaultRun) {

        /** Whether the default run reads it: its templates and pseudo-data, and the alternative samples. */
        public boolean readByDefaultRun() {
            return forDefaultRun || role == SampleRole.ALTERNATIVE;
        }
    }

    /** The T2tt sample at the default mass point, for the BSM closure test. */
    public static final String STOP_SAMPLE = "t2tt-template";

    /**
     * The default samples at a scale (1 = the default sizes that run in a few minutes on 2 cores), in
     * the order they are made: first what the default run reads (its templates, pseudo-data and the
     * alternative samples of its systematics).
     */
    public static List<DefaultSample> samples(double scale) {
        List<DefaultSample> out = new ArrayList<>();
        addStandardModel(out, SampleRole.TEMPLATE, "template", TEMPLATE_SEED_BASE, 1.0, scale);
        // pseudo-data needs less MC statistics than the templates: it is Poisson-fluctuated at the luminosity
        addStandardModel(out, SampleRole.PSEUDO_DATA, "pseudodata", 2000, 0.5, scale);
        // each alternative has the seed and size of the nominal template it replaces: its events are those
        // of the nominal wherever its one changed setting does not change the random stream, so a shift
        // measures that setting rather than the MC fluctuation of two independent samples
        out.add(sample("tw-ds-alternative", SimProcess.TW_DS, TEMPLATE_SEED_BASE + 2, SampleRole.ALTERNATIVE,
                TW_TEMPLATE_EVENTS, scale, false));
        for (SimProcess p : List.of(SimProcess.TTBAR_MT_171P5, SimProcess.TTBAR_MT_173P5, SimProcess.TTBAR_HDAMP_UP,
                SimProcess.TTBAR_HDAMP_DOWN, SimProcess.TTBAR_UE_UP, SimProcess.TTBAR_UE_DOWN, SimProcess.TTBAR_CR1,
                SimProcess.TTBAR_CR2)) {
            out.add(sample(alternativeName(p), p, TEMPLATE_SEED_BASE + 1, SampleRole.ALTERNATIVE,
                    TTBAR_TEMPLATE_EVENTS, scale, false));
        }
        out.add(sample(TRAINING_SAMPLE, SimProcess.TTBAR, 3001, SampleRole.TRAINING, 400_000, scale, false));
        out.add(sample(STOP_SAMPLE, SimProcess.T2TT, 4001, SampleRole.TEMPLATE, 20_000, scale, false));
        return out;
    }

    /** The name of a default alternative sample: {@code ttbar-mt173p5-alternative}, {@code tw-ds-alternative}. */
    static String alternativeName(SimProcess p) {
        return p.key().replace('_', '-') + "-alternative";
    }

    /** The default samples with full Run-2 statistics: each SM process of the default run at sigma * 137.64 fb^-1. */
    public static List<DefaultSample> fullRun2Samples() {
        List<DefaultSample> out = new ArrayList<>();
        for (DefaultSample s : samples(1.0)) {
            if (!s.forDefaultRun()) {
                out.add(s);
                continue;
            }
            long n = SimulatedSamples.eventsForLuminosity(s.process(), DEFAULT_LUMI_INV_FB, PILOT_EVENTS);
            out.add(new DefaultSample(s.name(), s.process(), s.seed(), s.role(), n, true));
        }
        return out;
    }

    /**
     * The standard-model processes of the default run. Drell-Yan has larger samples than its share of
     * the selection suggests: its biased events carry weights, and few pass the full selection.
     */
    private static void addStandardModel(List<DefaultSample> out, SampleRole role, String suffix, long seedBase,
                                         double share, double scale) {
        out.add(sample("ttbar-" + suffix, SimProcess.TTBAR, seedBase + 1, role, TTBAR_TEMPLATE_EVENTS, scale, true));
        out.add(sample("tw-" + suffix, SimProcess.TW, seedBase + 2, role, TW_TEMPLATE_EVENTS, scale, true));
        out.add(sample("dy-m50-" + suffix, SimProcess.DY_M50, seedBase + 3, role, (long) (200_000 * share), scale,
                true));
        out.add(sample("dy-m10-50-" + suffix, SimProcess.DY_M10_50, seedBase + 4, role, (long) (50_000 * share),
                scale, true));
        out.add(sample("ww-" + suffix, SimProcess.WW, seedBase + 5, role, 20_000, scale, true));
        out.add(sample("wz-" + suffix, SimProcess.WZ, seedBase + 6, role, 10_000, scale, true));
        out.add(sample("zz-" + suffix, SimProcess.ZZ, seedBase + 7, role, 10_000, scale, true));
    }

    private static DefaultSample sample(String name, SimProcess p, long seed, SampleRole role, long events,
                                        double scale, boolean forDefaultRun) {
        return new DefaultSample(name, p, seed, role, Math.max(1000, Math.round(events * scale)), forDefaultRun);
    }

    /** The default run's sample names of one list: "backgrounds" or "data". */
    public static List<String> defaultRunSamples(String list) {
        List<String> out = new ArrayList<>();
        for (DefaultSample s : samples(1.0)) {
            boolean background = s.role() == SampleRole.TEMPLATE && s.process().category() != Process.TTBAR;
            boolean data = s.role() == SampleRole.PSEUDO_DATA;
            if (s.forDefaultRun() && (list.equals("backgrounds") ? background : data)) {
                out.add(s.name());
            }
        }
        return out;
    }

    /** The default run over the default samples: full Run-2 luminosity, least squares, PUPPI p_T^miss. */
    public static String defaultRunJson() {
        return defaultRunJson("default run");
    }

    /** The default run under another name. */
    public static String defaultRunJson(String name) {
        return "{\"name\": \"" + name + "\", \"signal\": \"ttbar-template\", \"backgrounds\": "
                + quoted(defaultRunSamples("backgrounds")) + ", \"data\": " + quoted(defaultRunSamples("data"))
                + ", \"pseudoData\": true, \"lumiInvFb\": " + DEFAULT_LUMI_INV_FB
                + ", \"metSource\": \"puppi\", \"method\": \"least-squares\", \"alternatives\": {"
                + alternativesJson() + "}}";
    }

    /** Each alternative-sample variation key of the catalogue with the default sample made for it, in order. */
    public static java.util.Map<String, String> defaultAlternatives() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Variation v : Variation.values()) {
            if (v.kind() == VariationKind.ALTERNATIVE_SAMPLE) {
                out.put(v.key(), alternativeName(SimProcess.parse(v.sampleKey())));
            }
        }
        return out;
    }

    private static String alternativesJson() {
        return defaultAlternatives().entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
