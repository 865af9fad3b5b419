package org.dineutrino.simulate;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;

/**
 * Prints the mean of every weight variation over the kept events of a simulated sample (the numbers of
 * docs/SIMULATION.md "Variations"); never run as a unit test.
 * <pre>
 * java -cp target/classes:target/test-classes org.dineutrino.simulate.WeightVariationsReport ttbar 50000 1
 * </pre>
 */
public final class WeightVariationsReport {

    private WeightVariationsReport() {
    }

    public static void main(String[] args) {
        SimProcess process = SimProcess.parse(args[0]);
        long nKept = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        List<EventBatch> batches = new ArrayList<>();
        long start = System.nanoTime();
        Simulation.simulate(process, nKept, seed, 10_000, batches::add, p -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d kept events in %.1f s%n", process.key(), nKept, seconds);
        for (ColumnSpec c : Columns.WEIGHT_VARIATIONS) {
            double sum = 0;
            double sum2 = 0;
            for (EventBatch b : batches) {
                for (double w : b.doubles(c.name())) {
                    sum += w;
                    sum2 += w * w;
                }
            }
            double mean = sum / nKept;
            double error = Math.sqrt(Math.max(0, sum2 / nKept - mean * mean) / nKept);
            System.out.printf("%-12s %+8.3f %% +- %.3f %%%n", c.name(), 100 * (mean - 1), 100 * error);
        }
    }
}
