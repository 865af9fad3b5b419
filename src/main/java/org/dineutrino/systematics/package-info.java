/**
 * Systematic uncertainties: the {@link org.dineutrino.systematics.Variation} catalogue (every
 * variation a run can evaluate, with its source, kind, role in the covariance and plot group) and
 * {@link org.dineutrino.systematics.VariedBatch}, which turns a nominal batch into the batch of a
 * weight or object-shift variation so that the nominal selection runs on it unchanged. Pure
 * functions of plain values: no database, no logging.
 */
package org.dineutrino.systematics;
