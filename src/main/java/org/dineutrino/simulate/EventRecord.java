package org.dineutrino.simulate;

import org.dineutrino.event.WDecay;

/**
 * Scratch storage for one event while it is generated: the truth the process generators fill,
 * the particle-level objects and the reconstructed objects. One instance per worker thread is
 * reused for every event, so nothing is allocated per event; {@link #clear()} resets the counts.
 *
 * <p>Four-vectors are (px, py, pz, E) in flat arrays, 4 doubles per object, in the lab frame.
 * Fields are package-private on purpose: this is a plain data holder between the steps of
 * {@link EventGenerator}, read back by {@link ColumnBuffers} and by the tests.
 */
final class EventRecord {

    static final int MAX_LEPTONS = 4;
    static final int MAX_PARTONS = 16;
    static final int MAX_NEUTRINOS = 16;
    static final int MAX_JETS = 32;

    // --- hard process (filled by the process generators) ---
    int decay1 = WDecay.NONE.code();
    int decay2 = WDecay.NONE.code();
    /** true when the event has two W bosons from which the fiducial signal can come (tt&#772;, tW). */
    boolean twoWs;
    boolean hasTop;
    boolean hasAntitop;
    final double[] top = new double[4];
    final double[] antitop = new double[4];
    /**
     * W+ and W- (tt&#772;, T2tt) or the top's W and the other W (tW), or the two bosons of W W
     * (W+, W-), W Z (W, Z) and Z Z; the leptons' parents, for tests.
     */
    final double[] w1 = new double[4];
    final double[] w2 = new double[4];

    /** Prompt charged leptons (e, mu; from W, Z or tau decays) before final-state radiation. */
    int nLeptons;
    final double[] lepton = new double[4 * MAX_LEPTONS];
    final int[] leptonPdgId = new int[MAX_LEPTONS];
    final int[] leptonFromTau = new int[MAX_LEPTONS];
    /** Charged lepton directly from each W (l or tau) before any tau decay; for the helicity tests. */
    final double[] wLepton1 = new double[4];
    final double[] wLepton2 = new double[4];

    /** Sum of the neutrinos of the W decays (p_T^nunu) and of all neutrinos (gen p_T^miss) [GeV]. */
    double promptNuPx;
    double promptNuPy;
    double invisiblePx;
    double invisiblePy;
    /** T2tt: the two neutralinos (lab four-vectors) and their p_T sum (genChiChi) [GeV]; zero otherwise. */
    final double[] neutralino1 = new double[4];
    final double[] neutralino2 = new double[4];
    double neutralinoPx;
    double neutralinoPy;

    /** Coloured partons that become jets: b quarks (after their neutrinos left), ISR partons. */
    int nPartons;
    final double[] parton = new double[4 * MAX_PARTONS];
    final int[] partonFlavour = new int[MAX_PARTONS];

    // --- particle level (ParticleLevel) ---
    /** FSR photon of each lepton (zero vector if none), and the dressed leptons. */
    final double[] photon = new double[4 * MAX_LEPTONS];
    final double[] dressed = new double[4 * MAX_LEPTONS];
    int nGenJets;
    final double[] genJet = new double[4 * MAX_JETS];
    final int[] genJetFlavour = new int[MAX_JETS];
    /** Visible hard-process momentum that is in no jet (soft partons, out-of-cone losses) [GeV]. */
    double unclusteredPx;
    double unclusteredPy;

    // --- pileup ---
    int nPU;
    int nPV;
    double rho;

    // --- reconstruction level (Detector) ---
    int nMuons;
    final double[] muonPt = new double[MAX_LEPTONS];
    final double[] muonEta = new double[MAX_LEPTONS];
    final double[] muonPhi = new double[MAX_LEPTONS];
    final int[] muonCharge = new int[MAX_LEPTONS];
    final int[] muonTight = new int[MAX_LEPTONS];
    int nElectrons;
    final double[] electronPt = new double[MAX_LEPTONS];
    final double[] electronEta = new double[MAX_LEPTONS];
    final double[] electronPhi = new double[MAX_LEPTONS];
    final int[] electronCharge = new int[MAX_LEPTONS];
    final int[] electronTight = new int[MAX_LEPTONS];
    int nJets;
    final double[] jetPt = new double[MAX_JETS];
    final double[] jetEta = new double[MAX_JETS];
    final double[] jetPhi = new double[MAX_JETS];
    final double[] jetMass = new double[MAX_JETS];
    final double[] jetBtag = new double[MAX_JETS];
    final int[] jetFlavour = new int[MAX_JETS];
    /**
     * Generator weight p_true / p_sampled of the event's biased choices (Drell-Yan); 1 for an
     * unbiased event.
     */
    double genWeight = 1.0;
    double metPx;
    double metPy;
    double puppiMetPx;
    double puppiMetPy;

    // --- what ObjectShifts needs to know of each stored jet, and the shift columns it fills ---
    /** Particle-level pT of the jet's gen jet [GeV]; 0 for a pileup jet, which has none. */
    final double[] jetGenPt = new double[MAX_JETS];
    /** |eta| at which the jet's resolution scale factor was looked up (the gen jet's). */
    final double[] jetSfAbsEta = new double[MAX_JETS];
    /** Mean response R and relative resolution in simulation sigma_MC (no scale factor) of the jet. */
    final double[] jetMeanResponse = new double[MAX_JETS];
    final double[] jetSigmaMc = new double[MAX_JETS];
    final double[] jetJesUnc = new double[MAX_JETS];
    final double[] jetJerUp = new double[MAX_JETS];
    final double[] jetJerDown = new double[MAX_JETS];
    final double[] muonScaleUnc = new double[MAX_LEPTONS];
    final double[] electronScaleUnc = new double[MAX_LEPTONS];
    /** The unclustered-energy part of each p_T^miss vector [GeV]. */
    double metUnclPx;
    double metUnclPy;
    double puppiMetUnclPx;
    double puppiMetUnclPy;
    // --- generator history and weight variations (EventWeights) ---
    /** Data-taking period (Pileup order) and the true mean number of interactions drawn for it. */
    int pileupPeriod;
    int trueMu;
    /** The ISR model of the event (null without ISR), its recoil p_T [GeV] and extra emissions drawn. */
    Recoil recoilModel;
    double recoilPt;
    int isrEmissions;
    /** FSR gluon counts drawn (capped) for each b quark from a top decay. */
    int nRadiatingQuarks;
    final int[] fsrEmissions = new int[2];
    /** The weight variations of the kept event, {@link org.dineutrino.event.Columns#WEIGHT_VARIATIONS} order. */
    final double[] weights = new double[EventWeights.SIZE];

    /** Resets the counts and sums for the next event (arrays are overwritten, not cleared). */
    void clear() {
        genWeight = 1.0;
        decay1 = WDecay.NONE.code();
        decay2 = WDecay.NONE.code();
        twoWs = false;
        hasTop = false;
        hasAntitop = false;
        java.util.Arrays.fill(top, 0.0);
        java.util.Arrays.fill(antitop, 0.0);
        nLeptons = 0;
        promptNuPx = 0;
        promptNuPy = 0;
        invisiblePx = 0;
        invisiblePy = 0;
        nPartons = 0;
        nRadiatingQuarks = 0;
        recoilModel = null;
        recoilPt = 0;
        isrEmissions = 0;
        nGenJets = 0;
        unclusteredPx = 0;
        unclusteredPy = 0;
        nMuons = 0;
        nElectrons = 0;
        nJets = 0;
        neutralinoPx = 0;
        neutralinoPy = 0;
    }

    /** Appends a prompt lepton (lab four-vector) and returns its index. */
    int addLepton(double[] p, int o, int pdgId, boolean fromTau) {
        int i = nLeptons++;
        Lorentz.copy(p, o, lepton, 4 * i);
        leptonPdgId[i] = pdgId;
        leptonFromTau[i] = fromTau ? 1 : 0;
        return i;
    }

    /** Appends a parton that will form a jet. */
    void addParton(double[] p, int o, int flavour) {
        if (nPartons == MAX_PARTONS) {
            throw new IllegalStateException("more than " + MAX_PARTONS + " jet partons in one event");
        }
        Lorentz.copy(p, o, parton, 4 * nPartons);
        partonFlavour[nPartons++] = flavour;
    }

    /** Sets neutralino 1 or 2 (lab four-vector); it enters genChiChi and gen p_T^miss. */
    void setNeutralino(int which, double[] p, int o) {
        Lorentz.copy(p, o, which == 1 ? neutralino1 : neutralino2, 0);
        neutralinoPx += p[o];
        neutralinoPy += p[o + 1];
        addInvisible(p, o);
    }

    /** Adds an invisible particle (neutrino) to the generator-level missing momentum. */
    void addInvisible(double[] p, int o) {
        invisiblePx += p[o];
        invisiblePy += p[o + 1];
    }
}
