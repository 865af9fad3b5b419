package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.dineutrino.store.Database;
import org.dineutrino.testing.ToySamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Configurations that would run for ever, run out of memory or mean nothing are refused up front. */
class RunConfigLimitsTest {

    private static Database db;
    private static final String BASE = "{\"signal\": \"sig\", \"backgrounds\": [\"bkg\"], \"data\": [\"sig\"]";

    @BeforeAll
    static void samples() {
        db = Database.inMemory("limits-" + UUID.randomUUID());
        ToySamples.signal(db.samples(), "sig", 2000, 1);
        ToySamples.background(db.samples(), "bkg", 500, 2);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String fieldOf(String json) {
        return assertThrows(InvalidConfigException.class, () -> new Pipeline(db).validate(RunConfigJson.parse(json)))
                .field();
    }

    @Test
    void a_luminosity_above_3000_inverse_femtobarn_is_refused() {
        assertEquals("lumiInvFb", fieldOf(BASE + ", \"lumiInvFb\": 1e7}"));
    }

    @Test
    void more_than_500_reco_bins_are_refused() {
        StringBuilder edges = new StringBuilder("0");
        for (int k = 1; k <= 600; k++) {
            edges.append(", ").append(k);
        }
        assertEquals("binning.ptNuNu", fieldOf(BASE + ", \"binning\": {\"ptNuNu\": {\"reco\": [" + edges + "]}}}"));
    }

    @Test
    void a_sample_listed_twice_or_the_signal_as_background_is_refused() {
        assertEquals("data", fieldOf("{\"signal\": \"sig\", \"backgrounds\": [], \"data\": [\"sig\", \"sig\"]}"));
        assertEquals("backgrounds", fieldOf("{\"signal\": \"sig\", \"backgrounds\": [\"sig\"], \"data\": [\"sig\"]}"));
    }

    @Test
    void fractional_jet_counts_and_seeds_are_refused() {
        assertEquals("cuts.minJets", fieldOf(BASE + ", \"cuts\": {\"minJets\": 2.5}}"));
        assertEquals("pseudoDataSeed", fieldOf(BASE + ", \"pseudoDataSeed\": 1.5}"));
    }

    @Test
    void samples_given_by_id_run_like_samples_given_by_name() {
        long sig = db.samples().find("sig").orElseThrow().id();
        long bkg = db.samples().find("bkg").orElseThrow().id();
        RunConfig byId = new Pipeline(db).normalise(RunConfigJson.parse("{\"signal\": \"" + sig
                + "\", \"backgrounds\": [" + bkg + "], \"data\": [\"" + sig + "\"]}"));
        assertEquals("sig", byId.signal());
        assertEquals(List.of("bkg"), byId.backgrounds());
        assertEquals(List.of("sig"), byId.data());
    }

    @Test
    void a_name_over_200_characters_is_refused() {
        assertEquals("name", fieldOf(BASE + ", \"name\": \"" + "x".repeat(201) + "\"}"));
    }
}
