/**
 * The MET regression (DESIGN.md, "MET regression"): a feed-forward network, built with TensorFlow
 * Java from plain ops, that predicts per event the x and y components of PUPPI p_T^miss minus gen
 * p_T^miss from reconstructed quantities; corrected p_T^miss = PUPPI - prediction.
 *
 * <p>The surface the application uses:
 * <ul>
 *   <li>{@link org.dineutrino.regress.RegressionData#fromBatch} (features and MET vectors of the
 *       selected events of a simulated batch) and {@link org.dineutrino.regress.RegressionData#concat};</li>
 *   <li>{@link org.dineutrino.regress.MetRegression#train} with {@link org.dineutrino.regress.RegressionSettings},
 *       an {@link org.dineutrino.regress.EpochListener} and a cancellation check;</li>
 *   <li>{@link org.dineutrino.regress.MetModel}: {@code correctedMet(batch, events)}, {@code predict},
 *       {@code toBytes}, {@code fromBytes}, {@code readManifest}, {@code manifest}; close it after use;</li>
 *   <li>{@link org.dineutrino.regress.MetPerformance#evaluate}, giving a
 *       {@link org.dineutrino.regress.PerformanceReport} (also stored in every model's manifest).</li>
 * </ul>
 * Everything here is pure: no logging, no database, no web. Failures the user should see are
 * {@link org.dineutrino.regress.InputDataException} (a non-finite feature, a refused model),
 * {@link org.dineutrino.regress.NumericalFailureException} and
 * {@link org.dineutrino.regress.TrainingCancelledException}.
 *
 * <p>TensorFlow Java 1.1.0 notes: the native library (about 650 MB unpacked) is extracted by
 * JavaCPP into ~/.javacpp/cache on first use; TensorFlow writes its own start-up lines to stderr
 * unless the environment sets TF_CPP_MIN_LOG_LEVEL=2.
 */
package org.dineutrino.regress;
