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
    private static final double READ_SHARE = 0.95;

    public RunResult execute(RunConfig given, Listener listener) {
        RunConfig config = normalise(given);
        Map<String, SampleInfo> resolved = resolve(config);
        if (config.metSource() != MetSource.MODEL) {
            return execute(config, resolved, null, listener);
        }
        ModelInfo info = model(config);
        listener.info("p_T^miss: PUPPI corrected by model " + info.label() + " (trained on "
                + info.trainingSample() + ")");
        try (MetModel model = ModelService.load(db, info)) {
            return execute(config, resolved, model, listener);
        }
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
        return config.withSamples(signal, backgrounds, data);
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

    private RunResult execute(RunConfig config, Map<String, SampleInfo> resolved, MetModel model,
                              Listener listener) {
        Instant started = Instant.now();
        long totalChunks = resolved.values().stream().mapToLong(SampleInfo::nChunks).sum();
        Map<String, SampleAccumulator> accumulated = new LinkedHashMap<>();
        long[] chunksDone = {0};
        for (SampleInfo info : resolved.values()) {
            Instant t0 = Instant.now();
            SampleAccumulator acc = accumulate(config, info, model, listener, chunksDone, totalChunks);
            accumulated.put(info.name(), acc);
            listener.info(String.format(java.util.Locale.ROOT,
                    "selection: sample %s, %d events read, %d selected (%.1f expected at %.2f fb^-1) in %d ms",
                    info.name(), acc.cutflow.count(0, Cutflow.TOTAL), acc.cutflow.count(acc.cutflow.nRows() - 1,
                            Cutflow.TOTAL), acc.cutflow.sumWeights(acc.cutflow.nRows() - 1, Cutflow.TOTAL),
                    config.lumiInvFb(), Duration.between(t0, Instant.now()).toMillis()));
        }
        listener.progress(READ_SHARE, "unfolding");
        List<RunResult.ObservableResult> observables = new ArrayList<>();
        for (Observable o : config.unfold() ? config.binnings().keySet() : java.util.Set.<Observable>of()) {
            if (listener.cancelled()) {
                throw new CancellationException("cancelled before unfolding " + o.key());
            }
            observables.add(ResultAssembly.unfoldObservable(config, o, accumulated, resolved, listener));
        }
        RunResult.Provenance provenance = ResultAssembly.provenance(config, resolved, started);
        return new RunResult(config.name(), config.lumiInvFb(), config.method().key(), config.metSource().key(),
                observables, ResultAssembly.cutflows(config, accumulated, resolved),
                ResultAssembly.composition(config, accumulated, resolved),
                ResultAssembly.selectedYields(accumulated), provenance);
    }

    /**
     * Checks a configuration against the stored samples without running it.
     *
     * @throws InvalidConfigException naming the field and the sample
     */
    public void validate(RunConfig given) {
        RunConfig config = normalise(given);
        resolve(config);
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
        final Map<Observable, Histogram> reco = new EnumMap<>(Observable.class);
        final Map<Observable, ResponseFill> response = new EnumMap<>(Observable.class);
    }

    private SampleAccumulator accumulate(RunConfig config, SampleInfo info, MetModel model, Listener listener,
                                         long[] chunksDone, long totalChunks) {
        boolean isSignal = config.unfold() && info.name().equals(config.signal());
        SampleAccumulator acc = new SampleAccumulator();
        for (var entry : config.binnings().entrySet()) {
            var recoBinning = ResultAssembly.recoBinning(config, entry.getValue());
            acc.reco.put(entry.getKey(), new Histogram(recoBinning));
            if (isSignal) {
                acc.response.put(entry.getKey(), new ResponseFill(entry.getValue().truth(), recoBinning));
            }
        }
        double scale = info.lumiScale(config.lumiInvFb());
        Set<String> columns = columnsFor(config, isSignal);
        if (!info.hasColumn(Columns.GEN_WEIGHT.name())) {
            columns.remove(Columns.GEN_WEIGHT.name());
        }
        if (info.name().equals(config.signal()) && info.hasColumn(Columns.GEN_DECAY_1.name())
                && info.hasColumn(Columns.GEN_DECAY_2.name())) {
            acc.ttbarOther = new Cutflow();
            columns.add(Columns.GEN_DECAY_1.name());
            columns.add(Columns.GEN_DECAY_2.name());
        }
        samples.stream(info, columns, (batch, chunk, nChunks) -> {
            if (listener.cancelled()) {
                throw new CancellationException("cancelled while reading sample " + info.name());
            }
            fill(config, batch, scale, isSignal, model, acc);
            chunksDone[0]++;
            listener.progress(READ_SHARE * chunksDone[0] / Math.max(1, totalChunks),
                    "selection: " + info.name() + " (" + (chunk + 1) + "/" + nChunks + " chunks)");
            return true;
        });
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
        fillReco(reco, weights, acc);
        if (isSignal) {
            FiducialSelection.Result truth = FiducialSelection.select(batch, config.fiducial(), false);
            fillResponse(reco, truth, weights, acc);
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

    private static void fillReco(RecoSelection.Result reco, double[] weights, SampleAccumulator acc) {
        for (var entry : acc.reco.entrySet()) {
            double[][] values = recoValues(reco, entry.getKey());
            Histogram h = entry.getValue();
            for (int i = 0; i < weights.length; i++) {
                if (reco.selected(i)) {
                    h.fill(values[0][i], values[1][i], weights[i]);
                }
            }
        }
    }

    private static void fillResponse(RecoSelection.Result reco, FiducialSelection.Result truth, double[] weights,
                                     SampleAccumulator acc) {
        for (var entry : acc.response.entrySet()) {
            double[][] r = recoValues(reco, entry.getKey());
            double[][] t = values(entry.getKey(), truth.ptNuNu(), truth.minDeltaPhi());
            ResponseFill fill = entry.getValue();
            for (int i = 0; i < weights.length; i++) {
                fill.fill(reco.selected(i), truth.fiducial()[i], r[0][i], r[1][i], t[0][i], t[1][i], weights[i]);
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
