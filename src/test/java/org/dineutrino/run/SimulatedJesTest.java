package org.dineutrino.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.store.Database;
import org.junit.jupiter.api.Test;

/** The jet energy scale varied on simulated tt&#772;: up and down move the unfolded result in opposite ways. */
class SimulatedJesTest {

    @Test
    void jes_up_and_down_bracket_the_nominal_in_a_high_pt_nunu_bin() {
        try (Database db = Database.inMemory("jes-" + UUID.randomUUID())) {
            SimulatedSamples.create(db.samples(), "ttbar", SimProcess.TTBAR, 20_000, 77, SampleRole.TEMPLATE, f -> {
            });
            RunResult r = new Pipeline(db).execute(RunConfigJson.parse("{\"signal\": \"ttbar\", \"backgrounds\": [],"
                    + " \"data\": [\"ttbar\"], \"fluctuate\": false, \"method\": \"bin-by-bin\","
                    + " \"systematics\": [\"JES\"]}"),
                    Pipeline.Listener.SILENT);
            RunResult.ObservableResult pt = r.observables().get(0);
            RunResult.SourceShift jes = pt.systematics().sources().get(0);
            // a harder jet scale lets more events pass the jet cuts: at unchanged data the efficiency rises and
            // the cross section falls, and the reverse for a softer scale (bins 100-140 and 140-196 GeV)
            for (int bin : new int[] {3, 4}) {
                assertTrue(jes.upPb()[bin] < 0 && jes.downPb()[bin] > 0, "bin " + bin + ": JES up "
                        + jes.upPb()[bin] + ", down " + jes.downPb()[bin] + " pb, nominal " + pt.sigmaPb()[bin]);
            }
        }
    }
}
