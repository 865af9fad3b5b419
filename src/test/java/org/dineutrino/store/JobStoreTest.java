package org.dineutrino.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobStoreTest {

    private final Database db = Database.inMemory("jobs-" + UUID.randomUUID());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void jobs_left_running_are_marked_interrupted_and_finished_ones_stay() {
        JobInfo running = db.runs().createQueued("a", "{}");
        JobInfo done = db.runs().createQueued("b", "{}");
        db.jobs().start(running.id());
        db.jobs().start(done.id());
        db.jobs().finish(done.id(), JobState.SUCCEEDED, null);
        assertEquals(1, db.jobs().markRunningInterrupted());
        assertEquals(JobState.INTERRUPTED, db.jobs().find(running.id()).orElseThrow().state());
        assertEquals(JobState.SUCCEEDED, db.jobs().find(done.id()).orElseThrow().state());
    }

    @Test
    void cancelling_a_queued_job_ends_it_and_a_running_one_is_flagged() {
        JobInfo queued = db.runs().createQueued("a", "{}");
        JobInfo running = db.runs().createQueued("b", "{}");
        db.jobs().start(running.id());
        assertTrue(db.jobs().requestCancel(queued.id()));
        assertTrue(db.jobs().requestCancel(running.id()));
        assertEquals(JobState.CANCELLED, db.jobs().find(queued.id()).orElseThrow().state());
        assertEquals(JobState.RUNNING, db.jobs().find(running.id()).orElseThrow().state());
        assertTrue(db.jobs().cancelRequested(running.id()));
        assertFalse(db.jobs().start(queued.id()), "a cancelled job never starts");
    }

    @Test
    void log_lines_come_back_in_order_after_an_id() {
        JobInfo job = db.runs().createQueued("a", "{}");
        db.jobs().log(job.id(), "INFO", "one");
        db.jobs().log(job.id(), "INFO", "two");
        var all = db.jobs().logLines(job.id(), 0);
        assertEquals(2, all.size());
        assertEquals("two", db.jobs().logLines(job.id(), all.get(0).id()).get(0).message());
    }
}
