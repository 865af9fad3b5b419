package org.dineutrino.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.select.Histogram;
import org.dineutrino.select.Observable;
import org.dineutrino.select.ResponseFill;
import org.dineutrino.systematics.SystematicGroup;
import org.dineutrino.systematics.Variation;
import org.dineutrino.unfold.InputDataException;
import org.dineutrino.unfold.NumericalFailureException;
import org.dineutrino.unfold.UnfoldResult;
import org.dineutrino.unfold.UnfoldSettings;

/**
 * Unfolds every variation of a run with the nominal method and settings and returns its shift from the
 * nominal cross section: weight and shift variations from the templates filled with the varied events,
 * alternative samples in place of the template they replace, normalisations by scaling templates. The
 * (pseudo-)data stays nominal.
 */
final class VariationUnfolding {

    private final List<Variation> variations;
    private final Map<Variation, Pipeline.SampleAccumulator> alternatives;
    private final Map<String, SampleInfo> samples;
    /** Per group: variations unfolded and nanoseconds spent. */
    private final Map<SystematicGroup, long[]> perGroup = new EnumMap<>(SystematicGroup.class);
    private int done;

    VariationUnfolding(List<Variation> variations, Map<Variation, Pipeline.SampleAccumulator> alternatives,
                       Map<String, SampleInfo> samples) {
        this.variations = variations;
        this.alternatives = alternatives;
        this.samples = samples;
    }

    boolean isEmpty() {
        return variations.isEmpty();
    }

    /**
     * Per variation, in catalogue order, the shift [pb per bin] of its integrated cross section from the nominal.
     * A variation whose templates cannot be unfolded (an alternative sample too small to reconstruct an event in
     * some truth bin) is left out, and {@code leftOut} receives why.
     *
     * @param nominal  the nominal unfolding (its tau or iterations are kept)
     * @param sigmaPb  the nominal cross section [pb per bin]
     */
    Map<Variation, double[]> shifts(RunConfig config, Observable o, Map<String, Pipeline.SampleAccumulator> acc,
                                    UnfoldResult nominal, double[] data, double[] dataVariance, double[] sigmaPb,
                                    List<String> leftOut, Pipeline.Listener listener) {
        UnfoldSettings settings = UnfoldStep.settingsLike(config.method(), nominal);
        double lumiPb = config.lumiInvFb() * SampleInfo.INV_PB_PER_INV_FB;
        int total = variations.size() * config.binnings().size();
        Map<Variation, double[]> out = new LinkedHashMap<>();
        for (Variation v : variations) {
            if (listener.cancelled()) {
                throw new CancellationException("cancelled before unfolding variation " + v.key() + " of " + o.key());
            }
            long t0 = System.nanoTime();
            double[] unfolded;
            try {
                unfolded = UnfoldStep.unfold(settings, input(config, o, v, acc, data, dataVariance)).unfolded();
            } catch (InputDataException | NumericalFailureException e) {
                String why = v.key() + " of " + o.key() + " cannot be unfolded and is left out: " + e.getMessage();
                leftOut.add(why);
                listener.info("systematics: WARNING " + why + "; give its samples more events");
                continue;
            }
            double perPb = 1 / (lumiPb * lumiFactor(v));
            double[] shift = new double[unfolded.length];
            for (int t = 0; t < shift.length; t++) {
                shift[t] = unfolded[t] * perPb - sigmaPb[t];
            }
            out.put(v, shift);
            long[] g = perGroup.computeIfAbsent(v.group(), k -> new long[2]);
            g[0]++;
            g[1] += System.nanoTime() - t0;
            done++;
            listener.progress(Pipeline.READ_SHARE + (1 - Pipeline.READ_SHARE) * done / Math.max(1, total),
                    "systematics: " + o.key() + ", " + v.key() + " (" + done + "/" + total + ")");
        }
        return out;
    }

    /** One line per group: how many variations were unfolded and how long it took. */
    void logGroups(Pipeline.Listener listener) {
        perGroup.forEach((group, g) -> listener.info(String.format(java.util.Locale.ROOT,
                "systematics: group %s, %d variation unfoldings (%d sources) in %d ms", group.label(), g[0],
                variations.stream().filter(v -> v.group() == group).map(Variation::source).distinct().count(),
                g[1] / 1_000_000)));
    }

    /** The luminosity variations divide by the varied luminosity; every other variation by the nominal. */
    private static double lumiFactor(Variation v) {
        return v.kind() == org.dineutrino.systematics.VariationKind.NORMALISATION && v.category() == null
                ? 1 + v.direction() * v.normalisation() : 1;
    }

    private UnfoldStep.Input input(RunConfig config, Observable o, Variation v,
                                   Map<String, Pipeline.SampleAccumulator> acc, double[] data,
                                   double[] dataVariance) {
        Pipeline.SampleAccumulator signal = acc.get(config.signal());
        ResponseFill response = signal.response.get(o);
        List<Histogram> backgrounds = new ArrayList<>();
        config.backgrounds().forEach(name -> backgrounds.add(acc.get(name).reco.get(o)));
        double signalFactor = 1;
        double fakesFactor = 1;
        switch (v.kind()) {
            case WEIGHT, OBJECT_SHIFT -> {
                response = signal.varied.get(v).response.get(o);
                backgrounds.clear();
                config.backgrounds().forEach(name -> backgrounds.add(acc.get(name).varied.get(v).reco.get(o)));
            }
            case ALTERNATIVE_SAMPLE -> {
                Pipeline.SampleAccumulator alternative = alternatives.get(v);
                if (SystematicsPlan.category(v) == Process.TTBAR) {
                    response = alternative.response.get(o);
                } else {
                    String replaced = SystematicsPlan.replaced(config, v, n -> samples.get(n).meta().process(),
                            "alternatives." + v.key());
                    backgrounds.set(config.backgrounds().indexOf(replaced), alternative.reco.get(o));
                }
            }
            case NORMALISATION -> {
                double f = 1 + v.direction() * v.normalisation();
                if (v.category() == null) {
                    signalFactor = f;
                } else if (v.category() == Process.TTBAR) {
                    fakesFactor = f;
                }
                for (int k = 0; k < backgrounds.size(); k++) {
                    Process p = samples.get(config.backgrounds().get(k)).meta().process();
                    if (v.category() == null || p == v.category()) {
                        backgrounds.set(k, scaled(backgrounds.get(k), f));
                    }
                }
            }
        }
        return new UnfoldStep.Input(scaled(response.migrations(), signalFactor),
                scaled(response.migrations2(), signalFactor * signalFactor), scaled(response.missed(), signalFactor),
                scaled(response.fakes(), signalFactor * fakesFactor), data, dataVariance, config.backgrounds(),
                backgrounds, response.truthBinning(), response.recoBinning());
    }

    private static Histogram scaled(Histogram h, double factor) {
        Histogram out = new Histogram(h.binning());
        out.add(h, factor);
        return out;
    }

    private static double[][] scaled(double[][] m, double factor) {
        double[][] out = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            out[r] = m[r].clone();
            for (int t = 0; t < out[r].length; t++) {
                out[r][t] *= factor;
            }
        }
        return out;
    }
}
