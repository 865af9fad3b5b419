package org.dineutrino.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.dineutrino.testing.Events;
import org.junit.jupiter.api.Test;

class ControlDistributionsTest {

    private static ControlDistributions.Distribution named(ControlDistributions c, String key) {
        return c.result().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void dilepton_masses_go_to_the_bin_of_their_flavour_and_only_for_opposite_charges() {
        Events events = new Events();
        // back to back at eta = 0: m = 2 sqrt(pt1 pt2), i.e. 90 GeV and 60 GeV
        events.add().electron(45, 0, 0, 1).electron(45, 0, Math.PI, -1)
                .genLepton(45, 0, 0, -11).genLepton(45, 0, Math.PI, 11);
        events.add().muon(30, 0, 0, 1).muon(30, 0, Math.PI, -1);
        events.add().muon(30, 0, 0, 1).electron(30, 0, Math.PI, -1);
        events.add().electron(45, 0, 0, 1).electron(45, 0, Math.PI, 1);
        ControlDistributions c = new ControlDistributions();
        c.fill(events.build());
        double[] ee = named(c, "mllEE").reco();
        double[] mumu = named(c, "mllMuMu").reco();
        // 2 GeV bins from 10 GeV: 90 GeV is the first edge of bin 40, 60 GeV of bin 25
        assertEquals(1.0, ee[40], 0.0);
        assertEquals(1.0, Arrays.stream(ee).sum(), 0.0);
        assertEquals(1.0, mumu[25], 0.0);
        assertEquals(1.0, Arrays.stream(mumu).sum(), 0.0);
        assertEquals(1.0, named(c, "mllEE").particle()[40], 0.0);
    }
}
