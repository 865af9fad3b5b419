package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editable mapping: CMS NanoAOD names by default, one quantity changed at a time. */
class NanoAodMappingTest {

    @Test
    void defaults_are_the_cms_nanoaod_names_with_deepjet() {
        NanoAodMapping m = NanoAodMapping.defaults();
        assertEquals("Events", m.eventsTree());
        assertEquals("Runs", m.runsTree());
        assertEquals("Muon_pt", m.branch(NanoAodQuantity.MUON_PT));
        assertEquals("Jet_btagDeepFlavB", m.branch(NanoAodQuantity.JET_BTAG));
        assertEquals(BTagDiscriminant.DEEP_JET, m.bTag());
        assertEquals(0.15, m.muonIsolationMax());
        assertEquals(4, m.electronIdMin());
    }

    @Test
    void choosing_a_discriminant_maps_its_branch() {
        assertEquals("Jet_btagCSVV2", NanoAodMapping.defaults().withBTag(BTagDiscriminant.CSV_V2)
                .branch(NanoAodQuantity.JET_BTAG));
        assertEquals("Jet_btagDeepB", NanoAodMapping.defaults().withBTag(BTagDiscriminant.DEEP_CSV)
                .branch(NanoAodQuantity.JET_BTAG));
        NanoAodMapping explicit = new NanoAodMapping("Events", "Runs", Map.of(), BTagDiscriminant.DEEP_CSV, 0.15, 4);
        assertEquals("Jet_btagDeepB", explicit.branch(NanoAodQuantity.JET_BTAG), "unmapped b-tag follows bTag");
    }

    @Test
    void one_quantity_can_be_remapped_or_left_out() {
        NanoAodMapping m = NanoAodMapping.defaults().with(NanoAodQuantity.MUON_ID, "Muon_mediumId")
                .with(NanoAodQuantity.PUPPI_MET_PT, " ");
        assertEquals("Muon_mediumId", m.branch(NanoAodQuantity.MUON_ID));
        assertFalse(m.isMapped(NanoAodQuantity.PUPPI_MET_PT), "blank means left out");
        assertEquals("Muon_pt", m.branch(NanoAodQuantity.MUON_PT), "others unchanged");
    }

    @Test
    void a_discriminant_is_parsed_from_its_label_constant_or_branch() {
        assertEquals(BTagDiscriminant.DEEP_JET, BTagDiscriminant.parse("deepjet"));
        assertEquals(BTagDiscriminant.CSV_V2, BTagDiscriminant.parse("CSV_V2"));
        assertEquals(BTagDiscriminant.DEEP_CSV, BTagDiscriminant.parse("Jet_btagDeepB"));
        assertThrows(IllegalArgumentException.class, () -> BTagDiscriminant.parse("JP"));
    }

    @Test
    void nonsense_settings_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> NanoAodMapping.defaults().withMuonIsolationMax(-1));
        assertThrows(IllegalArgumentException.class, () -> NanoAodMapping.defaults().withMuonIsolationMax(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> NanoAodMapping.defaults().withEventsTree(" "));
    }
}
