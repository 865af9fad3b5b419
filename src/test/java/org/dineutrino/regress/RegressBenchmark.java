package org.dineutrino.regress;

import java.util.List;
import java.util.Map;
import org.dineutrino.event.EventBatch;

/**
 * Throughput of the MET regression on this machine (not a unit test; surefire skips *Benchmark):
 * training events per second per epoch with the default settings on 100k synthetic events
 * (multi- and single-threaded), and inference (features plus network) on 1 million events.
 *
 * <p>Run: {@code mvn -q test-compile} then {@code java -cp target/classes:target/test-classes:<deps>
 * org.dineutrino.regress.RegressBenchmark [nTrainEvents] [nInferenceEvents] [epochs] [widths]},
 * widths as e.g. {@code 64,64,64}.
 */
public final class RegressBenchmark {

    private RegressBenchmark() {
    }

    public static void main(String[] args) {
        int nTrain = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int nInference = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Integer> widths = args.length > 3
                ? java.util.Arrays.stream(args[3].split(",")).map(Integer::valueOf).toList()
                : NetworkSettings.defaults().hiddenWidths();
        System.out.printf("cores %d, TensorFlow %s, hidden layers %s%n", Runtime.getRuntime().availableProcessors(),
                org.tensorflow.TensorFlow.version(), widths);

        EventBatch sample = SyntheticEvents.generate(nTrain, 1);
        long t0 = System.nanoTime();
        RegressionData data = RegressionData.fromBatch(sample, SyntheticEvents.allEvents(nTrain),
                FeatureSettings.defaults());
        System.out.printf("features: %d events in %.3f s%n", nTrain, seconds(t0));

        byte[] model = null;
        for (boolean single : new boolean[] {false, true}) {
            model = train(data, widths, epochs, single);
        }
        infer(model, nInference);
    }

    private static byte[] train(RegressionData data, List<Integer> widths, int epochs, boolean single) {
        NetworkSettings d = NetworkSettings.defaults();
        NetworkSettings net = new NetworkSettings(widths, d.batchNorm(), d.batchNormMomentum(), d.dropoutRate(),
                d.leakyReluAlpha(), d.l2(), d.loss(), d.huberDelta());
        RegressionSettings s = new RegressionSettings(FeatureSettings.defaults(), net,
                TrainingSettings.defaults().withMaxEpochs(epochs).withSingleThreaded(single));
        long t0 = System.nanoTime();
        try (MetModel m = MetRegression.train(data, s, EpochListener.NONE, () -> false, Map.of())) {
            double wall = seconds(t0);
            TrainingReport t = m.manifest().training();
            System.out.printf("training (%s): %d epochs of %d events: %.0f events/s in gradient steps, "
                            + "%.2f s per epoch wall (with validation), best epoch %d, "
                            + "p_T gain %.1f %%, phi gain %.1f %%%n",
                    single ? "single-threaded" : "default threads", t.epochsRun(), t.nTrain(),
                    t.trainingEventsPerSecond(), wall / t.epochsRun(), t.bestEpoch(),
                    m.manifest().performance().ptResolutionGainPercent(),
                    m.manifest().performance().phiResolutionGainPercent());
            long e0 = System.nanoTime();
            byte[] bytes = m.toBytes();
            System.out.printf("export: %d bytes in %.3f s%n", bytes.length, seconds(e0));
            return bytes;
        }
    }

    private static void infer(byte[] bytes, int n) {
        EventBatch batch = SyntheticEvents.generate(n, 2);
        int[] events = SyntheticEvents.allEvents(n);
        long l0 = System.nanoTime();
        try (MetModel m = MetModel.fromBytes(bytes)) {
            System.out.printf("load: %.3f s%n", seconds(l0));
            for (int rep = 0; rep < 2; rep++) {
                long t0 = System.nanoTime();
                FeatureMatrix f = MetFeatures.compute(batch, events, m.featureSettings());
                double tFeatures = seconds(t0);
                long t1 = System.nanoTime();
                MetVector p = m.predict(f);
                double tNetwork = seconds(t1);
                System.out.printf("inference on %d events: features %.2f s, network %.2f s, total %.2f s "
                        + "(%.2f M events/s); first prediction (%.2f, %.2f) GeV%n", n, tFeatures, tNetwork,
                        tFeatures + tNetwork, n / (tFeatures + tNetwork) / 1e6, p.px()[0], p.py()[0]);
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) * 1e-9;
    }
}
