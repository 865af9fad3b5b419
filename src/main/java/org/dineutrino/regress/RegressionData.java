package org.dineutrino.regress;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;

/**
 * What the MET regression trains and is evaluated on: the features of the selected events
 * plus, per row, the p_T^miss vectors of PUPPI, PF and the generator, and nPV.
 *
 * <p>Target of row r (GeV): (puppiPx[r] - genPx[r], puppiPy[r] - genPy[r]), i.e. x and y of
 * PUPPI p_T^miss minus gen p_T^miss. All arrays have features.nRows() entries.
 *
 * @param features the feature matrix; its event indices refer to the source batch
 * @param puppiPx  PUPPI p_T^miss x [GeV]
 * @param puppiPy  PUPPI p_T^miss y [GeV]
 * @param pfPx     PF p_T^miss x [GeV]
 * @param pfPy     PF p_T^miss y [GeV]
 * @param genPx    gen p_T^miss x (all neutrinos) [GeV]
 * @param genPy    gen p_T^miss y [GeV]
 * @param nPV      reconstructed primary vertices
 */
public record RegressionData(FeatureMatrix features, double[] puppiPx, double[] puppiPy, double[] pfPx,
                             double[] pfPy, double[] genPx, double[] genPy, int[] nPV) {

    public RegressionData {
        int n = features.nRows();
        for (double[] a : new double[][] {puppiPx, puppiPy, pfPx, pfPy, genPx, genPy}) {
            if (a.length != n) {
                throw new IllegalArgumentException("regression data column has " + a.length + " rows, the features "
                        + n);
            }
        }
        if (nPV.length != n) {
            throw new IllegalArgumentException("nPV has " + nPV.length + " rows, the features " + n);
        }
    }

    public int nRows() {
        return features.nRows();
    }

    /**
     * Features and MET vectors of the given events of a simulated batch.
     *
     * @param batch  events with the reconstruction columns of {@link MetFeatures#inputColumns()} and the
     *               truth columns genMet, genMetPhi
     * @param events the selected events (selection without the p_T^miss cut)
     */
    public static RegressionData fromBatch(EventBatch batch, int[] events, FeatureSettings settings) {
        for (var spec : List.of(Columns.GEN_MET, Columns.GEN_MET_PHI)) {
            if (!batch.has(spec.name())) {
                throw new IllegalArgumentException("MET-regression training needs the truth column '" + spec.name()
                        + "' (" + spec.description() + "): train on simulated events");
            }
        }
        FeatureMatrix features = MetFeatures.compute(batch, events, settings);
        int n = events.length;
        RegressionData data = new RegressionData(features, new double[n], new double[n], new double[n],
                new double[n], new double[n], new double[n], new int[n]);
        data.fillVectors(batch, events);
        return data;
    }

    private void fillVectors(EventBatch batch, int[] events) {
        double[] puppi = batch.doubles(Columns.PUPPI_MET.name());
        double[] puppiPhi = batch.doubles(Columns.PUPPI_MET_PHI.name());
        double[] pf = batch.doubles(Columns.MET.name());
        double[] pfPhi = batch.doubles(Columns.MET_PHI.name());
        double[] gen = batch.doubles(Columns.GEN_MET.name());
        double[] genPhi = batch.doubles(Columns.GEN_MET_PHI.name());
        int[] pv = batch.ints(Columns.N_PV.name());
        for (int r = 0; r < events.length; r++) {
            int i = events[r];
            puppiPx[r] = FourMomenta.px(puppi[i], puppiPhi[i]);
            puppiPy[r] = FourMomenta.py(puppi[i], puppiPhi[i]);
            pfPx[r] = FourMomenta.px(pf[i], pfPhi[i]);
            pfPy[r] = FourMomenta.py(pf[i], pfPhi[i]);
            genPx[r] = FourMomenta.px(gen[i], genPhi[i]);
            genPy[r] = FourMomenta.py(gen[i], genPhi[i]);
            nPV[r] = pv[i];
        }
    }

    /** Gen p_T^miss magnitude of each row [GeV]. */
    public double[] genMet() {
        double[] out = new double[nRows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = Math.hypot(genPx[r], genPy[r]);
        }
        return out;
    }

    /**
     * Rows of several batches (for example the chunks of one sample) one after another. The
     * event indices stay those of each source batch.
     */
    public static RegressionData concat(List<RegressionData> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate: no regression data given");
        }
        List<String> names = parts.get(0).features().names();
        int n = 0;
        for (RegressionData p : parts) {
            if (!p.features().names().equals(names)) {
                throw new IllegalArgumentException("cannot concatenate regression data with different features: "
                        + FeatureChecks.describeMismatch(names, p.features().names()));
            }
            n += p.nRows();
        }
        Concatenation c = new Concatenation(n, names.size());
        parts.forEach(c::append);
        return c.result(names);
    }

    /** Accumulates the columns of several parts. */
    private static final class Concatenation {
        private final int nFeatures;
        private final int[] events;
        private final double[] values;
        private final List<double[]> vectors = new ArrayList<>();
        private final int[] nPV;
        private int filled;

        Concatenation(int nRows, int nFeatures) {
            this.nFeatures = nFeatures;
            this.events = new int[nRows];
            this.values = new double[nRows * nFeatures];
            for (int k = 0; k < 6; k++) {
                vectors.add(new double[nRows]);
            }
            this.nPV = new int[nRows];
        }

        void append(RegressionData p) {
            int n = p.nRows();
            System.arraycopy(p.features().events(), 0, events, filled, n);
            System.arraycopy(p.features().values(), 0, values, filled * nFeatures, n * nFeatures);
            double[][] from = {p.puppiPx(), p.puppiPy(), p.pfPx(), p.pfPy(), p.genPx(), p.genPy()};
            for (int k = 0; k < 6; k++) {
                System.arraycopy(from[k], 0, vectors.get(k), filled, n);
            }
            System.arraycopy(p.nPV(), 0, nPV, filled, n);
            filled += n;
        }

        RegressionData result(List<String> names) {
            return new RegressionData(new FeatureMatrix(names, events, values), vectors.get(0), vectors.get(1),
                    vectors.get(2), vectors.get(3), vectors.get(4), vectors.get(5), nPV);
        }
    }
}
