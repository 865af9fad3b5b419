package org.dineutrino.systematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dineutrino.sample.Process;
import org.junit.jupiter.api.Test;

/** The catalogue against the names agreed for issue 6 and the rules of DESIGN.md "Systematics". */
class VariationTest {

    /** The weight columns of the simulation as agreed in issue 6 (written out here, not derived). */
    private static final Set<String> AGREED_WEIGHT_COLUMNS = Set.of("wLeptonSfUp", "wLeptonSfDown", "wBtagHfUp",
            "wBtagHfDown", "wBtagLfUp", "wBtagLfDown", "wPileupUp", "wPileupDown", "wTriggerUp", "wTriggerDown",
            "wMuRUp", "wMuRDown", "wMuFUp", "wMuFDown", "wMuRMuFUp", "wMuRMuFDown", "wIsrUp", "wIsrDown",
            "wFsrUp", "wFsrDown", "wTopPt", "wPdf1", "wPdf2", "wPdf3", "wPdf4", "wPdf5", "wPdf6");
    private static final Set<String> AGREED_SAMPLES = Set.of("ttbar_mt171p5", "ttbar_mt173p5", "ttbar_hdamp_up",
            "ttbar_hdamp_down", "ttbar_ue_up", "ttbar_ue_down", "ttbar_cr1", "ttbar_cr2", "tw_ds");

    private static List<Variation> of(VariationKind kind) {
        return Arrays.stream(Variation.values()).filter(v -> v.kind() == kind).toList();
    }

    @Test
    void weight_variations_read_exactly_the_agreed_weight_columns() {
        Set<String> columns = new HashSet<>();
        of(VariationKind.WEIGHT).forEach(v -> columns.add(v.weightColumn()));
        assertEquals(AGREED_WEIGHT_COLUMNS, columns);
        assertEquals("wMuRMuFDown", Variation.MU_R_MU_F_DOWN.weightColumn());
    }

    @Test
    void alternative_samples_name_the_agreed_process_keys() {
        Set<String> samples = new HashSet<>();
        of(VariationKind.ALTERNATIVE_SAMPLE).forEach(v -> samples.add(v.sampleKey()));
        assertEquals(AGREED_SAMPLES, samples);
        assertEquals("ttbar_mt173p5", Variation.MTOP_UP.sampleKey());
    }

    @Test
    void keys_are_unique_and_every_up_has_a_down_of_the_same_source_kind_and_group() {
        Set<String> keys = new HashSet<>();
        for (Variation v : Variation.values()) {
            assertTrue(keys.add(v.key()), "duplicate key " + v.key());
            assertEquals(v, Variation.parse(v.key()));
            if (v.role() == VariationRole.UP) {
                Variation down = Variation.parse(v.key().replaceAll("Up$", "Down"));
                assertEquals(VariationRole.DOWN, down.role(), v.key());
                assertEquals(v.source(), down.source(), v.key());
                assertEquals(v.kind(), down.kind(), v.key());
                assertEquals(v.group(), down.group(), v.key());
                assertEquals(v.shift(), down.shift(), v.key());
                assertEquals(1, v.direction());
                assertEquals(-1, down.direction());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Variation.parse("jesSideways"));
    }

    @Test
    void envelopes_and_hessian_sets_hold_the_members_design_names() {
        assertEquals(6, Variation.ofSource("ME scale μR/μF").size());
        assertTrue(Variation.ofSource("ME scale μR/μF").stream()
                .allMatch(v -> v.role() == VariationRole.ENVELOPE_MEMBER));
        assertEquals(List.of(Variation.CR_1, Variation.CR_2), Variation.ofSource("colour reconnection"));
        assertEquals(6, Variation.ofSource("PDF").stream().filter(v -> v.role() == VariationRole.HESSIAN_MEMBER)
                .count());
        assertEquals(VariationRole.ONE_SIDED, Variation.TOP_PT.role());
        assertEquals(VariationRole.ONE_SIDED, Variation.TW_DS.role());
    }

    @Test
    void every_variation_has_what_its_kind_needs_and_normalisations_have_the_design_sizes() {
        for (Variation v : Variation.values()) {
            switch (v.kind()) {
                case WEIGHT -> assertNotNull(v.weightColumn(), v.key());
                case OBJECT_SHIFT -> assertNotNull(v.shift(), v.key());
                case ALTERNATIVE_SAMPLE -> assertNotNull(v.sampleKey(), v.key());
                case NORMALISATION -> assertTrue(v.normalisation() > 0, v.key());
            }
        }
        assertEquals(0.05, Variation.TT_OTHER_NORM_UP.normalisation(), 0.0);
        assertEquals(Process.DRELL_YAN, Variation.DY_NORM_DOWN.category());
        assertEquals(0.20, Variation.DY_NORM_DOWN.normalisation(), 0.0);
        assertEquals(0.30, Variation.SINGLE_TOP_NORM_UP.normalisation(), 0.0);
        assertEquals(0.016, Variation.LUMI_UP.normalisation(), 0.0);
        assertEquals(SystematicGroup.LUMINOSITY, Variation.LUMI_UP.group());
        assertEquals(SystematicGroup.JETS, Variation.JER_DOWN.group());
    }
}
