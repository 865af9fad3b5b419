package org.dineutrino.regress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;

/**
 * The MET-regression features, from reconstructed quantities only (DESIGN.md, "MET regression").
 *
 * <p>Objects: the leading two tight leptons ({@link LeptonSlots}) and the jets with
 * p_T &gt; jetPtMin, |eta| &lt; jetAbsEtaMax ("selected jets"); jets that fail these cuts are the
 * "other jets". Features, in this order (momenta and masses in GeV):
 * <ul>
 *   <li>{@code puppiMetPx, puppiMetPy, puppiMet, metPx, metPy, met}: PUPPI and PF p_T^miss;</li>
 *   <li>{@code jetSumPx, jetSumPy}: vector sum of the selected jets' p_T; {@code ht}: their scalar
 *       sum; {@code mht}: |vector sum of selected jets and leptons|;</li>
 *   <li>{@code otherJetSumPx, otherJetSumPy, otherJetHt}: the same sums for the other jets (soft and
 *       forward activity, which carries the pileup and unclustered energy);</li>
 *   <li>{@code jet<k>Px, Py, Pz, E, Btag} for k = 1..nJetSlots, leading first, zero-padded;</li>
 *   <li>{@code lep<k>Px, Py, Pz, E, IsMuon} for k = 1, 2, zero-padded;</li>
 *   <li>{@code mLL} (0 with fewer than two leptons), {@code mJJ} (leading two jets, 0 with fewer
 *       than two), {@code mLLJets} (leptons plus all selected jets);</li>
 *   <li>{@code nJets}, {@code nBJets} (jetBtag &gt;= bTagThreshold), {@code nPV}.</li>
 * </ul>
 * Worked example: {@code MetFeaturesTest.features_of_a_two_jet_dilepton_event_match_hand_computation}.
 * Non-finite inputs are passed through, never dropped, so that {@link FeatureChecks} can name them.
 */
public final class MetFeatures {

    private MetFeatures() {
    }

    private static final List<String> MET_NAMES = List.of("puppiMetPx", "puppiMetPy", "puppiMet", "metPx", "metPy",
            "met");
    private static final List<String> SUM_NAMES = List.of("jetSumPx", "jetSumPy", "ht", "mht",
            "otherJetSumPx", "otherJetSumPy", "otherJetHt");
    private static final List<String> JET_QUANTITIES = List.of("Px", "Py", "Pz", "E", "Btag");
    private static final List<String> LEPTON_QUANTITIES = List.of("Px", "Py", "Pz", "E", "IsMuon");
    private static final List<String> EVENT_NAMES = List.of("mLL", "mJJ", "mLLJets", "nJets", "nBJets", "nPV");

    /** The feature names for these settings, in column order. */
    public static List<String> names(FeatureSettings s) {
        List<String> names = new ArrayList<>(MET_NAMES);
        names.addAll(SUM_NAMES);
        for (int k = 1; k <= s.nJetSlots(); k++) {
            for (String q : JET_QUANTITIES) {
                names.add("jet" + k + q);
            }
        }
        for (int k = 1; k <= LeptonSlots.N_SLOTS; k++) {
            for (String q : LEPTON_QUANTITIES) {
                names.add("lep" + k + q);
            }
        }
        names.addAll(EVENT_NAMES);
        return Collections.unmodifiableList(names);
    }

    /** The batch columns the features read (reconstruction level only). */
    public static List<ColumnSpec> inputColumns() {
        List<ColumnSpec> columns = new ArrayList<>(List.of(Columns.N_PV, Columns.MET, Columns.MET_PHI,
                Columns.PUPPI_MET, Columns.PUPPI_MET_PHI, Columns.N_JET, Columns.JET_PT, Columns.JET_ETA,
                Columns.JET_PHI, Columns.JET_MASS, Columns.JET_BTAG));
        columns.addAll(LeptonSlots.columns());
        return List.copyOf(columns);
    }

    /**
     * Computes the features of the given events.
     *
     * @param batch  the events; must hold every column of {@link #inputColumns()}
     * @param events indices into the batch (the selected events), one row each, in this order
     * @return a matrix of events.length rows and names(s).size() columns
     * @throws IllegalArgumentException if a column is missing or an index is out of range
     */
    public static FeatureMatrix compute(EventBatch batch, int[] events, FeatureSettings s) {
        requireInputs(batch, events);
        List<String> names = names(s);
        int nF = names.size();
        double[] x = new double[events.length * nF];

        LeptonSlots leptons = LeptonSlots.pick(batch, events);
        SelectedJets jets = SelectedJets.select(batch, events, s);

        fillMet(batch, events, x, nF, names.indexOf("puppiMetPx"));
        fillJetSums(batch, jets, leptons, x, nF, names.indexOf("jetSumPx"));
        fillOtherJets(batch, events, s, x, nF, names.indexOf("otherJetSumPx"));
        fillJetSlots(batch, jets, s.nJetSlots(), x, nF, names.indexOf("jet1Px"));
        fillLeptonSlots(leptons, x, nF, names.indexOf("lep1Px"));
        fillMasses(jets, leptons, x, nF, names.indexOf("mLL"));
        fillCounts(batch, events, jets, s.bTagThreshold(), x, nF, names.indexOf("nJets"));
        return new FeatureMatrix(names, events.clone(), x);
    }

    private static void requireInputs(EventBatch batch, int[] events) {
        for (ColumnSpec spec : inputColumns()) {
            if (!batch.has(spec.name())) {
                throw new IllegalArgumentException("MET-regression features need column '" + spec.name()
                        + "' (" + spec.description() + "), which the batch lacks");
            }
        }
        for (int r = 0; r < events.length; r++) {
            if (events[r] < 0 || events[r] >= batch.nEvents()) {
                throw new IllegalArgumentException("event index " + events[r] + " at row " + r
                        + " is outside the batch of " + batch.nEvents() + " events");
            }
        }
    }

    /** PUPPI and PF p_T^miss as components and magnitude. */
    private static void fillMet(EventBatch batch, int[] events, double[] x, int nF, int col) {
        double[] puppi = batch.doubles(Columns.PUPPI_MET.name());
        double[] puppiPhi = batch.doubles(Columns.PUPPI_MET_PHI.name());
        double[] pf = batch.doubles(Columns.MET.name());
        double[] pfPhi = batch.doubles(Columns.MET_PHI.name());
        for (int r = 0; r < events.length; r++) {
            int i = events[r];
            int o = r * nF + col;
            x[o] = FourMomenta.px(puppi[i], puppiPhi[i]);
            x[o + 1] = FourMomenta.py(puppi[i], puppiPhi[i]);
            x[o + 2] = puppi[i];
            x[o + 3] = FourMomenta.px(pf[i], pfPhi[i]);
            x[o + 4] = FourMomenta.py(pf[i], pfPhi[i]);
            x[o + 5] = pf[i];
        }
    }

    /** Sum p_T(jets) as a vector, H_T = sum |p_T(jets)|, MH_T = |sum p_T(jets) + sum p_T(leptons)|. */
    private static void fillJetSums(EventBatch batch, SelectedJets jets, LeptonSlots leptons, double[] x, int nF,
                                    int col) {
        double[] pt = batch.doubles(Columns.JET_PT.name());
        int nRows = jets.offsets().length - 1;
        for (int r = 0; r < nRows; r++) {
            double sx = 0;
            double sy = 0;
            double ht = 0;
            for (int k = jets.offsets()[r]; k < jets.offsets()[r + 1]; k++) {
                sx += jets.px()[k];
                sy += jets.py()[k];
                ht += pt[jets.jet()[k]];
            }
            double lx = leptons.px()[2 * r] + leptons.px()[2 * r + 1];
            double ly = leptons.py()[2 * r] + leptons.py()[2 * r + 1];
            int o = r * nF + col;
            x[o] = sx;
            x[o + 1] = sy;
            x[o + 2] = ht;
            x[o + 3] = Math.hypot(sx + lx, sy + ly);
        }
    }

    /** Vector and scalar p_T sums of the jets that fail the thresholds. */
    private static void fillOtherJets(EventBatch batch, int[] events, FeatureSettings s, double[] x, int nF,
                                      int col) {
        int[] offsets = batch.offsets(Columns.N_JET.name());
        double[] pt = batch.doubles(Columns.JET_PT.name());
        double[] eta = batch.doubles(Columns.JET_ETA.name());
        double[] phi = batch.doubles(Columns.JET_PHI.name());
        for (int r = 0; r < events.length; r++) {
            double sx = 0;
            double sy = 0;
            double ht = 0;
            for (int j = offsets[events[r]]; j < offsets[events[r] + 1]; j++) {
                if (!SelectedJets.passes(pt[j], eta[j], s)) {
                    sx += FourMomenta.px(pt[j], phi[j]);
                    sy += FourMomenta.py(pt[j], phi[j]);
                    ht += pt[j];
                }
            }
            int o = r * nF + col;
            x[o] = sx;
            x[o + 1] = sy;
            x[o + 2] = ht;
        }
    }

    /** (p_x, p_y, p_z, E, b-tag discriminant) of the leading selected jets; absent jets stay 0. */
    private static void fillJetSlots(EventBatch batch, SelectedJets jets, int nSlots, double[] x, int nF, int col) {
        double[] btag = batch.doubles(Columns.JET_BTAG.name());
        int nRows = jets.offsets().length - 1;
        int width = JET_QUANTITIES.size();
        for (int r = 0; r < nRows; r++) {
            int n = Math.min(nSlots, SelectedJets.count(r, jets.offsets()));
            for (int k = 0; k < n; k++) {
                int i = jets.offsets()[r] + k;
                int o = r * nF + col + k * width;
                x[o] = jets.px()[i];
                x[o + 1] = jets.py()[i];
                x[o + 2] = jets.pz()[i];
                x[o + 3] = jets.e()[i];
                x[o + 4] = btag[jets.jet()[i]];
            }
        }
    }

    /** (p_x, p_y, p_z, E, is-muon flag) of the two lepton slots; an empty slot is all 0. */
    private static void fillLeptonSlots(LeptonSlots leptons, double[] x, int nF, int col) {
        int nRows = leptons.pt().length / LeptonSlots.N_SLOTS;
        int width = LEPTON_QUANTITIES.size();
        for (int r = 0; r < nRows; r++) {
            for (int k = 0; k < LeptonSlots.N_SLOTS; k++) {
                int s = 2 * r + k;
                int o = r * nF + col + k * width;
                x[o] = leptons.px()[s];
                x[o + 1] = leptons.py()[s];
                x[o + 2] = leptons.pz()[s];
                x[o + 3] = leptons.e()[s];
                x[o + 4] = leptons.isMuon()[s];
            }
        }
    }

    /**
     * m_ll (0 with fewer than two leptons), m_jj of the leading two jets (0 with fewer than two)
     * and m(ll + all selected jets), each sqrt(E^2 - |p|^2) of the summed four-momenta.
     */
    private static void fillMasses(SelectedJets jets, LeptonSlots leptons, double[] x, int nF, int col) {
        int nRows = jets.offsets().length - 1;
        for (int r = 0; r < nRows; r++) {
            int a = 2 * r;
            double e = leptons.e()[a] + leptons.e()[a + 1];
            double px = leptons.px()[a] + leptons.px()[a + 1];
            double py = leptons.py()[a] + leptons.py()[a + 1];
            double pz = leptons.pz()[a] + leptons.pz()[a + 1];
            int o = r * nF + col;
            x[o] = leptons.pt()[a + 1] == 0 ? 0 : FourMomenta.mass(e, px, py, pz);

            int first = jets.offsets()[r];
            int nJets = SelectedJets.count(r, jets.offsets());
            x[o + 1] = nJets < 2 ? 0 : FourMomenta.mass(jets.e()[first] + jets.e()[first + 1],
                    jets.px()[first] + jets.px()[first + 1], jets.py()[first] + jets.py()[first + 1],
                    jets.pz()[first] + jets.pz()[first + 1]);

            for (int k = first; k < first + nJets; k++) {
                e += jets.e()[k];
                px += jets.px()[k];
                py += jets.py()[k];
                pz += jets.pz()[k];
            }
            x[o + 2] = FourMomenta.mass(e, px, py, pz);
        }
    }

    /** Selected-jet multiplicity, b-tagged multiplicity and the number of primary vertices. */
    private static void fillCounts(EventBatch batch, int[] events, SelectedJets jets, double bTagThreshold,
                                   double[] x, int nF, int col) {
        double[] btag = batch.doubles(Columns.JET_BTAG.name());
        int[] nPV = batch.ints(Columns.N_PV.name());
        for (int r = 0; r < events.length; r++) {
            int nB = 0;
            for (int k = jets.offsets()[r]; k < jets.offsets()[r + 1]; k++) {
                nB += btag[jets.jet()[k]] >= bTagThreshold ? 1 : 0;
            }
            int o = r * nF + col;
            x[o] = SelectedJets.count(r, jets.offsets());
            x[o + 1] = nB;
            x[o + 2] = nPV[events[r]];
        }
    }
}
