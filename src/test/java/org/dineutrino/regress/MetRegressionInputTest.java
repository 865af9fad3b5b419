package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;

/** Training on bad or small inputs, cancellation, reproducibility and the other loss and layout. */
class MetRegressionInputTest {

    private static final FeatureSettings FEATURES = FeatureSettings.defaults();

    private static RegressionData data(EventBatch b) {
        return RegressionData.fromBatch(b, SyntheticEvents.allEvents(b.nEvents()), FEATURES);
    }

    /** A listener and a cancellation check that count their calls, to prove no epoch started. */
    private static final class Probe implements EpochListener, BooleanSupplier {
        final AtomicInteger epochs = new AtomicInteger();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public void onEpoch(int epoch, double trainingLoss, double validationLoss) {
            epochs.incrementAndGet();
        }

        @Override
        public boolean getAsBoolean() {
            checks.incrementAndGet();
            return false;
        }
    }

    private static InputDataException trainExpectingFailure(RegressionData d, Probe probe) {
        InputDataException e = assertThrows(InputDataException.class,
                () -> MetRegression.train(d, TestRows.tiny(1, 2), probe, probe, Map.of()).close());
        assertEquals(0, probe.checks.get(), "no epoch may start");
        assertEquals(0, probe.epochs.get());
        return e;
    }

    @Test
    void a_nan_jet_stops_training_before_any_step_naming_the_feature_and_the_event() {
        EventBatch b = SyntheticEvents.generate(400, 21);
        int event = 5;
        b.doubles("jetPt")[b.offsets("nJet")[event]] = Double.NaN;

        InputDataException e = trainExpectingFailure(data(b), new Probe());

        assertTrue(e.getMessage().startsWith("feature 'jetSumPx' is NaN in event 5 (row 5 of the training sample"),
                e.getMessage());
    }

    @Test
    void an_infinite_puppi_met_is_named() {
        EventBatch b = SyntheticEvents.generate(400, 22);
        b.doubles("puppiMet")[3] = Double.POSITIVE_INFINITY;

        InputDataException e = trainExpectingFailure(data(b), new Probe());

        assertTrue(e.getMessage().startsWith("feature 'puppiMetPx' is"), e.getMessage());
        assertTrue(e.getMessage().contains("in event 3 ") && e.getMessage().contains("puppiMet, puppiMetPhi"),
                e.getMessage());
    }

    @Test
    void a_nan_gen_met_is_named_as_a_target_input() {
        EventBatch b = SyntheticEvents.generate(400, 23);
        b.doubles("genMet")[7] = Double.NaN;

        InputDataException e = trainExpectingFailure(data(b), new Probe());

        assertTrue(e.getMessage().startsWith("target input gen p_T^miss x (genMet, genMetPhi) is NaN in event 7"),
                e.getMessage());
    }

    @Test
    void a_sample_too_small_to_split_is_refused() {
        InputDataException e = trainExpectingFailure(data(SyntheticEvents.generate(4, 24)), new Probe());

        assertTrue(e.getMessage().startsWith("too few events to train the MET regression: 4 events"), e.getMessage());
    }

    @Test
    void features_of_other_settings_than_the_training_settings_are_refused() {
        EventBatch b = SyntheticEvents.generate(100, 25);
        RegressionData threeSlots = RegressionData.fromBatch(b, SyntheticEvents.allEvents(100),
                new FeatureSettings(30, 2.4, 0.049, 3));

        assertThrows(IllegalArgumentException.class, () -> MetRegression.train(threeSlots, TestRows.tiny(1, 1)));
    }

    @Test
    void cancelling_after_the_first_epoch_stops_training() {
        AtomicInteger seen = new AtomicInteger();
        RegressionData d = data(SyntheticEvents.generate(2000, 26));

        TrainingCancelledException e = assertThrows(TrainingCancelledException.class,
                () -> MetRegression.train(d, TestRows.tiny(1, 10), (ep, tl, vl) -> seen.incrementAndGet(),
                        () -> seen.get() >= 1, Map.of()).close());

        assertEquals(1, e.completedEpochs());
        assertEquals(1, seen.get());
    }

    @Test
    void single_threaded_training_with_a_seed_is_bit_reproducible() {
        RegressionData d = data(SyntheticEvents.generate(3000, 27));
        FeatureMatrix probe = TestRows.subset(d.features(), new int[] {0, 1, 2, 3, 4});

        double[][] first = trainAndPredict(d, TestRows.tiny(5, 3), probe);
        double[][] again = trainAndPredict(d, TestRows.tiny(5, 3), probe);
        double[][] other = trainAndPredict(d, TestRows.tiny(6, 3), probe);

        for (int k = 0; k < first.length; k++) {
            assertArrayEquals(first[k], again[k], "identical seeds, row " + k);
        }
        assertFalse(Arrays.equals(first[0], other[0]), "another seed gives another training");
    }

    /** The validation-loss curve and the predictions of the probe rows. */
    private static double[][] trainAndPredict(RegressionData d, RegressionSettings s, FeatureMatrix probe) {
        try (MetModel m = MetRegression.train(d, s)) {
            MetVector p = m.predict(probe);
            return new double[][] {m.manifest().training().validationLoss(), p.px(), p.py()};
        }
    }

    @Test
    void huber_loss_without_batch_normalisation_or_dropout_trains_and_round_trips() {
        RegressionData d = data(SyntheticEvents.generate(3000, 28));
        NetworkSettings net = new NetworkSettings(List.of(24), false, 0.99, 0.0, 0.2, 0.0, LossFunction.HUBER, 1.0);
        RegressionSettings s = new RegressionSettings(FEATURES, net, TestRows.tiny(7, 4).training());
        FeatureMatrix probe = TestRows.subset(d.features(), new int[] {10, 11, 12});

        try (MetModel m = MetRegression.train(d, s); MetModel loaded = MetModel.fromBytes(m.toBytes())) {
            double[] curve = m.manifest().training().validationLoss();
            assertTrue(curve[curve.length - 1] < curve[0], Arrays.toString(curve));
            assertArrayEquals(m.predict(probe).px(), loaded.predict(probe).px(), 1e-6 * 100);
            assertEquals(LossFunction.HUBER, loaded.manifest().settings().network().loss());
        }
    }
}
