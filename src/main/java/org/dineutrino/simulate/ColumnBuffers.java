package org.dineutrino.simulate;

import java.util.Arrays;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;

/**
 * Collects kept events column by column and builds an {@link EventBatch} with exactly the columns
 * of {@link Columns#SIMULATED}, in that order. Per-event columns are sized for the batch up front;
 * jagged ones grow by doubling, so appending allocates only O(log n) times per batch.
 */
final class ColumnBuffers {

    /** One growable double column. */
    private static final class Doubles {
        double[] v;
        int n;

        Doubles(int capacity) {
            v = new double[Math.max(capacity, 4)];
        }

        void add(double x) {
            if (n == v.length) {
                v = Arrays.copyOf(v, 2 * v.length);
            }
            v[n++] = x;
        }

        double[] values() {
            return Arrays.copyOf(v, n);
        }
    }

    /** One growable int column. */
    private static final class Ints {
        int[] v;
        int n;

        Ints(int capacity) {
            v = new int[Math.max(capacity, 4)];
        }

        void add(int x) {
            if (n == v.length) {
                v = Arrays.copyOf(v, 2 * v.length);
            }
            v[n++] = x;
        }

        int[] values() {
            return Arrays.copyOf(v, n);
        }
    }

    private int nEvents;
    private final Doubles genWeight;
    private final Ints nPV;
    private final Ints nPU;
    private final Doubles met;
    private final Doubles metPhi;
    private final Doubles puppiMet;
    private final Doubles puppiMetPhi;
    private final Ints nMuon;
    private final Doubles muonPt;
    private final Doubles muonEta;
    private final Doubles muonPhi;
    private final Ints muonCharge;
    private final Ints muonTight;
    private final Ints nElectron;
    private final Doubles electronPt;
    private final Doubles electronEta;
    private final Doubles electronPhi;
    private final Ints electronCharge;
    private final Ints electronTight;
    private final Ints nJet;
    private final Doubles jetPt;
    private final Doubles jetEta;
    private final Doubles jetPhi;
    private final Doubles jetMass;
    private final Doubles jetBtag;
    private final Ints jetFlavour;
    private final Ints nGenLepton;
    private final Doubles genLeptonPt;
    private final Doubles genLeptonEta;
    private final Doubles genLeptonPhi;
    private final Ints genLeptonPdgId;
    private final Ints genLeptonFromTau;
    private final Ints nGenJet;
    private final Doubles genJetPt;
    private final Doubles genJetEta;
    private final Doubles genJetPhi;
    private final Ints genJetFlavour;
    private final Doubles genMet;
    private final Doubles genMetPhi;
    private final Doubles genNuNuPt;
    private final Doubles genNuNuPhi;
    private final Doubles genChiChiPt;
    private final Doubles genChiChiPhi;
    private final Ints genDecay1;
    private final Ints genDecay2;
    private final Doubles[] topColumns = new Doubles[8];
    private final Doubles jetJesUnc;
    private final Doubles jetJerUp;
    private final Doubles jetJerDown;
    private final Doubles muonScaleUnc;
    private final Doubles electronScaleUnc;
    /** metUnclPx, metUnclPy, puppiMetUnclPx, puppiMetUnclPy. */
    private final Doubles[] unclustered = new Doubles[4];
    private final Doubles[] weightColumns = new Doubles[EventWeights.SIZE];

    ColumnBuffers(int expectedEvents) {
        int e = expectedEvents;
        genWeight = new Doubles(e);
        nPV = new Ints(e);
        nPU = new Ints(e);
        met = new Doubles(e);
        metPhi = new Doubles(e);
        puppiMet = new Doubles(e);
        puppiMetPhi = new Doubles(e);
        nMuon = new Ints(e);
        muonPt = new Doubles(e);
        muonEta = new Doubles(e);
        muonPhi = new Doubles(e);
        muonCharge = new Ints(e);
        muonTight = new Ints(e);
        nElectron = new Ints(e);
        electronPt = new Doubles(e);
        electronEta = new Doubles(e);
        electronPhi = new Doubles(e);
        electronCharge = new Ints(e);
        electronTight = new Ints(e);
        nJet = new Ints(e);
        jetPt = new Doubles(4 * e);
        jetEta = new Doubles(4 * e);
        jetPhi = new Doubles(4 * e);
        jetMass = new Doubles(4 * e);
        jetBtag = new Doubles(4 * e);
        jetFlavour = new Ints(4 * e);
        nGenLepton = new Ints(e);
        genLeptonPt = new Doubles(2 * e);
        genLeptonEta = new Doubles(2 * e);
        genLeptonPhi = new Doubles(2 * e);
        genLeptonPdgId = new Ints(2 * e);
        genLeptonFromTau = new Ints(2 * e);
        nGenJet = new Ints(e);
        genJetPt = new Doubles(4 * e);
        genJetEta = new Doubles(4 * e);
        genJetPhi = new Doubles(4 * e);
        genJetFlavour = new Ints(4 * e);
        genMet = new Doubles(e);
        genMetPhi = new Doubles(e);
        genNuNuPt = new Doubles(e);
        genNuNuPhi = new Doubles(e);
        genChiChiPt = new Doubles(e);
        genChiChiPhi = new Doubles(e);
        genDecay1 = new Ints(e);
        genDecay2 = new Ints(e);
        for (int i = 0; i < topColumns.length; i++) {
            topColumns[i] = new Doubles(e);
        }
        jetJesUnc = new Doubles(4 * e);
        jetJerUp = new Doubles(4 * e);
        jetJerDown = new Doubles(4 * e);
        muonScaleUnc = new Doubles(e);
        electronScaleUnc = new Doubles(e);
        for (int i = 0; i < unclustered.length; i++) {
            unclustered[i] = new Doubles(e);
        }
        for (int i = 0; i < weightColumns.length; i++) {
            weightColumns[i] = new Doubles(e);
        }
    }

    int nEvents() {
        return nEvents;
    }

    /** Appends the event held by the record, with its generator weight. */
    void append(EventRecord ev) {
        nEvents++;
        genWeight.add(ev.genWeight);
        nPV.add(ev.nPV);
        nPU.add(ev.nPU);
        met.add(Math.hypot(ev.metPx, ev.metPy));
        metPhi.add(Math.atan2(ev.metPy, ev.metPx));
        puppiMet.add(Math.hypot(ev.puppiMetPx, ev.puppiMetPy));
        puppiMetPhi.add(Math.atan2(ev.puppiMetPy, ev.puppiMetPx));
        appendLeptons(ev);
        appendJets(ev);
        appendGenLeptons(ev);
        appendGenJets(ev);
        genMet.add(Math.hypot(ev.invisiblePx, ev.invisiblePy));
        genMetPhi.add(Math.atan2(ev.invisiblePy, ev.invisiblePx));
        genNuNuPt.add(Math.hypot(ev.promptNuPx, ev.promptNuPy));
        genNuNuPhi.add(Math.atan2(ev.promptNuPy, ev.promptNuPx));
        genChiChiPt.add(Math.hypot(ev.neutralinoPx, ev.neutralinoPy));
        genChiChiPhi.add(Math.atan2(ev.neutralinoPy, ev.neutralinoPx));
        genDecay1.add(ev.decay1);
        genDecay2.add(ev.decay2);
        appendTop(ev.hasTop, ev.top, 0);
        appendTop(ev.hasAntitop, ev.antitop, 4);
        appendShifts(ev);
        for (int i = 0; i < weightColumns.length; i++) {
            weightColumns[i].add(ev.weights[i]);
        }
    }

    private void appendShifts(EventRecord ev) {
        for (int i = 0; i < ev.nJets; i++) {
            jetJesUnc.add(ev.jetJesUnc[i]);
            jetJerUp.add(ev.jetJerUp[i]);
            jetJerDown.add(ev.jetJerDown[i]);
        }
        for (int i = 0; i < ev.nMuons; i++) {
            muonScaleUnc.add(ev.muonScaleUnc[i]);
        }
        for (int i = 0; i < ev.nElectrons; i++) {
            electronScaleUnc.add(ev.electronScaleUnc[i]);
        }
        unclustered[0].add(ev.metUnclPx);
        unclustered[1].add(ev.metUnclPy);
        unclustered[2].add(ev.puppiMetUnclPx);
        unclustered[3].add(ev.puppiMetUnclPy);
    }

    private void appendLeptons(EventRecord ev) {
        nMuon.add(ev.nMuons);
        for (int i = 0; i < ev.nMuons; i++) {
            muonPt.add(ev.muonPt[i]);
            muonEta.add(ev.muonEta[i]);
            muonPhi.add(ev.muonPhi[i]);
            muonCharge.add(ev.muonCharge[i]);
            muonTight.add(ev.muonTight[i]);
        }
        nElectron.add(ev.nElectrons);
        for (int i = 0; i < ev.nElectrons; i++) {
            electronPt.add(ev.electronPt[i]);
            electronEta.add(ev.electronEta[i]);
            electronPhi.add(ev.electronPhi[i]);
            electronCharge.add(ev.electronCharge[i]);
            electronTight.add(ev.electronTight[i]);
        }
    }

    private void appendJets(EventRecord ev) {
        nJet.add(ev.nJets);
        for (int i = 0; i < ev.nJets; i++) {
            jetPt.add(ev.jetPt[i]);
            jetEta.add(ev.jetEta[i]);
            jetPhi.add(ev.jetPhi[i]);
            jetMass.add(ev.jetMass[i]);
            jetBtag.add(ev.jetBtag[i]);
            jetFlavour.add(ev.jetFlavour[i]);
        }
    }

    private void appendGenLeptons(EventRecord ev) {
        nGenLepton.add(ev.nLeptons);
        for (int i = 0; i < ev.nLeptons; i++) {
            genLeptonPt.add(Lorentz.pt(ev.dressed, 4 * i));
            genLeptonEta.add(Lorentz.eta(ev.dressed, 4 * i));
            genLeptonPhi.add(Lorentz.phi(ev.dressed, 4 * i));
            genLeptonPdgId.add(ev.leptonPdgId[i]);
            genLeptonFromTau.add(ev.leptonFromTau[i]);
        }
    }

    private void appendGenJets(EventRecord ev) {
        nGenJet.add(ev.nGenJets);
        for (int i = 0; i < ev.nGenJets; i++) {
            genJetPt.add(Lorentz.pt(ev.genJet, 4 * i));
            genJetEta.add(Lorentz.eta(ev.genJet, 4 * i));
            genJetPhi.add(Lorentz.phi(ev.genJet, 4 * i));
            genJetFlavour.add(ev.genJetFlavour[i]);
        }
    }

    /** pT, eta, phi, mass of a top (or zeros when the event has none), into columns base..base+3. */
    private void appendTop(boolean present, double[] p, int base) {
        topColumns[base].add(present ? Lorentz.pt(p, 0) : 0.0);
        topColumns[base + 1].add(present ? Lorentz.eta(p, 0) : 0.0);
        topColumns[base + 2].add(present ? Lorentz.phi(p, 0) : 0.0);
        topColumns[base + 3].add(present ? Lorentz.mass(p, 0) : 0.0);
    }

    /** The batch, columns in {@link Columns#SIMULATED} order. */
    EventBatch build() {
        EventBatch.Builder b = EventBatch.builder(nEvents);
        b.put(Columns.GEN_WEIGHT, genWeight.values()).put(Columns.N_PV, nPV.values())
                .put(Columns.MET, met.values()).put(Columns.MET_PHI, metPhi.values())
                .put(Columns.PUPPI_MET, puppiMet.values()).put(Columns.PUPPI_MET_PHI, puppiMetPhi.values());
        b.put(Columns.N_MUON, nMuon.values()).put(Columns.MUON_PT, muonPt.values())
                .put(Columns.MUON_ETA, muonEta.values()).put(Columns.MUON_PHI, muonPhi.values())
                .put(Columns.MUON_CHARGE, muonCharge.values()).put(Columns.MUON_TIGHT, muonTight.values());
        b.put(Columns.N_ELECTRON, nElectron.values()).put(Columns.ELECTRON_PT, electronPt.values())
                .put(Columns.ELECTRON_ETA, electronEta.values()).put(Columns.ELECTRON_PHI, electronPhi.values())
                .put(Columns.ELECTRON_CHARGE, electronCharge.values())
                .put(Columns.ELECTRON_TIGHT, electronTight.values());
        b.put(Columns.N_JET, nJet.values()).put(Columns.JET_PT, jetPt.values())
                .put(Columns.JET_ETA, jetEta.values()).put(Columns.JET_PHI, jetPhi.values())
                .put(Columns.JET_MASS, jetMass.values()).put(Columns.JET_BTAG, jetBtag.values());
        b.put(Columns.N_PU, nPU.values()).put(Columns.JET_HADRON_FLAVOUR, jetFlavour.values());
        b.put(Columns.N_GEN_LEPTON, nGenLepton.values()).put(Columns.GEN_LEPTON_PT, genLeptonPt.values())
                .put(Columns.GEN_LEPTON_ETA, genLeptonEta.values()).put(Columns.GEN_LEPTON_PHI, genLeptonPhi.values())
                .put(Columns.GEN_LEPTON_PDG_ID, genLeptonPdgId.values())
                .put(Columns.GEN_LEPTON_FROM_TAU, genLeptonFromTau.values());
        b.put(Columns.N_GEN_JET, nGenJet.values()).put(Columns.GEN_JET_PT, genJetPt.values())
                .put(Columns.GEN_JET_ETA, genJetEta.values()).put(Columns.GEN_JET_PHI, genJetPhi.values())
                .put(Columns.GEN_JET_HADRON_FLAVOUR, genJetFlavour.values());
        b.put(Columns.GEN_MET, genMet.values()).put(Columns.GEN_MET_PHI, genMetPhi.values())
                .put(Columns.GEN_NUNU_PT, genNuNuPt.values()).put(Columns.GEN_NUNU_PHI, genNuNuPhi.values())
                .put(Columns.GEN_CHICHI_PT, genChiChiPt.values()).put(Columns.GEN_CHICHI_PHI, genChiChiPhi.values());
        b.put(Columns.GEN_DECAY_1, genDecay1.values()).put(Columns.GEN_DECAY_2, genDecay2.values());
        b.put(Columns.GEN_TOP_PT, topColumns[0].values()).put(Columns.GEN_TOP_ETA, topColumns[1].values())
                .put(Columns.GEN_TOP_PHI, topColumns[2].values()).put(Columns.GEN_TOP_MASS, topColumns[3].values())
                .put(Columns.GEN_ANTITOP_PT, topColumns[4].values())
                .put(Columns.GEN_ANTITOP_ETA, topColumns[5].values())
                .put(Columns.GEN_ANTITOP_PHI, topColumns[6].values())
                .put(Columns.GEN_ANTITOP_MASS, topColumns[7].values());
        for (int i = 0; i < weightColumns.length; i++) {
            b.put(Columns.WEIGHT_VARIATIONS.get(i), weightColumns[i].values());
        }
        b.put(Columns.JET_JES_UNC, jetJesUnc.values()).put(Columns.JET_JER_UP, jetJerUp.values())
                .put(Columns.JET_JER_DOWN, jetJerDown.values()).put(Columns.MUON_SCALE_UNC, muonScaleUnc.values())
                .put(Columns.ELECTRON_SCALE_UNC, electronScaleUnc.values())
                .put(Columns.MET_UNCL_PX, unclustered[0].values()).put(Columns.MET_UNCL_PY, unclustered[1].values())
                .put(Columns.PUPPI_MET_UNCL_PX, unclustered[2].values())
                .put(Columns.PUPPI_MET_UNCL_PY, unclustered[3].values());
        return b.build();
    }
}
