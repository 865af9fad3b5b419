package org.dineutrino.systematics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/**
 * Applies a weight or object-shift {@link Variation} to a batch: the result has the columns the
 * nominal analysis reads, varied, so that the selection, the MET regression and the histograms run
 * unchanged on it.
 *
 * <ul>
 *   <li>JES: jet pT and mass times (1 + s jetJesUnc), s = +1 up, -1 down; JER: times jetJerUp or
 *       jetJerDown. Both p_T^miss (PF and PUPPI) lose the vector change of the jets whose stored,
 *       unshifted pT is above the type-1 threshold of 15 GeV ({@link #TYPE1_THRESHOLD}).</li>
 *   <li>Lepton scale: muon and electron pT times (1 + s muonScaleUnc / electronScaleUnc); both
 *       p_T^miss lose the leptons' vector change.</li>
 *   <li>Unclustered energy: each p_T^miss plus s x 10 % of its unclustered part
 *       ({@link #UNCLUSTERED_FRACTION}; metUnclPx/Py, puppiMetUnclPx/Py).</li>
 *   <li>Weights: genWeight times the variation's weight column; nothing else changes.</li>
 * </ul>
 * Columns that do not change are shared with the input batch, events keep their order, and jets are
 * not re-sorted (the selection counts jets and does not assume an order). A p_T^miss that does not
 * change keeps its stored value bit for bit.
 */
public final class VariedBatch {

    /** Jets above this unshifted pT [GeV] enter p_T^miss at their calibrated pT (CMS type-1; DESIGN.md). */
    public static final double TYPE1_THRESHOLD = 15.0;
    /** Relative variation of the unclustered energy (ours, approximating CMS's per-candidate resolutions). */
    public static final double UNCLUSTERED_FRACTION = 0.10;

    private static final String MET = Columns.MET.name();
    private static final String MET_PHI = Columns.MET_PHI.name();
    private static final String PUPPI_MET = Columns.PUPPI_MET.name();
    private static final String PUPPI_MET_PHI = Columns.PUPPI_MET_PHI.name();

    private VariedBatch() {
    }

    /**
     * The batch as the variation sees it.
     *
     * @throws IllegalArgumentException for an alternative-sample or normalisation variation (the run
     *                                  handles those per sample), or when the batch lacks a column the
     *                                  variation needs, naming the variation and the columns
     */
    public static EventBatch apply(EventBatch batch, Variation variation) {
        if (variation.kind() != VariationKind.WEIGHT && variation.kind() != VariationKind.OBJECT_SHIFT) {
            throw new IllegalArgumentException("variation " + variation.key() + " is " + variation.kind()
                    + ", not a per-event weight or shift: the run swaps in the sample or scales the normalisation");
        }
        requireColumns(batch, variation);
        Map<String, double[]> changed = variation.kind() == VariationKind.WEIGHT ? weighted(batch, variation)
                : switch (variation.shift()) {
                    case JES, JER -> shiftedJets(batch, variation);
                    case LEPTON_SCALE -> shiftedLeptons(batch, variation.direction());
                    case UNCLUSTERED -> shiftedUnclustered(batch, variation.direction());
                };
        return replaced(batch, changed);
    }

    /** The columns a variation reads (and rewrites), in the order the refusal names them. */
    public static List<String> requiredColumns(Variation variation) {
        if (variation.kind() == VariationKind.WEIGHT) {
            return List.of(Columns.GEN_WEIGHT.name(), variation.weightColumn());
        }
        if (variation.kind() != VariationKind.OBJECT_SHIFT) {
            return List.of();
        }
        List<String> met = List.of(MET, MET_PHI, PUPPI_MET, PUPPI_MET_PHI);
        List<String> out = new ArrayList<>();
        switch (variation.shift()) {
            case JES, JER -> out.addAll(List.of(Columns.N_JET.name(), Columns.JET_PT.name(),
                    Columns.JET_PHI.name(), Columns.JET_MASS.name(), jetFactorColumn(variation)));
            case LEPTON_SCALE -> out.addAll(List.of(Columns.N_MUON.name(), Columns.MUON_PT.name(),
                    Columns.MUON_PHI.name(), Columns.MUON_SCALE_UNC.name(), Columns.N_ELECTRON.name(),
                    Columns.ELECTRON_PT.name(), Columns.ELECTRON_PHI.name(), Columns.ELECTRON_SCALE_UNC.name()));
            case UNCLUSTERED -> out.addAll(List.of(Columns.MET_UNCL_PX.name(), Columns.MET_UNCL_PY.name(),
                    Columns.PUPPI_MET_UNCL_PX.name(), Columns.PUPPI_MET_UNCL_PY.name()));
        }
        out.addAll(met);
        return out;
    }

    private static void requireColumns(EventBatch batch, Variation variation) {
        List<String> missing = requiredColumns(variation).stream().filter(c -> !batch.has(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("variation " + variation.key() + " needs the column(s) " + missing
                    + ", which this batch lacks: only samples of the built-in simulation (or files exported from"
                    + " them) carry the variation columns; drop " + variation.key() + " from the run for this sample");
        }
    }

    private static String jetFactorColumn(Variation variation) {
        if (variation.shift() == ObjectShift.JES) {
            return Columns.JET_JES_UNC.name();
        }
        return variation.direction() > 0 ? Columns.JET_JER_UP.name() : Columns.JET_JER_DOWN.name();
    }

    private static Map<String, double[]> weighted(EventBatch batch, Variation variation) {
        double[] nominal = batch.doubles(Columns.GEN_WEIGHT.name());
        double[] factor = batch.doubles(variation.weightColumn());
        double[] out = new double[nominal.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = nominal[i] * factor[i];
        }
        return Map.of(Columns.GEN_WEIGHT.name(), out);
    }

    private static Map<String, double[]> shiftedJets(EventBatch batch, Variation variation) {
        double[] pt = batch.doubles(Columns.JET_PT.name());
        double[] factor = jetFactors(batch.doubles(jetFactorColumn(variation)), variation);
        double[] newPt = times(pt, factor);
        int[] offsets = batch.offsets(Columns.N_JET.name());
        double[][] change = type1Change(offsets, pt, newPt, batch.doubles(Columns.JET_PHI.name()));
        Map<String, double[]> out = new HashMap<>();
        out.put(Columns.JET_PT.name(), newPt);
        out.put(Columns.JET_MASS.name(), times(batch.doubles(Columns.JET_MASS.name()), factor));
        putMet(out, batch, change[0], change[1]);
        return out;
    }

    /** Per jet: 1 + s delta for JES, the stored factor itself for JER. */
    private static double[] jetFactors(double[] column, Variation variation) {
        if (variation.shift() == ObjectShift.JER) {
            return column;
        }
        double[] out = new double[column.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = 1.0 + variation.direction() * column[k];
        }
        return out;
    }

    /** Per event the vector change {dpx, dpy} [GeV] of the jets above the type-1 threshold before the shift. */
    static double[][] type1Change(int[] offsets, double[] ptBefore, double[] ptAfter, double[] phi) {
        int n = offsets.length - 1;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                if (ptBefore[k] > TYPE1_THRESHOLD) {
                    double d = ptAfter[k] - ptBefore[k];
                    dx[i] += d * Math.cos(phi[k]);
                    dy[i] += d * Math.sin(phi[k]);
                }
            }
        }
        return new double[][] {dx, dy};
    }

    private static Map<String, double[]> shiftedLeptons(EventBatch batch, int direction) {
        double[] muPt = batch.doubles(Columns.MUON_PT.name());
        double[] elPt = batch.doubles(Columns.ELECTRON_PT.name());
        double[] newMuPt = times(muPt, scaleFactors(batch.doubles(Columns.MUON_SCALE_UNC.name()), direction));
        double[] newElPt = times(elPt, scaleFactors(batch.doubles(Columns.ELECTRON_SCALE_UNC.name()), direction));
        double[][] mu = vectorChange(batch.offsets(Columns.N_MUON.name()), muPt, newMuPt,
                batch.doubles(Columns.MUON_PHI.name()));
        double[][] el = vectorChange(batch.offsets(Columns.N_ELECTRON.name()), elPt, newElPt,
                batch.doubles(Columns.ELECTRON_PHI.name()));
        for (int i = 0; i < mu[0].length; i++) {
            mu[0][i] += el[0][i];
            mu[1][i] += el[1][i];
        }
        Map<String, double[]> out = new HashMap<>();
        out.put(Columns.MUON_PT.name(), newMuPt);
        out.put(Columns.ELECTRON_PT.name(), newElPt);
        putMet(out, batch, mu[0], mu[1]);
        return out;
    }

    private static double[] scaleFactors(double[] uncertainty, int direction) {
        double[] out = new double[uncertainty.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = 1.0 + direction * uncertainty[k];
        }
        return out;
    }

    /** Per event the vector change {dpx, dpy} [GeV] of every object of a collection. */
    private static double[][] vectorChange(int[] offsets, double[] ptBefore, double[] ptAfter, double[] phi) {
        int n = offsets.length - 1;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                double d = ptAfter[k] - ptBefore[k];
                dx[i] += d * Math.cos(phi[k]);
                dy[i] += d * Math.sin(phi[k]);
            }
        }
        return new double[][] {dx, dy};
    }

    /** p_T^miss changes by +s f u, u its unclustered part: the visible unclustered sum scales by 1 + s f. */
    private static Map<String, double[]> shiftedUnclustered(EventBatch batch, int direction) {
        Map<String, double[]> out = new HashMap<>();
        double k = -direction * UNCLUSTERED_FRACTION;
        putOneMet(out, batch, MET, MET_PHI, batch.doubles(Columns.MET_UNCL_PX.name()),
                batch.doubles(Columns.MET_UNCL_PY.name()), k);
        putOneMet(out, batch, PUPPI_MET, PUPPI_MET_PHI, batch.doubles(Columns.PUPPI_MET_UNCL_PX.name()),
                batch.doubles(Columns.PUPPI_MET_UNCL_PY.name()), k);
        return out;
    }

    /** Both p_T^miss minus the visible change (dx, dy) [GeV]. */
    private static void putMet(Map<String, double[]> out, EventBatch batch, double[] dx, double[] dy) {
        putOneMet(out, batch, MET, MET_PHI, dx, dy, 1.0);
        putOneMet(out, batch, PUPPI_MET, PUPPI_MET_PHI, dx, dy, 1.0);
    }

    /** One p_T^miss minus k (dx, dy); events whose change is zero keep their stored values. */
    private static void putOneMet(Map<String, double[]> out, EventBatch batch, String ptColumn, String phiColumn,
                                  double[] dx, double[] dy, double k) {
        double[] pt = batch.doubles(ptColumn);
        double[] phi = batch.doubles(phiColumn);
        double[] newPt = pt.clone();
        double[] newPhi = phi.clone();
        for (int i = 0; i < pt.length; i++) {
            if (dx[i] != 0 || dy[i] != 0) {
                double px = pt[i] * Math.cos(phi[i]) - k * dx[i];
                double py = pt[i] * Math.sin(phi[i]) - k * dy[i];
                newPt[i] = Math.hypot(px, py);
                newPhi[i] = Math.atan2(py, px);
            }
        }
        out.put(ptColumn, newPt);
        out.put(phiColumn, newPhi);
    }

    private static double[] times(double[] values, double[] factors) {
        double[] out = new double[values.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = values[k] * factors[k];
        }
        return out;
    }

    /** The batch with some DOUBLE columns replaced, in the input's column order; the rest shared. */
    private static EventBatch replaced(EventBatch batch, Map<String, double[]> changed) {
        EventBatch.Builder b = EventBatch.builder(batch.nEvents());
        for (ColumnSpec spec : batch.columns()) {
            if (spec.type() == ValueType.DOUBLE) {
                b.put(spec, changed.getOrDefault(spec.name(), batch.doubles(spec.name())));
            } else {
                b.put(spec, batch.ints(spec.name()));
            }
        }
        return b.build();
    }
}
