package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dineutrino.store.Database;
import org.dineutrino.testing.ToySamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The systematics and alternatives fields: parsing, round trips, and refusals that name the field. */
class SystematicsConfigTest {

    private static final String BASE = "\"signal\": \"sig\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig\"]";

    private static Database db;

    @BeforeAll
    static void samples() {
        db = Database.inMemory("systematics-config-" + UUID.randomUUID());
        ToySamples.signal(db.samples(), "sig", 2_000, 1);
        ToySamples.signal(db.samples(), "sig-alt", 2_000, 2);
        ToySamples.background(db.samples(), "bkg", 1_000, 3);
        ToySamples.signal(db.samples(), "sig-no-weights", 2_000, 4, ToySamples.without("wPdf3"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static RunConfig parse(String fields) {
        return RunConfigJson.parse("{" + BASE + ", " + fields + "}");
    }

    private static String refusedField(String json) {
        return assertThrows(InvalidConfigException.class,
                () -> new Pipeline(db).validate(RunConfigJson.parse(json))).field();
    }

    @Test
    void sources_and_variation_keys_parse_to_catalogue_sources_in_catalogue_order_and_round_trip() {
        RunConfig c = parse("\"systematics\": [\"pdf3\", \"jes\", \"Luminosity\"], \"alternatives\":"
                + " {\"mtopUp\": \"sig-alt\"}");
        assertEquals(SystematicsChoice.Mode.LIST, c.systematics().mode());
        assertEquals(List.of("JES", "PDF", "luminosity"), c.systematics().sources());
        assertEquals(Map.of("mtopUp", "sig-alt"), c.alternatives());
        RunConfig again = RunConfigJson.parse(RunConfigJson.write(c));
        assertEquals(c.systematics(), again.systematics());
        assertEquals(c.alternatives(), again.alternatives());
        assertEquals(SystematicsChoice.Mode.DEFAULT, RunConfigJson.parse(RunConfigJson.write(parse("\"toys\": 0")))
                .systematics().mode());
        assertEquals(SystematicsChoice.Mode.NONE, parse("\"systematics\": \"none\"").systematics().mode());
    }

    @Test
    void unknown_sources_keys_and_forms_are_refused_naming_the_field() {
        assertEquals("systematics", assertThrows(InvalidConfigException.class,
                () -> parse("\"systematics\": [\"JES\", \"colour\"]")).field());
        assertEquals("systematics", assertThrows(InvalidConfigException.class,
                () -> parse("\"systematics\": \"some\"")).field());
        assertEquals("alternatives.mtop", assertThrows(InvalidConfigException.class,
                () -> parse("\"alternatives\": {\"mtop\": \"sig-alt\"}")).field());
        assertEquals("alternatives.jesUp", assertThrows(InvalidConfigException.class,
                () -> parse("\"alternatives\": {\"jesUp\": \"sig-alt\"}")).field());
        assertEquals("alternatives", assertThrows(InvalidConfigException.class,
                () -> parse("\"alternatives\": [\"sig-alt\"]")).field());
    }

    @Test
    void alternatives_must_exist_and_be_of_the_replaced_samples_category() {
        assertEquals("alternatives.mtopUp", refusedField("{" + BASE + ", \"alternatives\": {\"mtopUp\": \"nope\"}}"));
        assertEquals("alternatives.mtopUp", refusedField("{" + BASE + ", \"alternatives\": {\"mtopUp\": \"bkg\"}}"));
        assertEquals("alternatives.twDs", refusedField("{" + BASE + ", \"alternatives\": {\"twDs\": \"sig-alt\"}}"));
        assertEquals("alternatives", refusedField("{" + BASE + ", \"systematics\": [\"top-quark mass\"]}"));
        new Pipeline(db).validate(RunConfigJson.parse("{" + BASE + ", \"systematics\": [\"top-quark mass\"],"
                + " \"alternatives\": {\"mtopUp\": \"sig-alt\", \"mtopDown\": \"sig-alt\"}}"));
    }

    @Test
    void all_is_refused_naming_systematics_when_a_template_lacks_a_variation_column() {
        String json = "{\"signal\": \"sig-no-weights\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig\"],"
                + " \"systematics\": \"all\"}";
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> new Pipeline(db).validate(RunConfigJson.parse(json)));
        assertEquals("systematics", e.field());
        assertEquals(true, e.getMessage().contains("wPdf3") && e.getMessage().contains("sig-no-weights"),
                e.getMessage());
    }

    @Test
    void the_default_run_names_a_default_alternative_sample_for_every_alternative_sample_variation() {
        RunConfig c = RunConfigJson.parse(DefaultSetup.defaultRunJson());
        List<String> names = DefaultSetup.samples(1.0).stream().map(DefaultSetup.DefaultSample::name).toList();
        assertEquals(9, c.alternatives().size(), c.alternatives().toString());
        assertEquals("ttbar-mt173p5-alternative", c.alternatives().get("mtopUp"));
        assertEquals("tw-ds-alternative", c.alternatives().get("twDs"));
        c.alternatives().values().forEach(n -> assertEquals(true, names.contains(n), n));
    }
}
