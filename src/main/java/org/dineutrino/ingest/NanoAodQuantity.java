package org.dineutrino.ingest;

/**
 * Each NanoAOD branch the importer reads, with its default name in CMS NanoAOD
 * (versions 6 to 12 agree on these names). A {@link NanoAodMapping} may map any of them to
 * another branch, or to none ({@code ""}) to leave the quantity out.
 */
public enum NanoAodQuantity {
    GEN_WEIGHT("genWeight", "generator weight"),
    N_PV("PV_npvs", "number of reconstructed primary vertices"),
    PILEUP_N_PU("Pileup_nPU", "number of in-time pileup interactions (simulation)"),
    PILEUP_N_TRUE_INT("Pileup_nTrueInt", "mean number of pileup interactions (simulation)"),

    MET_PT("MET_pt", "PF p_T^miss [GeV]"),
    MET_PHI("MET_phi", "PF p_T^miss azimuth [rad]"),
    PUPPI_MET_PT("PuppiMET_pt", "PUPPI p_T^miss [GeV]"),
    PUPPI_MET_PHI("PuppiMET_phi", "PUPPI p_T^miss azimuth [rad]"),

    MUON_PT("Muon_pt", "muon p_T [GeV]"),
    MUON_ETA("Muon_eta", "muon pseudorapidity"),
    MUON_PHI("Muon_phi", "muon azimuth [rad]"),
    MUON_CHARGE("Muon_charge", "muon charge"),
    MUON_ID("Muon_tightId", "muon identification flag (tight ID)"),
    MUON_ISOLATION("Muon_pfRelIso04_all", "muon relative PF isolation, cone 0.4"),

    ELECTRON_PT("Electron_pt", "electron p_T [GeV]"),
    ELECTRON_ETA("Electron_eta", "electron pseudorapidity"),
    ELECTRON_DELTA_ETA_SC("Electron_deltaEtaSC", "supercluster eta minus electron eta"),
    ELECTRON_PHI("Electron_phi", "electron azimuth [rad]"),
    ELECTRON_CHARGE("Electron_charge", "electron charge"),
    ELECTRON_ID("Electron_cutBased", "electron cut-based ID (0 fail, 1 veto, 2 loose, 3 medium, 4 tight)"),

    JET_PT("Jet_pt", "jet p_T [GeV]"),
    JET_ETA("Jet_eta", "jet pseudorapidity"),
    JET_PHI("Jet_phi", "jet azimuth [rad]"),
    JET_MASS("Jet_mass", "jet mass [GeV]"),
    JET_BTAG(BTagDiscriminant.DEEP_JET.nanoAodBranch(), "jet b-tag discriminant"),
    JET_HADRON_FLAVOUR("Jet_hadronFlavour", "jet hadron flavour (simulation)"),

    GEN_MET_PT("GenMET_pt", "generator p_T^miss [GeV]"),
    GEN_MET_PHI("GenMET_phi", "generator p_T^miss azimuth [rad]"),

    GEN_LEPTON_PT("GenDressedLepton_pt", "dressed lepton p_T [GeV]"),
    GEN_LEPTON_ETA("GenDressedLepton_eta", "dressed lepton pseudorapidity"),
    GEN_LEPTON_PHI("GenDressedLepton_phi", "dressed lepton azimuth [rad]"),
    GEN_LEPTON_PDG_ID("GenDressedLepton_pdgId", "dressed lepton PDG id"),
    GEN_LEPTON_FROM_TAU("GenDressedLepton_hasTauAnc", "dressed lepton has a tau ancestor"),

    GEN_JET_PT("GenJet_pt", "particle-level jet p_T [GeV]"),
    GEN_JET_ETA("GenJet_eta", "particle-level jet pseudorapidity"),
    GEN_JET_PHI("GenJet_phi", "particle-level jet azimuth [rad]"),
    GEN_JET_HADRON_FLAVOUR("GenJet_hadronFlavour", "particle-level jet hadron flavour"),

    GEN_PART_PT("GenPart_pt", "generator particle p_T [GeV]"),
    GEN_PART_ETA("GenPart_eta", "generator particle pseudorapidity"),
    GEN_PART_PHI("GenPart_phi", "generator particle azimuth [rad]"),
    GEN_PART_MASS("GenPart_mass", "generator particle mass [GeV]"),
    GEN_PART_PDG_ID("GenPart_pdgId", "generator particle PDG id"),
    GEN_PART_MOTHER("GenPart_genPartIdxMother", "index of the generator particle's mother (-1: none)"),

    /** In the {@code Runs} tree, summed over its entries. */
    RUNS_GEN_EVENT_SUMW("genEventSumw", "sum of generator weights of all generated events (Runs tree)");

    private final String defaultBranch;
    private final String description;

    NanoAodQuantity(String defaultBranch, String description) {
        this.defaultBranch = defaultBranch;
        this.description = description;
    }

    /** The branch name in CMS NanoAOD. */
    public String defaultBranch() {
        return defaultBranch;
    }

    /** What it is, with its unit, for the mapping form. */
    public String description() {
        return description;
    }
}
