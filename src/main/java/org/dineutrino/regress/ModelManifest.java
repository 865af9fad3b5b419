package org.dineutrino.regress;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a stored model carries besides the TensorFlow SavedModel: written as manifest.json into
 * the model's zip (see {@link MetModel#toBytes()}).
 *
 * @param formatVersion     {@link #FORMAT_VERSION} of the writer
 * @param tensorflowVersion the TensorFlow runtime version that trained it
 * @param featureNames      the network's inputs, in column order
 * @param settings          features, network and training settings
 * @param standardisation   feature means and standard deviations of the training set
 * @param targetScaleGeV    the network predicts (puppi - gen) p_T^miss / targetScaleGeV
 * @param provenance        free key/value facts from the caller (training sample, checksum, ...)
 * @param training          loss curves and early stopping
 * @param performance       the test-set evaluation
 */
public record ModelManifest(int formatVersion, String tensorflowVersion, List<String> featureNames,
                            RegressionSettings settings, Standardisation standardisation, double targetScaleGeV,
                            Map<String, String> provenance, TrainingReport training,
                            PerformanceReport performance) {

    /** Version of the zip layout and of this manifest. */
    public static final int FORMAT_VERSION = 1;

    public ModelManifest {
        featureNames = List.copyOf(featureNames);
        provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
    }
}
