package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One network trained on the synthetic ttbar-like sample (SyntheticEvents), then checked: the
 * resolution gain on its test set, early stopping, and the round trip through bytes.
 */
class MetRegressionTest {

    private static final int N_EVENTS = 30_000;
    private static final long SAMPLE_SEED = 11;

    /**
     * nPV bins of the test: coarser than the defaults so that each holds several hundred of the
     * 6000 test events (the std of a bin with n events is known to about 1/sqrt(2n)).
     */
    private static final double[] TEST_NPV_EDGES = {0, 15, 20, 25, 30, 60};

    /**
     * Smallest overall gains over PUPPI the test accepts, per cent: the toy sample's learnable
     * effects (jet and unclustered response, neutrinos in b jets) gave 10 % (p_T) and 7 % (phi)
     * in the exploratory runs; half of that still proves a real correction was learnt.
     */
    private static final double MIN_PT_GAIN_PERCENT = 5.0;
    private static final double MIN_PHI_GAIN_PERCENT = 3.5;

    /** Agreement of a loaded model with the one in memory: float inference, same graph, same threads. */
    private static final double ROUND_TRIP_RELATIVE_TOL = 1e-6;

    /** The validation loss recomputed in double from float predictions (~1e-7 relative each). */
    private static final double LOSS_RELATIVE_TOL = 1e-4;

    private static EventBatch batch;
    private static RegressionData data;
    private static RegressionSettings settings;
    private static MetModel model;
    private static final List<double[]> epochs = new ArrayList<>();

    @BeforeAll
    static void train() {
        batch = SyntheticEvents.generate(N_EVENTS, SAMPLE_SEED);
        settings = new RegressionSettings(FeatureSettings.defaults(), NetworkSettings.defaults(),
                TrainingSettings.defaults().withMaxEpochs(30).withSingleThreaded(true).withSeed(3));
        data = RegressionData.fromBatch(batch, SyntheticEvents.allEvents(N_EVENTS), settings.features());
        model = MetRegression.train(data, settings, (e, tl, vl) -> epochs.add(new double[] {e, tl, vl}),
                () -> false, Map.of("sample", "synthetic-ttbar", "seed", "11"));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static int[] testRows() {
        TrainingSettings ts = settings.training();
        return DataSplit.random(data.nRows(), ts.trainFraction(), ts.validationFraction(), ts.seed()).test();
    }

    @Test
    void corrected_resolution_beats_puppi_in_every_npv_bin_for_pt_and_phi() {
        int[] test = testRows();
        MetVector corrected = model.correctedMet(batch, test);
        MetVector prediction = new MetVector(new double[test.length], new double[test.length]);
        MetComparison c = MetComparison.of(data, test, prediction);
        c = new MetComparison(c.gen(), c.pf(), c.puppi(), corrected, c.nPV());

        PerformanceReport r = MetPerformance.evaluate(c, new PerformanceBinning(TEST_NPV_EDGES,
                PerformanceBinning.defaults().genMetEdges()));

        for (int k = 0; k < TEST_NPV_EDGES.length - 1; k++) {
            String bin = "nPV bin [" + TEST_NPV_EDGES[k] + ", " + TEST_NPV_EDGES[k + 1] + ") with "
                    + r.npvCounts()[k] + " events";
            assertTrue(r.ptDifferenceVsNpv().get(MetAlgorithm.NETWORK).std()[k]
                    < r.ptDifferenceVsNpv().get(MetAlgorithm.PUPPI).std()[k], "p_T resolution, " + bin);
            assertTrue(r.phiDifferenceVsNpv().get(MetAlgorithm.NETWORK).std()[k]
                    < r.phiDifferenceVsNpv().get(MetAlgorithm.PUPPI).std()[k], "phi resolution, " + bin);
        }
        assertTrue(r.ptResolutionGainPercent() > MIN_PT_GAIN_PERCENT, "p_T gain " + r.ptResolutionGainPercent());
        assertTrue(r.phiResolutionGainPercent() > MIN_PHI_GAIN_PERCENT, "phi gain " + r.phiResolutionGainPercent());
    }

    @Test
    void the_manifest_reports_the_test_set_evaluation() {
        PerformanceReport p = model.manifest().performance();
        TrainingReport t = model.manifest().training();

        assertEquals(testRows().length, p.nEvents());
        assertEquals(t.nTest(), p.nEvents());
        assertEquals(N_EVENTS, t.nTrain() + t.nValidation() + t.nTest());
        assertTrue(p.ptResolutionGainPercent() > MIN_PT_GAIN_PERCENT, "p_T gain " + p.ptResolutionGainPercent());
        assertTrue(p.ptResolution().get(MetAlgorithm.PF) > p.ptResolution().get(MetAlgorithm.PUPPI),
                "the toy's PF p_T^miss has the larger pileup noise");
    }

    @Test
    void the_listener_saw_every_epoch_with_the_reported_losses() {
        TrainingReport t = model.manifest().training();

        assertEquals(t.epochsRun(), epochs.size());
        for (int k = 0; k < epochs.size(); k++) {
            assertEquals(k + 1, (int) epochs.get(k)[0]);
            assertEquals(t.trainingLoss()[k], epochs.get(k)[1]);
            assertEquals(t.validationLoss()[k], epochs.get(k)[2]);
        }
        assertTrue(t.validationLoss()[t.bestEpoch() - 1] < t.validationLoss()[0], "the loss fell");
    }

    @Test
    void the_model_has_the_weights_of_the_epoch_with_the_lowest_validation_loss() {
        TrainingReport t = model.manifest().training();
        TrainingSettings ts = settings.training();
        int[] val = DataSplit.random(data.nRows(), ts.trainFraction(), ts.validationFraction(), ts.seed()).validation();
        double[] w = SpectrumFlattening.weights(data.genMet(), val, ts.flattenMaxGeV(), ts.flattenBins(),
                ts.flattenMaxWeight());
        MetVector p = model.predict(TestRows.subset(data.features(), val));

        // sum_i w_i sum_k logcosh((p_ik - target_ik) / s) / sum_i w_i, with logcosh from Math.cosh
        double s = t.targetScaleGeV();
        double sum = 0;
        double sumW = 0;
        for (int k = 0; k < val.length; k++) {
            int r = val[k];
            double dx = (p.px()[k] - (data.puppiPx()[r] - data.genPx()[r])) / s;
            double dy = (p.py()[k] - (data.puppiPy()[r] - data.genPy()[r])) / s;
            sum += w[k] * (Math.log(Math.cosh(dx)) + Math.log(Math.cosh(dy)));
            sumW += w[k];
        }
        // the best epoch is the last one that improved by more than minImprovement
        double atBest = t.validationLoss()[t.bestEpoch() - 1];
        double lowest = java.util.Arrays.stream(t.validationLoss()).min().orElseThrow();
        assertTrue(lowest >= atBest * (1 - ts.minImprovement()), lowest + " vs " + atBest);
        assertEquals(atBest, sum / sumW, LOSS_RELATIVE_TOL * atBest);
    }

    @Test
    void a_saved_model_loaded_back_gives_the_same_predictions() {
        FeatureMatrix test = TestRows.subset(data.features(), testRows());
        MetVector inMemory = model.predict(test);

        try (MetModel loaded = MetModel.fromBytes(model.toBytes())) {
            MetVector reloaded = loaded.predict(test);
            for (int k = 0; k < test.nRows(); k++) {
                assertEquals(inMemory.px()[k], reloaded.px()[k], ROUND_TRIP_RELATIVE_TOL * Math.abs(inMemory.px()[k]));
                assertEquals(inMemory.py()[k], reloaded.py()[k], ROUND_TRIP_RELATIVE_TOL * Math.abs(inMemory.py()[k]));
            }
        }
    }

    @Test
    void the_stored_manifest_carries_features_settings_standardisation_and_curves() {
        ModelManifest stored = MetModel.readManifest(model.toBytes());
        ModelManifest original = model.manifest();

        assertEquals(original.featureNames(), stored.featureNames());
        assertEquals(original.settings(), stored.settings());
        assertArrayEquals(original.standardisation().means(), stored.standardisation().means());
        assertArrayEquals(original.standardisation().stds(), stored.standardisation().stds());
        assertArrayEquals(original.training().validationLoss(), stored.training().validationLoss());
        assertEquals(original.performance().ptResolution(), stored.performance().ptResolution());
        assertEquals("synthetic-ttbar", stored.provenance().get("sample"));
    }

    @Test
    void a_model_whose_feature_list_does_not_match_the_samples_is_refused_naming_the_mismatch() {
        byte[] bytes = model.toBytes();
        List<String> sixSlots = MetFeatures.names(new FeatureSettings(30, 2.4, 0.049, 6));

        InputDataException e = assertThrows(InputDataException.class, () -> MetModel.fromBytes(bytes, sixSlots));

        assertTrue(e.getMessage().contains("feature list does not match"), e.getMessage());
        assertTrue(e.getMessage().contains("missing [jet5Px, jet5Py"), e.getMessage());
    }

    @Test
    void predicting_from_features_of_other_settings_is_refused() {
        FeatureMatrix threeSlots = MetFeatures.compute(batch, new int[] {0, 1},
                new FeatureSettings(30, 2.4, 0.049, 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.predict(threeSlots));
        assertTrue(e.getMessage().contains("unexpected []") && e.getMessage().contains("jet4Px"), e.getMessage());
    }
}
