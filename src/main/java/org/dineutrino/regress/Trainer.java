package org.dineutrino.regress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/** One training run: its data in float form, the network, the session and the epoch loop. */
final class Trainer {

    /** Batches between two cancellation checks inside an epoch. */
    static final int CANCEL_CHECK_BATCHES = 16;

    /** Rows per call when evaluating the loss on a whole set. */
    static final int EVAL_CHUNK_ROWS = 8192;

    /**
     * Floor on the target scale [GeV]: a sample whose targets all vanish would otherwise divide
     * by zero; 1 GeV is far below any p_T^miss resolution.
     */
    static final double MIN_TARGET_SCALE_GEV = 1.0;

    /** Fewest events in each part of the split that training accepts. */
    static final int MIN_EVENTS_PER_PART = 2;

    private final RegressionData data;
    private final RegressionSettings settings;
    private final TrainingSettings ts;
    private final DataSplit split;
    private final Standardisation standardisation;
    private final double targetScale;
    private final float[] x;
    private final float[] t;
    private final float[] w;
    private final int nF;
    private final MetNetwork network;
    private final Session session;
    private final SplittableRandom random;
    private final List<Double> trainLosses = new ArrayList<>();
    private final List<Double> valLosses = new ArrayList<>();
    private double stepSeconds;
    private long stepEvents;
    private long steps;

    /** Fails on non-finite features or targets and on feature lists that differ from the settings'. */
    static void checkInputs(RegressionData data, RegressionSettings settings) {
        List<String> expected = MetFeatures.names(settings.features());
        String mismatch = FeatureChecks.describeMismatch(expected, data.features().names());
        if (!mismatch.isEmpty()) {
            throw new IllegalArgumentException("training data features do not match the feature settings: " + mismatch);
        }
        FeatureChecks.requireFinite(data.features(), "the training sample");
        double[][] targets = {data.puppiPx(), data.puppiPy(), data.genPx(), data.genPy()};
        String[] names = {"PUPPI p_T^miss x (puppiMet, puppiMetPhi)", "PUPPI p_T^miss y (puppiMet, puppiMetPhi)",
            "gen p_T^miss x (genMet, genMetPhi)", "gen p_T^miss y (genMet, genMetPhi)"};
        for (int k = 0; k < targets.length; k++) {
            for (int r = 0; r < data.nRows(); r++) {
                if (!Double.isFinite(targets[k][r])) {
                    throw new InputDataException("target input " + names[k] + " is " + targets[k][r] + " in event "
                            + data.features().events()[r] + " (row " + r + " of the training sample): fix the "
                            + "columns for that event or leave it out of the selection");
                }
            }
        }
    }

    Trainer(RegressionData data, RegressionSettings settings) {
        this.data = data;
        this.settings = settings;
        this.ts = settings.training();
        this.split = DataSplit.random(data.nRows(), ts.trainFraction(), ts.validationFraction(), ts.seed());
        requireSizes();
        this.standardisation = Standardisation.fit(data.features(), split.train());
        this.targetScale = targetScale(data, split.train());
        this.nF = data.features().nFeatures();
        this.x = TensorBoundary.standardisedRows(data.features(), standardisation, 0, data.nRows());
        this.t = TensorBoundary.scaledTargets(data, targetScale);
        this.w = flatteningWeights();
        this.random = new SplittableRandom(ts.seed());
        this.network = new MetNetwork(nF, settings.network(), (float) ts.learningRate(), ts.seed());
        this.session = openSession(network, ts.singleThreaded());
    }

    /** A session on the network's graph with its variables initialised; closes the graph on failure. */
    private static Session openSession(MetNetwork network, boolean singleThreaded) {
        try {
            Session s = new Session(network.graph, SessionConfigs.of(singleThreaded));
            s.initialize();
            return s;
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    private void requireSizes() {
        int smallest = Math.min(split.train().length, Math.min(split.validation().length, split.test().length));
        if (smallest < MIN_EVENTS_PER_PART) {
            throw new InputDataException("too few events to train the MET regression: " + data.nRows()
                    + " events split into " + split.train().length + " training, " + split.validation().length
                    + " validation and " + split.test().length + " test events, need at least " + MIN_EVENTS_PER_PART
                    + " in each; use a larger training sample");
        }
    }

    /** RMS of the target components over the training rows [GeV], at least MIN_TARGET_SCALE_GEV. */
    static double targetScale(RegressionData d, int[] rows) {
        double sum2 = 0;
        for (int r : rows) {
            double tx = d.puppiPx()[r] - d.genPx()[r];
            double ty = d.puppiPy()[r] - d.genPy()[r];
            sum2 += tx * tx + ty * ty;
        }
        return Math.max(MIN_TARGET_SCALE_GEV, Math.sqrt(sum2 / (2.0 * rows.length)));
    }

    /** Flattening weights of each part from its own gen p_T^miss histogram, stored per row. */
    private float[] flatteningWeights() {
        double[] genMet = data.genMet();
        float[] out = new float[data.nRows()];
        for (int[] rows : new int[][] {split.train(), split.validation(), split.test()}) {
            double[] wPart = SpectrumFlattening.weights(genMet, rows, ts.flattenMaxGeV(), ts.flattenBins(),
                    ts.flattenMaxWeight());
            for (int k = 0; k < rows.length; k++) {
                out[rows[k]] = (float) wPart[k];
            }
        }
        return out;
    }

    MetModel run(EpochListener listener, BooleanSupplier cancelled, Map<String, String> provenance) {
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        float[][] bestState = null;
        TrainingReport.StopReason stop = TrainingReport.StopReason.MAX_EPOCHS;
        for (int epoch = 1; epoch <= ts.maxEpochs(); epoch++) {
            checkCancelled(cancelled, epoch - 1);
            double trainLoss = trainEpoch(cancelled, epoch - 1);
            double valLoss = loss(split.validation());
            if (!Double.isFinite(valLoss)) {
                throw new NumericalFailureException("MET-regression validation loss became " + valLoss + " in epoch "
                        + epoch + ": lower the learning rate (" + ts.learningRate() + ") or use the Huber loss");
            }
            trainLosses.add(trainLoss);
            valLosses.add(valLoss);
            listener.onEpoch(epoch, trainLoss, valLoss);
            if (valLoss < best * (1 - ts.minImprovement())) {
                best = valLoss;
                bestEpoch = epoch;
                bestState = readState();
            } else if (epoch - bestEpoch >= ts.patience()) {
                stop = TrainingReport.StopReason.EARLY_STOPPING;
                break;
            }
        }
        writeState(bestState);
        return finish(bestEpoch, stop, provenance);
    }

    private static void checkCancelled(BooleanSupplier cancelled, int completedEpochs) {
        if (cancelled.getAsBoolean()) {
            throw new TrainingCancelledException(completedEpochs);
        }
    }

    /** One pass over the shuffled training rows; returns the weighted mean training-mode loss. */
    private double trainEpoch(BooleanSupplier cancelled, int completedEpochs) {
        int[] order = split.train().clone();
        DataSplit.shuffle(order, random);
        int b = Math.min(ts.batchSize(), order.length);
        int nBatches = order.length / b;
        float[] xb = new float[b * nF];
        float[] tb = new float[2 * b];
        float[] wb = new float[b];
        double lossSum = 0;
        double weightSum = 0;
        long start = System.nanoTime();
        for (int k = 0; k < nBatches; k++) {
            if (k % CANCEL_CHECK_BATCHES == CANCEL_CHECK_BATCHES - 1) {
                checkCancelled(cancelled, completedEpochs);
            }
            double batchWeight = gather(order, k * b, (k + 1) * b, xb, tb, wb);
            double batchLoss = step(xb, tb, wb, b);
            if (!Double.isFinite(batchLoss)) {
                throw new NumericalFailureException("MET-regression training loss became " + batchLoss + " in epoch "
                        + (completedEpochs + 1) + ", batch " + (k + 1) + ": lower the learning rate ("
                        + ts.learningRate() + ") or use the Huber loss");
            }
            lossSum += batchLoss * batchWeight;
            weightSum += batchWeight;
        }
        stepSeconds += (System.nanoTime() - start) * 1e-9;
        stepEvents += (long) nBatches * b;
        return lossSum / weightSum;
    }

    /** Copies rows order[from..to) into the batch buffers; returns the sum of their weights. */
    private double gather(int[] order, int from, int to, float[] xb, float[] tb, float[] wb) {
        TensorBoundary.gatherRows(x, nF, order, from, to, xb);
        TensorBoundary.gatherRows(t, 2, order, from, to, tb);
        TensorBoundary.gatherRows(w, 1, order, from, to, wb);
        double sum = 0;
        for (float v : wb) {
            sum += v;
        }
        return sum;
    }

    /** One Adam step (and moving-average update) on a batch; returns its training-mode loss. */
    private double step(float[] xb, float[] tb, float[] wb, int b) {
        steps++;
        try (TFloat32 xt = TensorBoundary.matrix(xb, b, nF);
                TFloat32 tt = TensorBoundary.matrix(tb, b, 2);
                TFloat32 wt = TensorBoundary.vector(wb);
                TInt64 seedPair = TInt64.vectorOf(ts.seed(), steps);
                TFloat32 b1t = TFloat32.scalarOf((float) Math.pow(MetNetwork.ADAM_BETA1, steps));
                TFloat32 b2t = TFloat32.scalarOf((float) Math.pow(MetNetwork.ADAM_BETA2, steps));
                Result r = session.runner()
                        .feed(network.features, xt)
                        .feed(network.targets, tt)
                        .feed(network.weights, wt)
                        .feed(network.dropoutSeed, seedPair)
                        .feed(network.beta1Power, b1t)
                        .feed(network.beta2Power, b2t)
                        .addTarget(network.trainStep)
                        .fetch(network.trainingLoss)
                        .run()) {
            return TensorBoundary.scalar((TFloat32) r.get(0));
        }
    }

    /** Weighted mean inference-mode loss over some rows: sum(w loss) / sum(w), chunk by chunk. */
    double loss(int[] rows) {
        double lossSum = 0;
        double weightSum = 0;
        for (int from = 0; from < rows.length; from += EVAL_CHUNK_ROWS) {
            int to = Math.min(rows.length, from + EVAL_CHUNK_ROWS);
            int n = to - from;
            float[] xb = new float[n * nF];
            float[] tb = new float[2 * n];
            float[] wb = new float[n];
            gather(rows, from, to, xb, tb, wb);
            try (TFloat32 xt = TensorBoundary.matrix(xb, n, nF);
                    TFloat32 tt = TensorBoundary.matrix(tb, n, 2);
                    TFloat32 wt = TensorBoundary.vector(wb);
                    Result r = session.runner()
                            .feed(network.features, xt)
                            .feed(network.targets, tt)
                            .feed(network.weights, wt)
                            .fetch(network.weightedLossSum)
                            .fetch(network.weightSum)
                            .run()) {
                lossSum += TensorBoundary.scalar((TFloat32) r.get(0));
                weightSum += TensorBoundary.scalar((TFloat32) r.get(1));
            }
        }
        return lossSum / weightSum;
    }

    /** Copies of the state variables' values (weights, BN parameters, moving averages). */
    private float[][] readState() {
        Session.Runner runner = session.runner();
        network.state.forEach(runner::fetch);
        float[][] values = new float[network.state.size()][];
        try (Result r = runner.run()) {
            for (int k = 0; k < values.length; k++) {
                TFloat32 v = (TFloat32) r.get(k);
                values[k] = new float[(int) v.size()];
                v.copyTo(DataBuffers.of(values[k], false, false));
            }
        }
        return values;
    }

    /** Assigns a snapshot back to the state variables. */
    private void writeState(float[][] values) {
        List<TFloat32> tensors = new ArrayList<>();
        try {
            Session.Runner runner = session.runner();
            for (int k = 0; k < values.length; k++) {
                Shape shape = network.state.get(k).shape();
                TFloat32 tensor = TFloat32.tensorOf(shape, DataBuffers.of(values[k], true, false));
                tensors.add(tensor);
                runner.feed(network.stateFeeds.get(k), tensor).addTarget(network.stateAssigns.get(k));
            }
            runner.run().close();
        } finally {
            tensors.forEach(TFloat32::close);
        }
    }

    /** Test-set evaluation and the manifest; hands session and graph to the model. */
    private MetModel finish(int bestEpoch, TrainingReport.StopReason stop, Map<String, String> provenance) {
        int[] test = split.test();
        TrainingReport report = new TrainingReport(toArray(trainLosses), toArray(valLosses), bestEpoch, stop,
                split.train().length, split.validation().length, test.length, loss(test), targetScale, stepSeconds,
                stepEvents / stepSeconds);
        float[] xTest = new float[test.length * nF];
        TensorBoundary.gatherRows(x, nF, test, 0, test.length, xTest);
        MetVector prediction = MetModel.predictStandardised(session, targetScale, xTest, test.length, nF);
        PerformanceReport performance = MetPerformance.evaluate(MetComparison.of(data, test, prediction),
                PerformanceBinning.defaults());
        ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT_VERSION, TensorFlow.version(),
                data.features().names(), settings, standardisation, targetScale, provenance, report, performance);
        return MetModel.inMemory(session, network, manifest);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    void closeQuietly(RuntimeException cause) {
        try {
            session.close();
            network.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
