package org.dineutrino.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dineutrino.event.EventBatch;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleMeta;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.testing.Events;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SampleStoreTest {

    private final Database db = Database.inMemory("samples-" + UUID.randomUUID());

    @AfterEach
    void close() {
        db.close();
    }

    private static SampleMeta meta(String name) {
        return new SampleMeta(name, Process.TTBAR, "simulation", SampleRole.TEMPLATE, 831.76, 1000.0, 1000, 7L,
                "test", "hand-made events");
    }

    private static EventBatch batch(double offset) {
        Events events = new Events();
        events.add().muon(30 + offset, 0.1, 0.2, 1).muon(25, -0.3, 2.0, -1).jet(40, 1, 1, 0.5).met(12.5, 0.3);
        events.add().electron(55.5, 1.0, -1.0, -1).met(1e-3, -3.1);
        events.add().met(99, 3.0).weight(-1.0);
        return events.build();
    }

    @Test
    void events_read_back_exactly_as_written_across_chunks() {
        SampleInfo info = db.samples().write("a", sink -> {
            sink.accept(batch(0));
            sink.accept(batch(0.25));
            return meta("a");
        });
        assertEquals(6, info.nEvents());
        assertEquals(2, info.nChunks());
        List<EventBatch> read = new ArrayList<>();
        db.samples().stream(info, Set.of("muonPt", "puppiMet", "genWeight"), (b, chunk, n) -> read.add(b));
        assertEquals(2, read.size());
        assertArrayEquals(new double[] {30.25, 25}, read.get(1).doubles("muonPt"));
        assertArrayEquals(new int[] {2, 0, 0}, read.get(1).ints("nMuon"), "the count column comes with its values");
        assertArrayEquals(new double[] {12.5, 1e-3, 99}, read.get(0).doubles("puppiMet"));
        assertArrayEquals(new double[] {1, 1, -1}, read.get(0).doubles("genWeight"));
    }

    @Test
    void a_producer_that_fails_leaves_no_trace_and_other_samples_stay() {
        db.samples().write("kept", sink -> {
            sink.accept(batch(0));
            return meta("kept");
        });
        RuntimeException e = assertThrows(RuntimeException.class, () -> db.samples().write("broken", sink -> {
            sink.accept(batch(0));
            throw new IllegalStateException("generator failed at event 3");
        }));
        assertTrue(e.getMessage().contains("event 3") || e.getCause().getMessage().contains("event 3"));
        assertEquals(List.of("kept"), db.samples().list().stream().map(SampleInfo::name).toList());
        assertTrue(db.samples().find("broken").isEmpty());
    }

    @Test
    void a_second_sample_of_the_same_name_is_refused() {
        db.samples().write("x", sink -> meta("x"));
        var e = assertThrows(IllegalArgumentException.class, () -> db.samples().write("x", sink -> meta("x")));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    void the_checksum_depends_on_the_events_only() {
        SampleInfo a = db.samples().write("a", sink -> {
            sink.accept(batch(0));
            return meta("a");
        });
        SampleInfo b = db.samples().write("b", sink -> {
            sink.accept(batch(0));
            return meta("b");
        });
        SampleInfo c = db.samples().write("c", sink -> {
            sink.accept(batch(1));
            return meta("c");
        });
        assertEquals(a.checksum(), b.checksum());
        assertTrue(!a.checksum().equals(c.checksum()));
    }

    @Test
    void asking_for_an_absent_column_names_it_and_the_sample() {
        SampleInfo info = db.samples().write("a", sink -> {
            sink.accept(batch(0));
            return meta("a");
        });
        var e = assertThrows(IllegalArgumentException.class,
                () -> db.samples().stream(info, Set.of("tauPt"), (b, c, n) -> true));
        assertTrue(e.getMessage().contains("tauPt") && e.getMessage().contains("a"), e.getMessage());
    }

    @Test
    void a_sample_is_found_by_id_or_by_name() {
        SampleInfo info = db.samples().write("named", sink -> meta("named"));
        assertEquals(info.id(), db.samples().find("named").orElseThrow().id());
        assertEquals("named", db.samples().find(String.valueOf(info.id())).orElseThrow().name());
    }

    @Test
    void the_placeholder_of_a_write_that_never_finished_is_removed_and_finished_samples_stay() {
        db.samples().write("kept", sink -> {
            sink.accept(batch(0));
            return meta("kept");
        });
        // what a process killed inside its write transaction can leave behind: the placeholder row alone
        db.dsl().execute("INSERT INTO sample (owner_group_id, name, process, source, role, cross_section_pb,"
                + " sum_gen_weights, n_generated, n_events, generator_version, checksum)"
                + " SELECT id, 'incomplete-1', '', '', '', 0, 0, 0, 0, '', '' FROM owner_group FETCH FIRST ROW ONLY");
        assertEquals(1, db.samples().removeIncomplete());
        assertEquals(List.of("kept"), db.samples().list().stream().map(SampleInfo::name).toList());
        assertEquals(0, db.samples().removeIncomplete());
    }
}
