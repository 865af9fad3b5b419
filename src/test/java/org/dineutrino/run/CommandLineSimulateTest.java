package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dineutrino.cli.Main;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code simulate --process t2tt --stop-mass M --neutralino-mass M} on a file database in a temporary directory. */
class CommandLineSimulateTest {

    @TempDir
    Path dataDir;

    private record Outcome(int exitCode, String err) {
    }

    private static Outcome execute(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Outcome(code, err.toString());
    }

    @Test
    void a_t2tt_sample_at_another_mass_point_records_its_masses_and_cross_section() {
        Outcome o = execute("simulate", "--process", "t2tt", "--stop-mass", "600", "--neutralino-mass", "300",
                "--events", "300", "--seed", "5", "--name", "stop600", "--data", dataDir.toString());
        assertEquals(0, o.exitCode(), o.err());
        try (Database db = Database.open(dataDir)) {
            SampleInfo s = db.samples().find("stop600").orElseThrow();
            assertEquals(300, s.nEvents());
            assertEquals(Process.BSM, s.meta().process());
            // the NNLL-fast grid point at 600 GeV (note sec. 8.1)
            assertEquals(0.20522, s.meta().crossSectionPb(), 1e-12);
            assertTrue(s.meta().description().contains("m(stop) = 600 GeV, m(neutralino) = 300 GeV"),
                    s.meta().description());
        }
    }

    @Test
    void stop_masses_are_refused_for_other_processes_and_outside_the_grid() {
        Outcome ww = execute("simulate", "--process", "ww", "--stop-mass", "600", "--events", "10", "--seed", "1",
                "--data", dataDir.toString());
        assertNotEquals(0, ww.exitCode());
        assertTrue(ww.err().contains("t2tt only"), ww.err());
        Outcome heavy = execute("simulate", "--process", "t2tt", "--stop-mass", "900", "--events", "10", "--seed", "1",
                "--data", dataDir.toString());
        assertNotEquals(0, heavy.exitCode());
        assertTrue(heavy.err().contains("900.0 GeV"), heavy.err());
        try (Database db = Database.open(dataDir)) {
            assertTrue(db.samples().isEmpty(), "no sample stored");
        }
    }

    @Test
    void more_events_than_one_sample_holds_and_the_data_role_are_refused_before_anything_is_simulated() {
        Outcome huge = execute("simulate", "--process", "ttbar", "--events", "3000000000", "--seed", "1",
                "--data", dataDir.toString());
        assertNotEquals(0, huge.exitCode());
        assertTrue(huge.err().contains("between 1 and 20000000"), huge.err());
        Outcome data = execute("simulate", "--process", "ttbar", "--events", "10", "--seed", "1", "--role", "data",
                "--data", dataDir.toString());
        assertNotEquals(0, data.exitCode());
        assertTrue(data.err().contains("role data"), data.err());
        try (Database db = Database.open(dataDir)) {
            assertTrue(db.samples().isEmpty(), "no sample stored");
        }
    }
}
