package org.dineutrino.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.WDecay;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.select.Cutflow;
import org.dineutrino.select.FiducialSelection;
import org.dineutrino.select.Histogram;
import org.dineutrino.select.Observable;
import org.dineutrino.select.RecoSelection;
import org.dineutrino.select.ResponseFill;
import org.dineutrino.regress.MetFeatures;
import org.dineutrino.regress.MetModel;
import org.dineutrino.regress.MetVector;
import org.dineutrino.select.CutStep;
import org.dineutrino.store.Database;
import org.dineutrino.store.ModelInfo;
import org.dineutrino.store.ModelStore;
import org.dineutrino.store.SampleStore;
import org.dineutrino.systematics.Variation;
import org.dineutrino.systematics.VariationKind;
import org.dineutrino.systematics.VariedBatch;

/**
 * One run from stored samples to unfolded cross sections: select every sample, fill the
 * response from the signal sample and reco histograms from the others, build the
 * (pseudo-)data, subtract backgrounds and unfold each observable.
 */
public final class Pipeline {

    private final SampleStore samples;
    private final ModelStore models;
    private final Database db;

    /** A pipeline over the samples (and, for network-corrected p_T^miss, the models) of a database. */
    public Pipeline(Database db) {
        this.db = db;
        this.samples = db.samples();
        this.models = db.models();
    }

    /** Receives progress and log lines, and says whether to stop. */
    public interface Listener {
        void progress(double fraction, String step);

        void info(String message);

        boolean cancelled();

        Listener SILENT = new Listener() {
            @Override
            public void progress(double fraction, String step) {
            }

            @Override
            public void info(String message) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /** Share of the progress bar spent reading samples; the rest is unfolding and assembly. */
    static final double READ_SHARE = 0.95;

    /**
     * Runs a configuration: the nominal chain and, for every variation its systematics field chooses, the
     * varied templates, unfolded again.
     */
    public RunResult execute(RunConfig given, Listener listener) {
        RunConfig normalised = normalise(given);
        Map<String, SampleInfo> resolved = resolve(normalised);
        RunConfig config = SystematicsPlan.resolveChoice(normalised, resolved, listener::info);
        List<Variation> variations = SystematicsPlan.variations(config, resolved);
        Plan plan = new Plan(resolved, variations, alternatives(config, variations));
        if (config.metSource() != MetSource.MODEL) {
            return execute(config, plan, null, listener);
        }
        ModelInfo info = model(config);
        listener.info("p_T^miss: PUPPI corrected by model " + info.label() + " (trained on "
                + info.trainingSample() + ")");
        try (MetModel model = ModelService.load(db, info)) {
            return execute(config, plan, model, listener);
        }
    }

    /**
     * What a run reads: its samples by name, the variations it evaluates, and the alternative sample of each
     * alternative-sample variation among them.
     */
    record Plan(Map<String, SampleInfo> samples, List<Variation> variations,
                Map<Variation, SampleInfo> alternatives) {

        /** The weight and shift variations, which every template fills from its own events. */
        List<Variation> perEvent() {
            return variations.stream().filter(v -> v.kind() == VariationKind.WEIGHT
                    || v.kind() == VariationKind.OBJECT_SHIFT).toList();
        }
    }

    /** The alternative samples of the chosen variations, checked for the columns the run reads. */
    private Map<Variation, SampleInfo> alternatives(RunConfig config, List<Variation> chosen) {
        Map<Variation, SampleInfo> out = new EnumMap<>(Variation.class);
        config.alternatives().forEach((key, name) -> {
            if (!chosen.contains(Variation.parse(key))) {
                return;
            }
            SampleInfo info = samples.find(name).orElseThrow(() -> new InvalidConfigException("alternatives." + key,
                    "names a sample that does not exist: '" + name + "'"));
            Variation v = Variation.parse(key);
            RunValidation.requireColumns(info, columnsFor(config, SystematicsPlan.category(v) == Process.TTBAR));
            out.put(v, info);
        });
        return out;
    }

    /**
     * The configuration with every sample named by its name (ids resolved), refused when a
     * sample is listed twice in a role or the signal is also a background.
     */
    public RunConfig normalise(RunConfig config) {
        String signal = config.signal() == null ? null : name(config.signal(), "signal");
        List<String> backgrounds = names(config.backgrounds(), "backgrounds");
        List<String> data = names(config.data(), "data");
        if (signal != null && backgrounds.contains(signal)) {
            throw new InvalidConfigException("backgrounds", "lists the signal sample '" + signal + "': its fakes are"
                    + " removed through the signal fraction, it cannot also be subtracted");
        }
        RunConfig named = config.withSamples(signal, backgrounds, data);
        if (config.injection() != null) {
            String injected = name(config.injection().sample(), "injection.sample");
            if (injected.equals(signal) || backgrounds.contains(injected) || data.contains(injected)) {
                throw new InvalidConfigException("injection.sample", "'" + injected + "' is already the signal, a"
                        + " background or data; the injected signal must be a sample of its own");
            }
            named = named.withInjection(new RunConfig.Injection(injected, config.injection().scale()));
        }
        return SystematicsPlan.resolveAlternatives(named, samples::find,
                n -> samples.find(n).map(i -> i.meta().process()).orElse(null));
    }

    private List<String> names(List<String> refs, String field) {
        List<String> out = new ArrayList<>();
        for (String ref : refs) {
            String name = name(ref, field);
            if (out.contains(name)) {
                throw new InvalidConfigException(field, "lists sample '" + name + "' twice; each sample counts once");
            }
            out.add(name);
        }
        return out;
    }

    private String name(String ref, String field) {
        return samples.find(ref).map(SampleInfo::name).orElseThrow(() -> new InvalidConfigException(field,
                "names a sample that does not exist: '" + ref + "'"));
    }

    /** The stored model a configuration names. */
    public ModelInfo model(RunConfig config) {
        return models.find(config.metModel()).orElseThrow(() -> new InvalidConfigException("metSource",
                "names no stored model: '" + config.metModel() + "'; train one on the models page"));
    }

    private RunResult execute(RunConfig config, Plan plan, MetModel model, Listener listener) {
        Instant started = Instant.now();
        Map<String, SampleInfo> resolved = plan.samples();
        long totalChunks = resolved.values().stream().mapToLong(SampleInfo::nChunks).sum()
                + plan.alternatives().values().stream().mapToLong(SampleInfo::nChunks).sum();
        Map<String, SampleAccumulator> accumulated = new LinkedHashMap<>();
        Reading reading = new Reading(config, model, listener, totalChunks);
        List<String> templates = SystematicsPlan.templates(config);
        for (SampleInfo info : resolved.values()) {
            boolean isSignal = config.unfold() && info.name().equals(config.signal());
            List<Variation> varied = templates.contains(info.name()) ? plan.perEvent() : List.of();
            accumulated.put(info.name(), accumulate(reading, info, isSignal, info.lumiScale(config.lumiInvFb()),
                    varied));
        }
        Map<Variation, SampleAccumulator> alternatives = new EnumMap<>(Variation.class);
        plan.alternatives().forEach((v, info) -> alternatives.put(v, accumulateAlternative(reading, v, info,
                resolved)));
        listener.progress(READ_SHARE, "unfolding");
        VariationUnfolding systematics = new VariationUnfolding(plan.variations(), alternatives, resolved);
        List<RunResult.ObservableResult> observables = new ArrayList<>();
        for (Observable o : config.unfold() ? config.binnings().keySet() : java.util.Set.<Observable>of()) {
            if (listener.cancelled()) {
                throw new CancellationException("cancelled before unfolding " + o.key());
            }
            observables.add(ResultAssembly.unfoldObservable(config, o, accumulated, systematics, listener));
        }
        systematics.logGroups(listener);
        Map<String, SampleInfo> read = new LinkedHashMap<>(resolved);
        plan.alternatives().values().forEach(info -> read.put(info.name(), info));
        RunResult.Provenance provenance = ResultAssembly.provenance(config, read, started);
        return new RunResult(config.name(), config.lumiInvFb(), config.method().key(), config.metSource().key(),
                observables, ResultAssembly.cutflows(config, accumulated, resolved),
                ResultAssembly.composition(config, accumulated, resolved),
                ResultAssembly.selectedYields(accumulated), provenance);
    }

    /** What every sample's reading shares: the configuration, the network, the listener and the progress. */
    private static final class Reading {
        final RunConfig config;
        final MetModel model;
        final Listener listener;
        final long totalChunks;
        long chunksDone;

        Reading(RunConfig config, MetModel model, Listener listener, long totalChunks) {
            this.config = config;
            this.model = model;
            this.listener = listener;
            this.totalChunks = totalChunks;
        }
    }

    /**
     * An alternative sample as the template it replaces: a tt&#772; alternative fills the response, a tW one the
     * reco histograms. Its weights are scaled to the replaced sample's cross section, so that only its shape
     * and acceptance differ; the top-mass samples keep their own cross section (DESIGN.md "Systematics").
     */
    private SampleAccumulator accumulateAlternative(Reading reading, Variation v, SampleInfo info,
                                                    Map<String, SampleInfo> resolved) {
        boolean isSignal = SystematicsPlan.category(v) == Process.TTBAR;
        SampleInfo nominal = resolved.get(SystematicsPlan.replaced(reading.config, v,
                n -> resolved.get(n).meta().process(), "alternatives." + v.key()));
        boolean ownSigma = v.source().equals(Variation.MTOP_UP.source());
        double sigmaPb = ownSigma ? info.meta().crossSectionPb() : nominal.meta().crossSectionPb();
        double scale = sigmaPb * reading.config.lumiInvFb() * SampleInfo.INV_PB_PER_INV_FB
                / info.meta().sumGenWeights();
        return accumulate(reading, info, isSignal, scale, List.of());
    }

    /**
     * Checks a configuration against the stored samples without running it.
     *
     * @throws InvalidConfigException naming the field and the sample
     */
    public void validate(RunConfig given) {
        RunConfig normalised = normalise(given);
        Map<String, SampleInfo> resolved = resolve(normalised);
        RunConfig config = SystematicsPlan.resolveChoice(normalised, resolved, note -> { });
        alternatives(config, SystematicsPlan.variations(config, resolved));
        if (config.metSource() == MetSource.MODEL) {
            model(config);
        }
    }

    private Map<String, SampleInfo> resolve(RunConfig config) {
        Map<String, SampleInfo> out = new LinkedHashMap<>();
        for (String name : config.sampleNames()) {
            SampleInfo info = samples.find(name).orElseThrow(() -> new InvalidConfigException("samples",
                    "name a sample that does not exist: '" + name + "'"));
            out.put(name, info);
        }
        RunValidation.check(config, out);
        for (SampleInfo info : out.values()) {
            boolean isSignal = config.unfold() && info.name().equals(config.signal());
            RunValidation.requireColumns(info, columnsFor(config, isSignal));
        }
        return out;
    }

    /** Everything one sample contributes: its cutflow, reco histograms and, for the signal, its response. */
    static final class SampleAccumulator {
        final Cutflow cutflow = new Cutflow();
        /** For the tt&#772; signal sample with decay truth: the events with a tau or a hadronic W; else null. */
        Cutflow ttbarOther;
        /** For the injected signal: its particle level per observable, neutralinos in p_T^nunu; else empty. */
        final Map<Observable, Histogram> injectedTruth = new EnumMap<>(Observable.class);
        final Map<Observable, Histogram> reco = new EnumMap<>(Observable.class);
        final Map<Observable, ResponseFill> response = new EnumMap<>(Observable.class);
        /** Per weight or shift variation the same histograms filled with the varied events. */
        final Map<Variation, Templates> varied = new EnumMap<>(Variation.class);
    }

    /** One variation's reco histograms and, for the signal, its response, per observable. */
    static final class Templates {
        final Map<Observable, Histogram> reco = new EnumMap<>(Observable.class);
        final Map<Observable, ResponseFill> response = new EnumMap<>(Observable.class);

        Templates(RunConfig config, boolean isSignal) {
            for (var entry : config.binnings().entrySet()) {
                var recoBinning = ResultAssembly.recoBinning(config, entry.getValue());
                reco.put(entry.getKey(), new Histogram(recoBinning));
                if (isSignal) {
                    response.put(entry.getKey(), new ResponseFill(entry.getValue().truth(), recoBinning));
                }
            }
        }
    }

    private SampleAccumulator accumulate(Reading reading, SampleInfo info, boolean isSignal, double scale,
                                         List<Variation> variations) {
        RunConfig config = reading.config;
        Instant t0 = Instant.now();
        SampleAccumulator acc = new SampleAccumulator();
        Templates nominal = new Templates(config, isSignal);
        acc.reco.putAll(nominal.reco);
        acc.response.putAll(nominal.response);
        variations.forEach(v -> acc.varied.put(v, new Templates(config, isSignal)));
        Set<String> columns = columnsFor(config, isSignal);
        variations.forEach(v -> columns.addAll(VariedBatch.requiredColumns(v)));
        if (!info.hasColumn(Columns.GEN_WEIGHT.name())) {
            columns.remove(Columns.GEN_WEIGHT.name());
        }
        if (config.injection() != null && info.name().equals(config.injection().sample())) {
            config.binnings().forEach((o, b) -> acc.injectedTruth.put(o, new Histogram(b.truth())));
            columns.addAll(FiducialSelection.COLUMNS);
        }
        if (info.name().equals(config.signal()) && info.hasColumn(Columns.GEN_DECAY_1.name())
                && info.hasColumn(Columns.GEN_DECAY_2.name())) {
            acc.ttbarOther = new Cutflow();
            columns.add(Columns.GEN_DECAY_1.name());
            columns.add(Columns.GEN_DECAY_2.name());
        }
        samples.stream(info, columns, (batch, chunk, nChunks) -> {
            if (reading.listener.cancelled()) {
                throw new CancellationException("cancelled while reading sample " + info.name());
            }
            fill(config, batch, scale, isSignal, reading.model, acc);
            reading.chunksDone++;
            reading.listener.progress(READ_SHARE * reading.chunksDone / Math.max(1, reading.totalChunks),
                    "selection: " + info.name() + " (" + (chunk + 1) + "/" + nChunks + " chunks)");
            return true;
        });
        reading.listener.info(String.format(java.util.Locale.ROOT,
                "selection: sample %s, %d events read, %d selected (%.1f expected at %.2f fb^-1), %d variations,"
                        + " in %d ms", info.name(), acc.cutflow.count(0, Cutflow.TOTAL),
                acc.cutflow.count(acc.cutflow.nRows() - 1, Cutflow.TOTAL),
                acc.cutflow.sumWeights(acc.cutflow.nRows() - 1, Cutflow.TOTAL), config.lumiInvFb(),
                variations.size(), Duration.between(t0, Instant.now()).toMillis()));
        return acc;
    }

    private static Set<String> columnsFor(RunConfig config, boolean isSignal) {
        Set<String> cols = new LinkedHashSet<>(RecoSelection.COLUMNS);
        cols.add(Columns.GEN_WEIGHT.name());
        cols.addAll(MetColumns.of(config.metSource()));
        if (config.metSource() == MetSource.MODEL) {
            MetFeatures.inputColumns().forEach(c -> cols.add(c.name()));
        }
        if (isSignal) {
            cols.addAll(FiducialSelection.COLUMNS);
        }
        return cols;
    }

    private static void fill(RunConfig config, EventBatch batch, double scale, boolean isSignal, MetModel model,
                             SampleAccumulator acc) {
        double[] weights = weights(batch, scale);
        double[][] met = met(config, batch, model);
        RecoSelection.Result reco = RecoSelection.select(batch, config.cuts(), met[0], met[1]);
        acc.cutflow.fill(reco, weights);
        if (acc.ttbarOther != null) {
            acc.ttbarOther.fill(reco, weights, notPromptDilepton(batch));
        }
        fillReco(reco, weights, acc.reco);
        FiducialSelection.Result truth = isSignal ? FiducialSelection.select(batch, config.fiducial(), false) : null;
        if (isSignal) {
            fillResponse(reco, truth, weights, weights, acc.response);
        }
        for (var entry : acc.varied.entrySet()) {
            fillVaried(config, batch, scale, model, reco, truth, weights, entry.getKey(), entry.getValue());
        }
        if (!acc.injectedTruth.isEmpty()) {
            FiducialSelection.Result bsm = FiducialSelection.select(batch, config.fiducial(), true);
            acc.injectedTruth.forEach((o, h) -> {
                double[][] t = values(o, bsm.ptNuNu(), bsm.minDeltaPhi());
                for (int i = 0; i < weights.length; i++) {
                    if (bsm.fiducial()[i]) {
                        h.fill(t[0][i], t[1][i], weights[i]);
                    }
                }
            });
        }
    }

    /**
     * One variation of a batch: a weight variation reuses the nominal selection with the varied weights (at
     * reco level only for a detector weight, at both levels for a theory weight); an object shift selects
     * the shifted events again, with the network re-evaluated on them, and keeps the nominal truth.
     */
    private static void fillVaried(RunConfig config, EventBatch batch, double scale, MetModel model,
                                   RecoSelection.Result nominalReco, FiducialSelection.Result truth,
                                   double[] nominalWeights, Variation v, Templates out) {
        EventBatch varied = VariedBatch.apply(batch, v);
        RecoSelection.Result reco = nominalReco;
        double[] weights = nominalWeights;
        if (v.kind() == VariationKind.WEIGHT) {
            weights = weights(varied, scale);
        } else {
            double[][] met = met(config, varied, model);
            reco = RecoSelection.select(varied, config.cuts(), met[0], met[1]);
        }
        fillReco(reco, weights, out.reco);
        if (truth != null) {
            fillResponse(reco, truth, v.changesTruth() ? weights : nominalWeights, weights, out.response);
        }
    }

    /** True for the events whose two W bosons did not both decay to a prompt electron or muon. */
    private static boolean[] notPromptDilepton(EventBatch batch) {
        int[] d1 = batch.ints(Columns.GEN_DECAY_1.name());
        int[] d2 = batch.ints(Columns.GEN_DECAY_2.name());
        boolean[] out = new boolean[d1.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = !(WDecay.of(d1[i]).isPromptLightLepton() && WDecay.of(d2[i]).isPromptLightLepton());
        }
        return out;
    }

    /**
     * The p_T^miss of each event, {magnitude, azimuth}: a stored column, or PUPPI corrected
     * by the network for the events that reach the p_T^miss cut (the others never use it).
     */
    private static double[][] met(RunConfig config, EventBatch batch, MetModel model) {
        String[] columns = MetColumns.of(config.metSource()).toArray(String[]::new);
        double[] pt = batch.doubles(columns[0]);
        double[] phi = batch.doubles(columns[1]);
        if (model == null) {
            return new double[][] {pt, phi};
        }
        RecoSelection.Result before = RecoSelection.select(batch, config.cuts(), pt, phi);
        int[] reaching = java.util.stream.IntStream.range(0, batch.nEvents())
                .filter(i -> before.stepsPassed()[i] >= CutStep.MET.ordinal())
                .toArray();
        MetVector corrected = model.correctedMet(batch, reaching);
        double[] correctedPt = pt.clone();
        double[] correctedPhi = phi.clone();
        double[] magnitude = corrected.magnitude();
        double[] azimuth = corrected.phi();
        for (int k = 0; k < reaching.length; k++) {
            correctedPt[reaching[k]] = magnitude[k];
            correctedPhi[reaching[k]] = azimuth[k];
        }
        return new double[][] {correctedPt, correctedPhi};
    }

    private static double[] weights(EventBatch batch, double scale) {
        if (!batch.has(Columns.GEN_WEIGHT.name())) {
            double[] w = new double[batch.nEvents()];
            java.util.Arrays.fill(w, scale);
            return w;
        }
        double[] gen = batch.doubles(Columns.GEN_WEIGHT.name());
        double[] w = new double[gen.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = gen[i] * scale;
        }
        return w;
    }

    private static void fillReco(RecoSelection.Result reco, double[] weights, Map<Observable, Histogram> histograms) {
        for (var entry : histograms.entrySet()) {
            double[][] values = recoValues(reco, entry.getKey());
            Histogram h = entry.getValue();
            for (int i = 0; i < weights.length; i++) {
                if (reco.selected(i)) {
                    h.fill(values[0][i], values[1][i], weights[i]);
                }
            }
        }
    }

    private static void fillResponse(RecoSelection.Result reco, FiducialSelection.Result truth,
                                     double[] truthWeights, double[] weights, Map<Observable, ResponseFill> out) {
        for (var entry : out.entrySet()) {
            double[][] r = recoValues(reco, entry.getKey());
            double[][] t = values(entry.getKey(), truth.ptNuNu(), truth.minDeltaPhi());
            ResponseFill fill = entry.getValue();
            for (int i = 0; i < weights.length; i++) {
                fill.fill(reco.selected(i), truth.fiducial()[i], r[0][i], r[1][i], t[0][i], t[1][i], truthWeights[i],
                        weights[i]);
            }
        }
    }

    private static double[][] recoValues(RecoSelection.Result reco, Observable o) {
        return values(o, reco.ptNuNu(), reco.minDeltaPhi());
    }

    /** The (x, y) value arrays of an observable; y is unused (the same array) for 1D. */
    private static double[][] values(Observable o, double[] ptNuNu, double[] minDeltaPhi) {
        return switch (o) {
            case PT_NUNU -> new double[][] {ptNuNu, ptNuNu};
            case MIN_DELTA_PHI -> new double[][] {minDeltaPhi, minDeltaPhi};
            case PT_NUNU_MIN_DELTA_PHI -> new double[][] {ptNuNu, minDeltaPhi};
        };
    }

    /** The column names of each MET source: magnitude, azimuth. */
    static final class MetColumns {
        private MetColumns() {
        }

        static List<String> of(MetSource source) {
            return source == MetSource.PF ? List.of(Columns.MET.name(), Columns.MET_PHI.name())
                    // the network corrects PUPPI
                    : List.of(Columns.PUPPI_MET.name(), Columns.PUPPI_MET_PHI.name());
        }
    }
}
