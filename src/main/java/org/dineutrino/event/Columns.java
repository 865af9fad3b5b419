package org.dineutrino.event;

import static org.dineutrino.event.ColumnSpec.perEvent;
import static org.dineutrino.event.ColumnSpec.perObject;
import static org.dineutrino.event.ValueType.DOUBLE;
import static org.dineutrino.event.ValueType.INT;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the event model: reconstruction level (what a detector sees) and
 * particle level (generator truth, absent in collision data). The names follow the
 * analysis note in lowerCamel; units are the package defaults.
 */
public final class Columns {

    private Columns() {
    }

    // Per event, both levels.
    public static final ColumnSpec GEN_WEIGHT = perEvent("genWeight", DOUBLE, "", "generator weight (sign and size)");
    public static final ColumnSpec N_PV = perEvent("nPV", INT, "", "number of reconstructed primary vertices");
    public static final ColumnSpec N_PU = perEvent("nPU", INT, "", "number of in-time pileup interactions (truth)");

    // Missing transverse momentum.
    public static final ColumnSpec MET = perEvent("met", DOUBLE, "GeV", "PF p_T^miss");
    public static final ColumnSpec MET_PHI = perEvent("metPhi", DOUBLE, "rad", "PF p_T^miss azimuth");
    public static final ColumnSpec PUPPI_MET = perEvent("puppiMet", DOUBLE, "GeV", "PUPPI p_T^miss");
    public static final ColumnSpec PUPPI_MET_PHI = perEvent("puppiMetPhi", DOUBLE, "rad", "PUPPI p_T^miss azimuth");

    // Reconstructed muons.
    public static final ColumnSpec N_MUON = perEvent("nMuon", INT, "", "number of reconstructed muons");
    public static final ColumnSpec MUON_PT = perObject("muonPt", DOUBLE, "nMuon", "GeV", "muon p_T");
    public static final ColumnSpec MUON_ETA = perObject("muonEta", DOUBLE, "nMuon", "", "muon pseudorapidity");
    public static final ColumnSpec MUON_PHI = perObject("muonPhi", DOUBLE, "nMuon", "rad", "muon azimuth");
    public static final ColumnSpec MUON_CHARGE = perObject("muonCharge", INT, "nMuon", "e", "muon charge (+1 or -1)");
    public static final ColumnSpec MUON_TIGHT = perObject("muonTight", INT, "nMuon", "",
            "1 if the muon passes tight identification and isolation");

    // Reconstructed electrons.
    public static final ColumnSpec N_ELECTRON = perEvent("nElectron", INT, "", "number of reconstructed electrons");
    public static final ColumnSpec ELECTRON_PT = perObject("electronPt", DOUBLE, "nElectron", "GeV", "electron p_T");
    public static final ColumnSpec ELECTRON_ETA = perObject("electronEta", DOUBLE, "nElectron", "",
            "electron pseudorapidity (supercluster)");
    public static final ColumnSpec ELECTRON_PHI = perObject("electronPhi", DOUBLE, "nElectron", "rad",
            "electron azimuth");
    public static final ColumnSpec ELECTRON_CHARGE = perObject("electronCharge", INT, "nElectron", "e",
            "electron charge (+1 or -1)");
    public static final ColumnSpec ELECTRON_TIGHT = perObject("electronTight", INT, "nElectron", "",
            "1 if the electron passes tight identification and isolation");

    // Reconstructed jets (anti-kT R = 0.4).
    public static final ColumnSpec N_JET = perEvent("nJet", INT, "", "number of reconstructed jets");
    public static final ColumnSpec JET_PT = perObject("jetPt", DOUBLE, "nJet", "GeV", "jet p_T (calibrated)");
    public static final ColumnSpec JET_ETA = perObject("jetEta", DOUBLE, "nJet", "", "jet pseudorapidity");
    public static final ColumnSpec JET_PHI = perObject("jetPhi", DOUBLE, "nJet", "rad", "jet azimuth");
    public static final ColumnSpec JET_MASS = perObject("jetMass", DOUBLE, "nJet", "GeV", "jet mass");
    public static final ColumnSpec JET_BTAG = perObject("jetBtag", DOUBLE, "nJet", "",
            "b-tag discriminant in [0, 1] (DeepJet-like)");
    public static final ColumnSpec JET_HADRON_FLAVOUR = perObject("jetHadronFlavour", INT, "nJet", "",
            "truth flavour of the jet: 5 b, 4 c, 0 light (simulation only)");

    // Particle level: dressed leptons (e, mu; from W decays or from tau decays).
    public static final ColumnSpec N_GEN_LEPTON = perEvent("nGenLepton", INT, "", "number of dressed leptons");
    public static final ColumnSpec GEN_LEPTON_PT = perObject("genLeptonPt", DOUBLE, "nGenLepton", "GeV",
            "dressed lepton p_T (photons within dR 0.1 added)");
    public static final ColumnSpec GEN_LEPTON_ETA = perObject("genLeptonEta", DOUBLE, "nGenLepton", "",
            "dressed lepton pseudorapidity");
    public static final ColumnSpec GEN_LEPTON_PHI = perObject("genLeptonPhi", DOUBLE, "nGenLepton", "rad",
            "dressed lepton azimuth");
    public static final ColumnSpec GEN_LEPTON_PDG_ID = perObject("genLeptonPdgId", INT, "nGenLepton", "",
            "PDG id: 11 e-, -11 e+, 13 mu-, -13 mu+");
    public static final ColumnSpec GEN_LEPTON_FROM_TAU = perObject("genLeptonFromTau", INT, "nGenLepton", "",
            "1 if the lepton comes from a tau decay");

    // Particle level: jets from all stable particles except dressed leptons and neutrinos.
    public static final ColumnSpec N_GEN_JET = perEvent("nGenJet", INT, "", "number of particle-level jets");
    public static final ColumnSpec GEN_JET_PT = perObject("genJetPt", DOUBLE, "nGenJet", "GeV",
            "particle-level jet p_T");
    public static final ColumnSpec GEN_JET_ETA = perObject("genJetEta", DOUBLE, "nGenJet", "",
            "particle-level jet pseudorapidity");
    public static final ColumnSpec GEN_JET_PHI = perObject("genJetPhi", DOUBLE, "nGenJet", "rad",
            "particle-level jet azimuth");
    public static final ColumnSpec GEN_JET_HADRON_FLAVOUR = perObject("genJetHadronFlavour", INT, "nGenJet", "",
            "5 if the jet contains a b hadron, 4 a c hadron, else 0");

    // Particle level: invisible particles.
    public static final ColumnSpec GEN_MET = perEvent("genMet", DOUBLE, "GeV",
            "gen p_T^miss: all neutrinos, non-prompt ones in jets included (and neutralinos)");
    public static final ColumnSpec GEN_MET_PHI = perEvent("genMetPhi", DOUBLE, "rad", "gen p_T^miss azimuth");
    public static final ColumnSpec GEN_NUNU_PT = perEvent("genNuNuPt", DOUBLE, "GeV",
            "p_T of the sum of the prompt neutrinos from the W decays (p_T^nunu)");
    public static final ColumnSpec GEN_NUNU_PHI = perEvent("genNuNuPhi", DOUBLE, "rad", "azimuth of p_T^nunu");
    public static final ColumnSpec GEN_CHICHI_PT = perEvent("genChiChiPt", DOUBLE, "GeV",
            "p_T of the sum of the neutralinos (0 without BSM)");
    public static final ColumnSpec GEN_CHICHI_PHI = perEvent("genChiChiPhi", DOUBLE, "rad",
            "azimuth of the neutralino sum");

    // Particle level: the hard process.
    public static final ColumnSpec GEN_DECAY_1 = perEvent("genDecay1", INT, "",
            "decay of the first W (or Z leg): a WDecay code");
    public static final ColumnSpec GEN_DECAY_2 = perEvent("genDecay2", INT, "",
            "decay of the second W (or Z leg): a WDecay code");
    public static final ColumnSpec GEN_TOP_PT = perEvent("genTopPt", DOUBLE, "GeV", "top quark p_T (0 if none)");
    public static final ColumnSpec GEN_TOP_ETA = perEvent("genTopEta", DOUBLE, "", "top quark pseudorapidity");
    public static final ColumnSpec GEN_TOP_PHI = perEvent("genTopPhi", DOUBLE, "rad", "top quark azimuth");
    public static final ColumnSpec GEN_TOP_MASS = perEvent("genTopMass", DOUBLE, "GeV", "top quark mass");
    public static final ColumnSpec GEN_ANTITOP_PT = perEvent("genAntitopPt", DOUBLE, "GeV",
            "top antiquark p_T (0 if none)");
    public static final ColumnSpec GEN_ANTITOP_ETA = perEvent("genAntitopEta", DOUBLE, "",
            "top antiquark pseudorapidity");
    public static final ColumnSpec GEN_ANTITOP_PHI = perEvent("genAntitopPhi", DOUBLE, "rad", "top antiquark azimuth");
    public static final ColumnSpec GEN_ANTITOP_MASS = perEvent("genAntitopMass", DOUBLE, "GeV", "top antiquark mass");

    // Shifted-object variations (simulation only): what a run needs to redo the selection per variation.
    public static final ColumnSpec JET_JES_UNC = perObject("jetJesUnc", DOUBLE, "nJet", "",
            "relative jet energy scale uncertainty delta: the JES up shift is pT x (1 + delta)");
    public static final ColumnSpec JET_JER_UP = perObject("jetJerUp", DOUBLE, "nJet", "",
            "factor turning the jet pT into the one smeared with the JER scale factor varied up");
    public static final ColumnSpec JET_JER_DOWN = perObject("jetJerDown", DOUBLE, "nJet", "",
            "factor turning the jet pT into the one smeared with the JER scale factor varied down");
    public static final ColumnSpec MUON_SCALE_UNC = perObject("muonScaleUnc", DOUBLE, "nMuon", "",
            "relative muon momentum-scale uncertainty");
    public static final ColumnSpec ELECTRON_SCALE_UNC = perObject("electronScaleUnc", DOUBLE, "nElectron", "",
            "relative electron energy-scale uncertainty");
    public static final ColumnSpec MET_UNCL_PX = perEvent("metUnclPx", DOUBLE, "GeV",
            "unclustered-energy part of the PF p_T^miss vector, x");
    public static final ColumnSpec MET_UNCL_PY = perEvent("metUnclPy", DOUBLE, "GeV",
            "unclustered-energy part of the PF p_T^miss vector, y");
    public static final ColumnSpec PUPPI_MET_UNCL_PX = perEvent("puppiMetUnclPx", DOUBLE, "GeV",
            "unclustered-energy part of the PUPPI p_T^miss vector, x");
    public static final ColumnSpec PUPPI_MET_UNCL_PY = perEvent("puppiMetUnclPy", DOUBLE, "GeV",
            "unclustered-energy part of the PUPPI p_T^miss vector, y");

    /** Columns of the shifted-object variations (org.dineutrino.systematics applies them). */
    public static final List<ColumnSpec> SHIFT_VARIATIONS = List.of(
            JET_JES_UNC, JET_JER_UP, JET_JER_DOWN, MUON_SCALE_UNC, ELECTRON_SCALE_UNC,
            MET_UNCL_PX, MET_UNCL_PY, PUPPI_MET_UNCL_PX, PUPPI_MET_UNCL_PY);

    // Weight variations of the built-in simulation (sim-weights): factors relative to the nominal event weight.
    public static final ColumnSpec W_LEPTON_SF_UP = weight("wLeptonSfUp", "lepton ID/isolation scale factors up");
    public static final ColumnSpec W_LEPTON_SF_DOWN = weight("wLeptonSfDown", "lepton ID/isolation scale factors down");
    public static final ColumnSpec W_BTAG_HF_UP = weight("wBtagHfUp", "b-tag scale factor of b and c jets up");
    public static final ColumnSpec W_BTAG_HF_DOWN = weight("wBtagHfDown", "b-tag scale factor of b and c jets down");
    public static final ColumnSpec W_BTAG_LF_UP = weight("wBtagLfUp", "b-tag scale factor of light jets up");
    public static final ColumnSpec W_BTAG_LF_DOWN = weight("wBtagLfDown", "b-tag scale factor of light jets down");
    public static final ColumnSpec W_PILEUP_UP = weight("wPileupUp", "minimum-bias cross section +4.6 %");
    public static final ColumnSpec W_PILEUP_DOWN = weight("wPileupDown", "minimum-bias cross section -4.6 %");
    public static final ColumnSpec W_TRIGGER_UP = weight("wTriggerUp", "dilepton trigger scale factor up");
    public static final ColumnSpec W_TRIGGER_DOWN = weight("wTriggerDown", "dilepton trigger scale factor down");
    public static final ColumnSpec W_MU_R_UP = weight("wMuRUp",
            "renormalisation scale x2 (tt̄: scaled to the upper NNLO+NNLL edge)");
    public static final ColumnSpec W_MU_R_DOWN = weight("wMuRDown",
            "renormalisation scale x1/2 (tt̄: scaled to the lower NNLO+NNLL edge)");
    public static final ColumnSpec W_MU_F_UP = weight("wMuFUp",
            "factorisation scale x2 (tt̄: scaled to the upper NNLO+NNLL edge)");
    public static final ColumnSpec W_MU_F_DOWN = weight("wMuFDown",
            "factorisation scale x1/2 (tt̄: scaled to the lower NNLO+NNLL edge)");
    public static final ColumnSpec W_MU_R_MU_F_UP = weight("wMuRMuFUp",
            "both scales x2 (tt̄: scaled to the upper NNLO+NNLL edge)");
    public static final ColumnSpec W_MU_R_MU_F_DOWN = weight("wMuRMuFDown",
            "both scales x1/2 (tt̄: scaled to the lower NNLO+NNLL edge)");
    public static final ColumnSpec W_ISR_UP = weight("wIsrUp", "initial-state radiation up");
    public static final ColumnSpec W_ISR_DOWN = weight("wIsrDown", "initial-state radiation down");
    public static final ColumnSpec W_FSR_UP = weight("wFsrUp", "final-state radiation off b quarks up");
    public static final ColumnSpec W_FSR_DOWN = weight("wFsrDown", "final-state radiation off b quarks down");
    public static final ColumnSpec W_TOP_PT = weight("wTopPt", "top p_T data/NLO reweighting (one-sided)");
    public static final ColumnSpec W_PDF_1 = weight("wPdf1", "PDF member 1: gluon at small x");
    public static final ColumnSpec W_PDF_2 = weight("wPdf2", "PDF member 2: gluon at medium x");
    public static final ColumnSpec W_PDF_3 = weight("wPdf3", "PDF member 3: gluon at large x");
    public static final ColumnSpec W_PDF_4 = weight("wPdf4", "PDF member 4: u and d quarks at large x");
    public static final ColumnSpec W_PDF_5 = weight("wPdf5", "PDF member 5: light sea antiquarks");
    public static final ColumnSpec W_PDF_6 = weight("wPdf6", "PDF member 6: c and b densities");

    /** Reconstruction-level columns: what collision data has. */
    public static final List<ColumnSpec> RECO = List.of(
            GEN_WEIGHT, N_PV, MET, MET_PHI, PUPPI_MET, PUPPI_MET_PHI,
            N_MUON, MUON_PT, MUON_ETA, MUON_PHI, MUON_CHARGE, MUON_TIGHT,
            N_ELECTRON, ELECTRON_PT, ELECTRON_ETA, ELECTRON_PHI, ELECTRON_CHARGE, ELECTRON_TIGHT,
            N_JET, JET_PT, JET_ETA, JET_PHI, JET_MASS, JET_BTAG);

    /** Particle-level columns: simulation only. */
    public static final List<ColumnSpec> TRUTH = List.of(
            N_PU, JET_HADRON_FLAVOUR,
            N_GEN_LEPTON, GEN_LEPTON_PT, GEN_LEPTON_ETA, GEN_LEPTON_PHI, GEN_LEPTON_PDG_ID, GEN_LEPTON_FROM_TAU,
            N_GEN_JET, GEN_JET_PT, GEN_JET_ETA, GEN_JET_PHI, GEN_JET_HADRON_FLAVOUR,
            GEN_MET, GEN_MET_PHI, GEN_NUNU_PT, GEN_NUNU_PHI, GEN_CHICHI_PT, GEN_CHICHI_PHI,
            GEN_DECAY_1, GEN_DECAY_2,
            GEN_TOP_PT, GEN_TOP_ETA, GEN_TOP_PHI, GEN_TOP_MASS,
            GEN_ANTITOP_PT, GEN_ANTITOP_ETA, GEN_ANTITOP_PHI, GEN_ANTITOP_MASS);

    /**
     * Per-event weight variations of the built-in simulation, in this order: each a factor relative
     * to the nominal event weight, exactly 1 where the source does not apply to the process.
     * Optional on import.
     */
    public static final List<ColumnSpec> WEIGHT_VARIATIONS = List.of(
            W_LEPTON_SF_UP, W_LEPTON_SF_DOWN, W_BTAG_HF_UP, W_BTAG_HF_DOWN, W_BTAG_LF_UP, W_BTAG_LF_DOWN,
            W_PILEUP_UP, W_PILEUP_DOWN, W_TRIGGER_UP, W_TRIGGER_DOWN,
            W_MU_R_UP, W_MU_R_DOWN, W_MU_F_UP, W_MU_F_DOWN, W_MU_R_MU_F_UP, W_MU_R_MU_F_DOWN,
            W_ISR_UP, W_ISR_DOWN, W_FSR_UP, W_FSR_DOWN, W_TOP_PT,
            W_PDF_1, W_PDF_2, W_PDF_3, W_PDF_4, W_PDF_5, W_PDF_6);

    /** Every column the built-in simulation writes. */
    public static final List<ColumnSpec> SIMULATED = concat(concat(concat(RECO, TRUTH), WEIGHT_VARIATIONS),
            SHIFT_VARIATIONS);

    private static final Map<String, ColumnSpec> BY_NAME = SIMULATED.stream()
            .collect(Collectors.toMap(ColumnSpec::name, Function.identity()));

    /** The known column of that name, or null. */
    public static ColumnSpec byName(String name) {
        return BY_NAME.get(name);
    }

    private static ColumnSpec weight(String name, String description) {
        return perEvent(name, DOUBLE, "", "weight factor: " + description);
    }

    private static List<ColumnSpec> concat(List<ColumnSpec> a, List<ColumnSpec> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
