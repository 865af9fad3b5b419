package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.store.Database;
import org.dineutrino.testing.ToySamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RunValidationTest {

    private static Database db;

    @BeforeAll
    static void samples() {
        db = Database.inMemory("validation-" + UUID.randomUUID());
        ToySamples.signal(db.samples(), "sig", 2_000, 1);
        ToySamples.signal(db.samples(), "another-ttbar", 2_000, 2);
        ToySamples.background(db.samples(), "bkg", 1_000, 3);
        SimulatedSamples.create(db.samples(), "tw-ds", SimProcess.TW_DS, 1_000, 4, SampleRole.ALTERNATIVE, f -> { });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static InvalidConfigException refused(String json) {
        return assertThrows(InvalidConfigException.class,
                () -> new Pipeline(db).validate(RunConfigJson.parse(json)));
    }

    @Test
    void a_ttbar_sample_is_refused_as_a_background_because_ttbar_other_comes_from_the_signal() {
        InvalidConfigException e = refused("{\"signal\": \"sig\", \"backgrounds\": [\"bkg\", \"another-ttbar\"],"
                + " \"data\": [\"sig\"]}");
        assertEquals("backgrounds", e.field());
        assertTrue(e.getMessage().contains("another-ttbar"), e.getMessage());
    }

    @Test
    void an_alternative_sample_is_refused_as_a_background_and_as_data() {
        InvalidConfigException b = refused("{\"signal\": \"sig\", \"backgrounds\": [\"bkg\", \"tw-ds\"],"
                + " \"data\": [\"sig\"]}");
        assertEquals("backgrounds", b.field());
        assertTrue(b.getMessage().contains("alternative"), b.getMessage());
        InvalidConfigException d = refused("{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"],"
                + " \"data\": [\"sig\", \"tw-ds\"]}");
        assertEquals("data", d.field());
    }

    @Test
    void the_nominal_samples_pass() {
        new Pipeline(db).validate(RunConfigJson.parse("{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"],"
                + " \"data\": [\"sig\", \"bkg\"]}"));
    }
}
