package org.dineutrino.regress;

import java.nio.file.Path;
import java.util.List;
import org.dineutrino.event.EventBatch;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/**
 * A trained MET-regression network, ready for inference: holds a TensorFlow session (native
 * memory), so close it when done.
 *
 * <p>It predicts, per event, the (x, y) components of PUPPI p_T^miss - gen p_T^miss [GeV] from
 * the features; {@link #correctedMet} subtracts that from PUPPI p_T^miss. The model is the same
 * whether it comes from {@link MetRegression#train} or from {@link #fromBytes}: the bytes carry the
 * SavedModel and the manifest (feature list, standardisation, settings, metrics, loss curves).
 * Session.run is thread-safe, so one model may serve several threads.
 */
public final class MetModel implements AutoCloseable {

    /** Rows per inference call: large enough to amortise the call, small enough for the cache. */
    static final int INFERENCE_CHUNK_ROWS = 8192;

    private final Session session;
    private final AutoCloseable resources;
    private final ModelManifest manifest;
    private final MetNetwork network;
    private final byte[] archive;

    private MetModel(Session session, AutoCloseable resources, ModelManifest manifest, MetNetwork network,
                     byte[] archive) {
        this.session = session;
        this.resources = resources;
        this.manifest = manifest;
        this.network = network;
        this.archive = archive;
    }

    /** A model on the training session and graph; it owns and closes both. */
    static MetModel inMemory(Session session, MetNetwork network, ModelManifest manifest) {
        AutoCloseable both = () -> {
            session.close();
            network.close();
        };
        return new MetModel(session, both, manifest, network, null);
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public List<String> featureNames() {
        return manifest.featureNames();
    }

    public FeatureSettings featureSettings() {
        return manifest.settings().features();
    }

    /**
     * The predicted PUPPI - gen p_T^miss [GeV] for each row of the features.
     *
     * @throws IllegalArgumentException if the feature names differ from the model's
     * @throws InputDataException       if a feature is not finite (naming it and the event)
     */
    public MetVector predict(FeatureMatrix features) {
        String mismatch = FeatureChecks.describeMismatch(featureNames(), features.names());
        if (!mismatch.isEmpty()) {
            throw new IllegalArgumentException("features do not match the MET model's: " + mismatch
                    + "; compute them with MetFeatures.compute(batch, events, model.featureSettings())");
        }
        FeatureChecks.requireFinite(features, "the events to correct");
        int n = features.nRows();
        double[] px = new double[n];
        double[] py = new double[n];
        for (int from = 0; from < n; from += INFERENCE_CHUNK_ROWS) {
            int to = Math.min(n, from + INFERENCE_CHUNK_ROWS);
            float[] x = TensorBoundary.standardisedRows(features, manifest.standardisation(), from, to);
            runChunk(session, manifest.targetScaleGeV(), x, to - from, features.nFeatures(), px, py, from);
        }
        return new MetVector(px, py);
    }

    /**
     * Prediction of a session for already standardised rows (row-major floats), scaled back to
     * GeV, INFERENCE_CHUNK_ROWS rows per call.
     */
    static MetVector predictStandardised(Session session, double targetScale, float[] x, int nRows, int nFeatures) {
        double[] px = new double[nRows];
        double[] py = new double[nRows];
        for (int from = 0; from < nRows; from += INFERENCE_CHUNK_ROWS) {
            int to = Math.min(nRows, from + INFERENCE_CHUNK_ROWS);
            float[] chunk = java.util.Arrays.copyOfRange(x, from * nFeatures, to * nFeatures);
            runChunk(session, targetScale, chunk, to - from, nFeatures, px, py, from);
        }
        return new MetVector(px, py);
    }

    private static void runChunk(Session session, double targetScale, float[] x, int nRows, int nFeatures,
                                 double[] px, double[] py, int offset) {
        try (TFloat32 input = TensorBoundary.matrix(x, nRows, nFeatures);
                Result result = session.runner().feed(MetNetwork.INPUT, input).fetch(MetNetwork.OUTPUT).run()) {
            TensorBoundary.readPrediction((TFloat32) result.get(0), targetScale, px, py, offset);
        }
    }

    /**
     * The corrected p_T^miss of the given events: PUPPI minus the prediction, as x and y [GeV]
     * (magnitude and azimuth through {@link MetVector#magnitude()} and {@link MetVector#phi()}).
     *
     * @param batch  events with the columns of {@link MetFeatures#inputColumns()}
     * @param events the events to correct (any selection)
     */
    public MetVector correctedMet(EventBatch batch, int[] events) {
        MetVector prediction = predict(MetFeatures.compute(batch, events, featureSettings()));
        double[] puppi = batch.doubles("puppiMet");
        double[] puppiPhi = batch.doubles("puppiMetPhi");
        double[] x = new double[events.length];
        double[] y = new double[events.length];
        for (int r = 0; r < events.length; r++) {
            x[r] = FourMomenta.px(puppi[events[r]], puppiPhi[events[r]]);
            y[r] = FourMomenta.py(puppi[events[r]], puppiPhi[events[r]]);
        }
        return MetVector.corrected(x, y, prediction);
    }

    /**
     * The model as bytes for the database: a zip of the SavedModel and manifest.json (see
     * {@link ModelArchive}). A model loaded from bytes returns those bytes.
     */
    public byte[] toBytes() {
        if (archive != null) {
            return archive.clone();
        }
        return ModelArchive.write(session, network, manifest);
    }

    /** The manifest of stored model bytes, without loading TensorFlow (for the models page). */
    public static ModelManifest readManifest(byte[] bytes) {
        return ModelArchive.readManifest(bytes);
    }

    /**
     * Loads a stored model and checks that its feature list is the one this application computes
     * for the model's feature settings.
     *
     * @throws InputDataException if the bytes are no model, or the feature list does not match
     */
    public static MetModel fromBytes(byte[] bytes) {
        ModelManifest manifest = ModelArchive.readManifest(bytes);
        return fromBytes(bytes, MetFeatures.names(manifest.settings().features()));
    }

    /**
     * Loads a stored model whose inputs must be exactly expectedFeatures (for example the feature
     * list of the samples it is to be applied to).
     *
     * @throws InputDataException naming the missing, unexpected or reordered features on a mismatch
     */
    public static MetModel fromBytes(byte[] bytes, List<String> expectedFeatures) {
        ModelManifest manifest = ModelArchive.readManifest(bytes);
        if (manifest.formatVersion() != ModelManifest.FORMAT_VERSION) {
            throw new InputDataException("stored MET model has format version " + manifest.formatVersion()
                    + ", this application reads version " + ModelManifest.FORMAT_VERSION + ": train the model again");
        }
        String mismatch = FeatureChecks.describeMismatch(expectedFeatures, manifest.featureNames());
        if (!mismatch.isEmpty()) {
            throw new InputDataException("stored MET model refused: its feature list does not match the samples' ("
                    + mismatch + "); train a new model with the current features");
        }
        Path dir = ModelArchive.createTempDir();
        try {
            Path savedModel = ModelArchive.unpackSavedModel(bytes, dir);
            SavedModelBundle bundle = SavedModelBundle.loader(savedModel.toString())
                    .withTags(SavedModelBundle.DEFAULT_TAG)
                    .withConfigProto(SessionConfigs.of(manifest.settings().training().singleThreaded()))
                    .load();
            return new MetModel(bundle.session(), bundle, manifest, null, bytes.clone());
        } finally {
            ModelArchive.deleteRecursively(dir);
        }
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not release the MET model's TensorFlow session", e);
        }
    }
}
