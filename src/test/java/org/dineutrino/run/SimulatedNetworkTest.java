package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.store.Database;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.JobState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MET network trained as the application trains it (a job on a simulated tt̄ sample,
 * selection without the p_T^miss cut), evaluated on its test split of the built-in
 * simulation: corrected p_T^miss must resolve p_T and phi better than PUPPI in every nPV bin.
 * Single-threaded with a fixed seed, so the numbers are the same on every run.
 */
class SimulatedNetworkTest {

    private static Database db;
    private static JobExecutor executor;
    private static JsonNode performance;

    @BeforeAll
    static void train() throws Exception {
        db = Database.inMemory("network-" + UUID.randomUUID());
        executor = new JobExecutor(db, 1);
        SimulatedSamples.create(db.samples(), "training", SimProcess.TTBAR, 300_000, 41, SampleRole.TRAINING,
                f -> { });
        JobInfo job = new ModelService(db, executor).queue(new ModelService.TrainRequest("test", "training", null, 1,
                true, null));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!db.jobs().find(job.id()).orElseThrow().state().isFinal() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(JobState.SUCCEEDED, db.jobs().find(job.id()).orElseThrow().state(),
                db.jobs().find(job.id()).orElseThrow().error());
        performance = new ObjectMapper().readTree(db.models().list().get(0).performanceJson());
    }

    @AfterAll
    static void close() {
        executor.close();
        db.close();
    }

    @Test
    void corrected_pt_miss_resolution_beats_puppi_in_every_npv_bin() {
        for (JsonNode gain : performance.get("ptGainPercentPerNpvBin")) {
            assertTrue(gain.asDouble() > 0, "p_T gains per nPV bin: " + performance.get("ptGainPercentPerNpvBin"));
        }
        assertTrue(performance.get("ptResolutionGainPercent").asDouble() > 2, performance.toString());
    }

    @Test
    void corrected_phi_resolution_beats_puppi_in_every_npv_bin() {
        for (JsonNode gain : performance.get("phiGainPercentPerNpvBin")) {
            assertTrue(gain.asDouble() > 0, "phi gains per nPV bin: " + performance.get("phiGainPercentPerNpvBin"));
        }
    }
}
