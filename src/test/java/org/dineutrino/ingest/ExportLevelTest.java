package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.ValueType;
import org.junit.jupiter.api.Test;

/** Which columns each export level writes (expected lists written out by hand from the level's rules). */
class ExportLevelTest {

    private static final ColumnSpec PILEUP_UP = ColumnSpec.perEvent("weightPileupUp", ValueType.DOUBLE, "",
            "pileup weight, up");
    private static final ColumnSpec GEN_HT = ColumnSpec.perEvent("genHt", ValueType.DOUBLE, "GeV", "gen H_T");

    private static List<ColumnSpec> sample() {
        List<ColumnSpec> columns = new ArrayList<>(Columns.SIMULATED);
        columns.add(NanoAodImporter.N_TRUE_INT);
        columns.add(PILEUP_UP);
        columns.add(GEN_HT);
        return columns;
    }

    @Test
    void reco_level_writes_what_a_detector_sees_and_every_weight() {
        List<String> expected = new ArrayList<>(List.of("genWeight", "nPV", "met", "metPhi", "puppiMet", "puppiMetPhi",
                "nMuon", "muonPt", "muonEta", "muonPhi", "muonCharge", "muonTight",
                "nElectron", "electronPt", "electronEta", "electronPhi", "electronCharge", "electronTight",
                "nJet", "jetPt", "jetEta", "jetPhi", "jetMass", "jetBtag"));
        expected.addAll(withWeights("jetJesUnc"));
        expected.addAll(List.of("jetJerUp", "jetJerDown", "muonScaleUnc", "electronScaleUnc",
                "metUnclPx", "metUnclPy", "puppiMetUnclPx", "puppiMetUnclPy", "weightPileupUp"));
        assertEquals(expected, names(ExportLevel.RECO.select(sample())));
    }

    @Test
    void particle_level_writes_the_truth_and_weights_but_not_the_flavour_of_reconstructed_jets() {
        List<String> expected = new ArrayList<>(List.of("genWeight", "nPU",
                "nGenLepton", "genLeptonPt", "genLeptonEta", "genLeptonPhi", "genLeptonPdgId", "genLeptonFromTau",
                "nGenJet", "genJetPt", "genJetEta", "genJetPhi", "genJetHadronFlavour",
                "genMet", "genMetPhi", "genNuNuPt", "genNuNuPhi", "genChiChiPt", "genChiChiPhi",
                "genDecay1", "genDecay2",
                "genTopPt", "genTopEta", "genTopPhi", "genTopMass",
                "genAntitopPt", "genAntitopEta", "genAntitopPhi", "genAntitopMass"));
        expected.addAll(withWeights("nTrueInt"));
        expected.add("weightPileupUp");
        expected.add("genHt");
        assertEquals(expected, names(ExportLevel.PARTICLE.select(sample())));
    }

    /** The simulation's weight variations (written at every level), then the given column. */
    private static List<String> withWeights(String next) {
        List<String> out = new ArrayList<>(List.of("wLeptonSfUp", "wLeptonSfDown", "wBtagHfUp", "wBtagHfDown",
                "wBtagLfUp", "wBtagLfDown", "wPileupUp", "wPileupDown", "wTriggerUp", "wTriggerDown",
                "wMuRUp", "wMuRDown", "wMuFUp", "wMuFDown", "wMuRMuFUp", "wMuRMuFDown", "wIsrUp", "wIsrDown",
                "wFsrUp", "wFsrDown", "wTopPt", "wPdf1", "wPdf2", "wPdf3", "wPdf4", "wPdf5", "wPdf6"));
        out.add(next);
        return out;
    }

    @Test
    void both_levels_write_every_column_in_the_sample_order() {
        assertEquals(names(sample()), names(ExportLevel.BOTH.select(sample())));
    }

    @Test
    void levels_parse_as_users_type_them_and_an_unknown_one_is_refused() {
        assertEquals(ExportLevel.PARTICLE, ExportLevel.parse(" Particle "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportLevel.parse("truth"));
        assertEquals("unknown export level 'truth', expected reco, particle or both", e.getMessage());
    }

    private static List<String> names(List<ColumnSpec> columns) {
        return columns.stream().map(ColumnSpec::name).toList();
    }
}
