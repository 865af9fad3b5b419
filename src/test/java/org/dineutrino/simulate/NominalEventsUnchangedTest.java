package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;
import org.junit.jupiter.api.Test;

/**
 * The weight variations are computed from the finished event without drawing random numbers, so
 * the nominal events must stay bit for bit what they were before the weights existed.
 */
class NominalEventsUnchangedTest {

    /**
     * Fingerprints of every reconstruction and truth column of 300 kept events (seed 11, batches of
     * 150), recorded with the generator of commit dfa459f, before the weight variations were added.
     */
    private static final long TTBAR_FINGERPRINT = -3877539435389478456L;
    private static final long TW_FINGERPRINT = -6625157530627835299L;
    private static final long DY_M50_FINGERPRINT = -4831568658752191699L;

    @Test
    void weights_leave_every_kinematic_column_of_ttbar_tw_and_drell_yan_bit_identical() {
        assertEquals(TTBAR_FINGERPRINT, fingerprint(SimProcess.TTBAR));
        assertEquals(TW_FINGERPRINT, fingerprint(SimProcess.TW));
        assertEquals(DY_M50_FINGERPRINT, fingerprint(SimProcess.DY_M50));
    }

    /** A 64-bit hash of the exact bits of every value of the RECO and TRUTH columns, in order. */
    static long fingerprint(SimProcess process) {
        SimulatedSamples.Sample s = SimulatedSamples.simulate(process, 300, 11L, 150, 2);
        long h = 1125899906842597L;
        for (EventBatch b : s.batches()) {
            for (ColumnSpec c : Stream.concat(Columns.RECO.stream(), Columns.TRUTH.stream()).toList()) {
                if (c.type() == ValueType.DOUBLE) {
                    for (double v : b.doubles(c.name())) {
                        h = 31 * h + Double.doubleToRawLongBits(v);
                    }
                } else {
                    for (int v : b.ints(c.name())) {
                        h = 31 * h + v;
                    }
                }
            }
        }
        return h;
    }
}
