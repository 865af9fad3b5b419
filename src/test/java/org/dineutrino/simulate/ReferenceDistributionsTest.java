package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.WDecay;
import org.dineutrino.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Simulated tt&#772; against the published 13 TeV distributions of shared/physics/ref-13tev-distributions.tsv.
 * pT(t) and m_tt are those the shape correction was fitted to, and N_jets the one the ISR model was
 * tuned to (closure tests); pT(tt) follows from the fitted recoil model; Delta phi(l+ l-) is an
 * independent check of the spin correlations and recoil.
 */
class ReferenceDistributionsTest {

    /** Generated events for the parton-level shapes: ~100k with tt&#772; kinematics. */
    private static final long GENERATED = 1_500_000;

    private static final List<String[]> REFERENCE = readReference();
    private static final double[] TOP_PT = new double[6];
    private static final double[] MTT = new double[7];
    private static final double[] PT_TT = new double[6];
    private static final double[] DPHI_ATLAS = new double[10];

    @BeforeAll
    static void generate() {
        double[] ptEdges = edges("pT(t)", "norm", "CMS-TOP-17-014");
        double[] mEdges = edges("m(ttbar)", "norm", "CMS-TOP-17-014");
        double[] pttEdges = edges("pT(ttbar)", "norm", "CMS-TOP-17-014");
        double[] atlasEdges = edges("dphi(e,mu)", "norm", "ATLAS");
        SimulatedSamples.forEachGenerated(SimProcess.TTBAR, 31L, GENERATED, ev -> {
            if (ev.hasTop) {
                add(TOP_PT, ptEdges, Lorentz.pt(ev.top, 0), 0.5);
                add(TOP_PT, ptEdges, Lorentz.pt(ev.antitop, 0), 0.5);
                add(MTT, mEdges, Lorentz.pairMass(ev.top, 0, ev.antitop, 0), 1);
                add(PT_TT, pttEdges, Math.hypot(ev.top[0] + ev.antitop[0], ev.top[1] + ev.antitop[1]), 1);
                if (isAtlasElectronMuon(ev)) {
                    double d = Math.abs(Lorentz.deltaPhi(Lorentz.phi(ev.dressed, 0), Lorentz.phi(ev.dressed, 4)));
                    add(DPHI_ATLAS, atlasEdges, d, 1);
                }
            }
        });
    }

    /** ATLAS e-mu fiducial region: one prompt e and one prompt mu, dressed, pT &gt; 20 GeV, |eta| &lt; 2.5. */
    private static boolean isAtlasElectronMuon(EventRecord ev) {
        boolean prompt = WDecay.of(ev.decay1).isPromptLightLepton() && WDecay.of(ev.decay2).isPromptLightLepton();
        if (!prompt || ev.decay1 == ev.decay2 || ev.nLeptons != 2) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            if (Lorentz.pt(ev.dressed, 4 * i) <= 20 || Math.abs(Lorentz.eta(ev.dressed, 4 * i)) >= 2.5) {
                return false;
            }
        }
        return true;
    }

    @Test
    void top_pt_matches_cms_parton_level() {
        // closure of the shape correction: 3 % plus 3 statistical sigma per bin
        assertMatches("pT(t)", "CMS-TOP-17-014", TOP_PT, 0.03, TOP_PT.length);
    }

    @Test
    void ttbar_mass_matches_cms_parton_level() {
        assertMatches("m(ttbar)", "CMS-TOP-17-014", MTT, 0.05, MTT.length);
    }

    @Test
    void ttbar_transverse_momentum_matches_cms_parton_level() {
        // the recoil model is the note's fit (chi^2 2.8/3); its bins agree within 6 %
        assertMatches("pT(ttbar)", "CMS-TOP-17-014", PT_TT, 0.08, PT_TT.length);
    }

    @Test
    void lepton_azimuthal_difference_matches_atlas_e_mu() {
        // LO spin correlations with recoil: the note's toy got 0.91-1.09 without the shape
        // correction; we allow 10 % per bin and require the last/first-bin slope within 15 % of 1.97
        assertMatches("dphi(e,mu)", "ATLAS", DPHI_ATLAS, 0.10, DPHI_ATLAS.length);
        double[] atlas = values("dphi(e,mu)", "norm", "ATLAS");
        double slope = DPHI_ATLAS[9] / DPHI_ATLAS[0];
        assertEquals(atlas[9] / atlas[0], slope, 0.15 * atlas[9] / atlas[0]);
    }

    @Test
    void lepton_azimuthal_difference_matches_cms_in_the_fiducial_region() {
        double[] edges = edges("dphi(l+,l-)", "norm", "CMS-TOP-17-014");
        double[] counts = new double[edges.length - 1];
        fillFiducial((b, i) -> add(counts, edges, FiducialEvents.leptonDeltaPhi(b, i), 1));
        assertMatches("dphi(l+,l-)", "CMS-TOP-17-014", counts, 0.05, counts.length);
    }

    @Test
    void jet_multiplicity_matches_cms_in_the_fiducial_region() {
        double[] edges = edges("N_jets", "norm", "CMS-TOP-17-014");
        double[] counts = new double[edges.length - 1];
        fillFiducial((b, i) -> {
            int n = 0;
            int[] o = b.offsets("nGenJet");
            for (int j = o[i]; j < o[i + 1]; j++) {
                if (b.doubles("genJetPt")[j] > 30 && Math.abs(b.doubles("genJetEta")[j]) < 2.4) {
                    n++;
                }
            }
            add(counts, edges, n, 1);
        });
        // tuned ISR model: 2-4 jets within 20 %, 5 jets within 50 %; 6 and 7 jets are known to be
        // too rare (one-emission FSR, no shower) and are only required to be present
        assertMatches("N_jets", "CMS-TOP-17-014", counts, 0.20, 3);
        double[] data = values("N_jets", "norm", "CMS-TOP-17-014");
        double total = java.util.Arrays.stream(counts).sum();
        assertEquals(1.0, counts[3] / total / data[3], 0.5);
        assertTrue(counts[4] > 0, "some 6-jet events");
    }

    private interface EventVisitor {
        void visit(EventBatch batch, int event);
    }

    private static void fillFiducial(EventVisitor visitor) {
        for (EventBatch b : SimulatedSamples.ttbar().batches()) {
            for (int i = 0; i < b.nEvents(); i++) {
                if (FiducialEvents.isFiducial(b, i)) {
                    visitor.visit(b, i);
                }
            }
        }
    }

    /** Compares counts, normalised over the table's range, with the table's normalised values. */
    private static void assertMatches(String observable, String dataset, double[] counts, double tolerance,
                                      int nChecked) {
        double[] e = edges(observable, "norm", dataset);
        double[] data = values(observable, "norm", dataset);
        double dataTotal = 0;
        double total = 0;
        for (int k = 0; k < data.length; k++) {
            dataTotal += data[k] * (e[k + 1] - e[k]);
            total += counts[k];
        }
        for (int k = 0; k < nChecked; k++) {
            double expected = data[k] * (e[k + 1] - e[k]) / dataTotal;
            double model = counts[k] / total;
            double statistical = Math.sqrt(Math.max(counts[k], 1)) / total / expected;
            assertEquals(1.0, model / expected, tolerance + 3 * statistical,
                    observable + " bin [" + e[k] + ", " + e[k + 1] + ")");
        }
    }

    private static void add(double[] h, double[] edges, double x, double w) {
        int k = FiducialEvents.bin(edges, x);
        if (k >= 0) {
            h[k] += w;
        }
    }

    private static List<String[]> rows(String observable, String level, String dataset) {
        List<String[]> out = new ArrayList<>();
        for (String[] r : REFERENCE) {
            if (r[0].startsWith(dataset) && r[1].startsWith(observable) && r[3].equals(level)) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no " + level + " rows for " + observable + " of " + dataset);
        }
        return out;
    }

    private static double[] edges(String observable, String level, String dataset) {
        List<String[]> r = rows(observable, level, dataset);
        double[] e = new double[r.size() + 1];
        for (int k = 0; k < r.size(); k++) {
            e[k] = Double.parseDouble(r.get(k)[4]);
            e[k + 1] = Double.parseDouble(r.get(k)[5]);
        }
        return e;
    }

    private static double[] values(String observable, String level, String dataset) {
        return rows(observable, level, dataset).stream().mapToDouble(r -> Double.parseDouble(r[6])).toArray();
    }

    private static List<String[]> readReference() {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(SharedData.physics("ref-13tev-distributions.tsv"))) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ref-13tev-distributions.tsv", e);
        }
    }
}
