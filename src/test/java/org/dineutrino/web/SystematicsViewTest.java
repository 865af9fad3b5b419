package org.dineutrino.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.dineutrino.run.Pipeline;
import org.dineutrino.run.RunConfigJson;
import org.dineutrino.run.RunResult;
import org.dineutrino.run.RunResultJson;
import org.dineutrino.store.Database;
import org.dineutrino.testing.ToySamples;
import org.junit.jupiter.api.Test;

/** The run page's view of the systematic uncertainties, and results stored before runs had them. */
class SystematicsViewTest {

    @Test
    void the_view_has_a_row_per_source_and_group_with_a_cell_per_bin_and_old_results_read_without_them() {
        try (Database db = Database.inMemory("syst-view-" + UUID.randomUUID())) {
            ToySamples.signal(db.samples(), "sig", 4_000, 1);
            ToySamples.background(db.samples(), "bkg", 1_000, 2);
            RunResult r = new Pipeline(db).execute(RunConfigJson.parse("{\"signal\": \"sig\", \"backgrounds\":"
                    + " [\"bkg\"], \"data\": [\"sig\", \"bkg\"], \"fluctuate\": false, \"systematics\":"
                    + " [\"luminosity\", \"JES\"]}"), Pipeline.Listener.SILENT);
            RunResult.ObservableResult pt = r.observables().get(0);
            Views.SystematicsView view = Views.observable(pt).systematics();
            assertEquals(2, view.sources().size());
            assertEquals(2, view.groups().size());
            assertEquals(pt.sigmaPb().length, view.sources().get(1).cells().size());
            // the luminosity up shift is -1.6 %/1.016 = -1.57 %, down +1.6 %/0.984 = +1.63 %, minus the
            // background's share; on these toys the background under the first bin is small
            assertTrue(view.sources().get(1).cells().get(1).matches("-1\\.[0-9]{2} % / \\+1\\.[0-9]{2} %"),
                    view.sources().get(1).cells().get(1));

            String old = RunResultJson.write(new Pipeline(db).execute(RunConfigJson.parse("{\"signal\": \"sig\","
                    + " \"backgrounds\": [\"bkg\"], \"data\": [\"sig\"], \"systematics\": \"none\"}"),
                    Pipeline.Listener.SILENT)).replaceAll(",\\s*\"systematics\"\\s*:\\s*null", "");
            assertTrue(!old.contains("\"systematics\""), "the stored form of a result from before systematics");
            RunResult.ObservableResult read = RunResultJson.read(old).observables().get(0);
            assertNull(read.systematics());
            assertNull(Views.observable(read).systematics());
        }
    }

    @Test
    void the_run_form_passes_the_systematics_choice_and_the_default_alternative_samples() {
        String json = RunForm.toJson(java.util.Map.of("signal", "ttbar-template", "systematics", "none",
                "defaultAlternatives", "on"), java.util.Map.of("data", java.util.List.of("ttbar-pseudodata")));
        org.dineutrino.run.RunConfig c = RunConfigJson.parse(json);
        assertEquals(org.dineutrino.run.SystematicsChoice.Mode.NONE, c.systematics().mode());
        assertEquals("ttbar-cr2-alternative", c.alternatives().get("cr2"));
        assertEquals(9, c.alternatives().size());
        String plain = RunForm.toJson(java.util.Map.of("signal", "ttbar-template", "systematics", ""),
                java.util.Map.of("data", java.util.List.of("ttbar-pseudodata")));
        assertEquals(org.dineutrino.run.SystematicsChoice.Mode.DEFAULT,
                RunConfigJson.parse(plain).systematics().mode());
    }

    @Test
    void the_form_injects_the_chosen_bsm_sample_with_its_scale_and_nothing_by_default() {
        java.util.Map<String, java.util.List<String>> data = java.util.Map.of("data",
                java.util.List.of("ttbar-pseudodata"));
        String injected = RunForm.toJson(java.util.Map.of("signal", "ttbar-template",
                "injection.sample", "t2tt-template", "injection.scale", "10"), data);
        assertEquals(new org.dineutrino.run.RunConfig.Injection("t2tt-template", 10),
                RunConfigJson.parse(injected).injection());
        String plain = RunForm.toJson(java.util.Map.of("signal", "ttbar-template", "injection.sample", "",
                "injection.scale", "10"), data);
        assertNull(RunConfigJson.parse(plain).injection());
    }
}
