package org.dineutrino.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.regress.FeatureSettings;
import org.dineutrino.regress.MetFeatures;
import org.dineutrino.regress.MetModel;
import org.dineutrino.regress.MetRegression;
import org.dineutrino.regress.RegressionData;
import org.dineutrino.regress.RegressionSettings;
import org.dineutrino.regress.TrainingCancelledException;
import org.dineutrino.regress.TrainingSettings;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.select.RecoSelection;
import org.dineutrino.select.SelectionCuts;
import org.dineutrino.store.Database;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.JobKind;
import org.dineutrino.store.ModelInfo;

/**
 * MET regression networks in the application: training as a job on a simulated tt̄
 * sample (its events passing the selection without the p_T^miss cut), storing the model
 * with its curves and test-set performance, and loading a stored model for runs.
 */
public final class ModelService {

    /** Prefix of the per-epoch log lines that the job page draws as the live loss chart. */
    public static final String EPOCH_LOG_PREFIX = "epoch ";

    private final Database db;
    private final JobExecutor executor;

    public ModelService(Database db, JobExecutor executor) {
        this.db = db;
        this.executor = executor;
        if (executor != null) {
            executor.register(JobKind.TRAIN, this::executeJob);
        }
    }

    /**
     * A training: the model's name, the tt̄ sample, and what to change from the defaults.
     *
     * @param maxEpochs    null for the default
     * @param seed         split, initialisation and dropout seed
     * @param runAfterwards JSON of a run to queue with this model as MET source once trained, or null
     */
    public record TrainRequest(String name, String trainingSample, Integer maxEpochs, long seed,
                               boolean singleThreaded, String runAfterwards) {

        public TrainRequest {
            if (name == null || name.isBlank() || name.length() > 100 || !name.matches("[A-Za-z0-9._-]+")) {
                throw new InvalidConfigException("name", "must be 1 to 100 letters, digits, '.', '_' or '-', got '"
                        + (name == null ? "" : name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'");
            }
            if (trainingSample == null || trainingSample.isBlank()) {
                throw new InvalidConfigException("trainingSample", "is required: a simulated tt̄ sample");
            }
            if (maxEpochs != null && (maxEpochs < 1 || maxEpochs > 10_000)) {
                throw new InvalidConfigException("maxEpochs", "must be between 1 and 10000, got " + maxEpochs);
            }
        }
    }

    /** Validates and queues a training. */
    public JobInfo queue(TrainRequest request) {
        SampleInfo sample = trainingSample(request.trainingSample());
        RunValidation.requireColumns(sample, columns());
        JobInfo job = db.jobs().create(JobKind.TRAIN, request.name() + " on " + sample.name(),
                ImportService.write(request));
        executor.submit(job.id());
        return job;
    }

    private SampleInfo trainingSample(String name) {
        SampleInfo sample = db.samples().find(name).orElseThrow(() -> new InvalidConfigException("trainingSample",
                "names no sample: '" + name + "'"));
        if (!sample.hasColumn(Columns.GEN_MET.name())) {
            throw new InvalidConfigException("trainingSample", "sample '" + name + "' has no gen p_T^miss (genMet):"
                    + " the network needs simulation to learn from");
        }
        return sample;
    }

    private static Set<String> columns() {
        Set<String> cols = new LinkedHashSet<>(RecoSelection.COLUMNS);
        MetFeatures.inputColumns().stream().map(ColumnSpec::name).forEach(cols::add);
        cols.add(Columns.GEN_MET.name());
        cols.add(Columns.GEN_MET_PHI.name());
        return cols;
    }

    /** The selection without the p_T^miss cut, which applies to the corrected value. */
    static SelectionCuts trainingCuts() {
        SelectionCuts d = SelectionCuts.defaults();
        return new SelectionCuts(d.leadingLeptonPt(), d.subleadingLeptonPt(), d.leptonAbsEta(), d.electronGapLow(),
                d.electronGapHigh(), d.vetoLeptonPt(), d.mllMin(), d.zVetoLow(), d.zVetoHigh(), 0, d.jetPt(),
                d.jetAbsEta(), d.jetLeptonDeltaR(), d.minJets(), d.minBJets(), d.bTagThreshold());
    }

    private String executeJob(JobInfo job, Pipeline.Listener listener) {
        TrainRequest request = readRequest(job.paramsJson());
        SampleInfo sample = trainingSample(request.trainingSample());
        RegressionSettings settings = settings(request);
        RegressionData data = collect(sample, settings.features(), listener);
        listener.info(String.format(Locale.ROOT, "training %s on %d selected events of %s (%d features)",
                request.name(), data.nRows(), sample.name(), data.features().names().size()));
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("trainingSample", sample.name());
        provenance.put("trainingSampleChecksum", sample.checksum());
        provenance.put("application", AppVersion.get());
        ModelInfo info;
        try (MetModel model = train(data, settings, listener, provenance)) {
            var manifest = model.manifest();
            info = db.models().save(request.name(), sample.name(), model.toBytes(), ImportService.write(manifest),
                    ImportService.write(manifest.training()), ImportService.write(manifest.performance()));
            listener.info(String.format(Locale.ROOT, "model %s: resolution gain over PUPPI %.1f %% in p_T^miss,"
                            + " %.1f %% in phi (reference analysis: 15 %%, 12 %%)", info.label(),
                    manifest.performance().ptResolutionGainPercent(),
                    manifest.performance().phiResolutionGainPercent()));
        }
        if (request.runAfterwards() != null) {
            String runJson = request.runAfterwards().replace("\"metSource\": \"puppi\"",
                    "\"metSource\": \"model:" + info.label() + "\"");
            long runId = new RunService(db, executor).submit(runJson).runId();
            listener.info("queued run " + runId + " with " + info.label());
        }
        return "model " + info.id();
    }

    private static MetModel train(RegressionData data, RegressionSettings settings, Pipeline.Listener listener,
                                  Map<String, String> provenance) {
        int maxEpochs = settings.training().maxEpochs();
        try {
            return MetRegression.train(data, settings, (epoch, trainLoss, validationLoss) -> {
                listener.info(String.format(Locale.ROOT, EPOCH_LOG_PREFIX + "%d: training loss %.6g, validation loss"
                        + " %.6g", epoch, trainLoss, validationLoss));
                listener.progress(0.2 + 0.8 * epoch / maxEpochs, "training, epoch " + epoch);
            }, listener::cancelled, provenance);
        } catch (TrainingCancelledException e) {
            throw new CancellationException("training cancelled after " + e.getMessage());
        }
    }

    /** Streams the sample and keeps the selected events (without the p_T^miss cut). */
    private RegressionData collect(SampleInfo sample, FeatureSettings features, Pipeline.Listener listener) {
        List<RegressionData> parts = new ArrayList<>();
        SelectionCuts cuts = trainingCuts();
        db.samples().stream(sample, columns(), (batch, chunk, n) -> {
            if (listener.cancelled()) {
                throw new CancellationException("cancelled while reading " + sample.name());
            }
            parts.add(RegressionData.fromBatch(batch, selected(batch, cuts), features));
            listener.progress(0.2 * (chunk + 1) / n, "reading " + sample.name());
            return true;
        });
        return RegressionData.concat(parts);
    }

    static int[] selected(EventBatch batch, SelectionCuts cuts) {
        RecoSelection.Result r = RecoSelection.select(batch, cuts, batch.doubles(Columns.PUPPI_MET.name()),
                batch.doubles(Columns.PUPPI_MET_PHI.name()));
        return java.util.stream.IntStream.range(0, batch.nEvents()).filter(r::selected).toArray();
    }

    private static RegressionSettings settings(TrainRequest r) {
        RegressionSettings d = RegressionSettings.defaults();
        TrainingSettings t = d.training();
        if (r.maxEpochs() != null) {
            t = t.withMaxEpochs(r.maxEpochs());
        }
        return new RegressionSettings(d.features(), d.network(), t.withSeed(r.seed()).withSingleThreaded(
                r.singleThreaded()));
    }

    private static TrainRequest readRequest(String json) {
        try {
            JsonNode n = ImportService.MAPPER.readTree(json);
            return new TrainRequest(n.get("name").asText(), n.get("trainingSample").asText(),
                    n.get("maxEpochs").isNull() ? null : n.get("maxEpochs").asInt(), n.get("seed").asLong(),
                    n.get("singleThreaded").asBoolean(), n.get("runAfterwards").isNull() ? null
                    : n.get("runAfterwards").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored training parameters are not JSON: " + e.getMessage(), e);
        }
    }

    /** A stored model, loaded for inference; refused when its features do not match this application's. */
    static MetModel load(Database db, ModelInfo info) {
        return MetModel.fromBytes(db.models().archive(info.id()), MetFeatures.names(FeatureSettings.defaults()));
    }
}
