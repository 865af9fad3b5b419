package org.dineutrino.systematics;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.EventBatch;
import org.dineutrino.select.RecoSelection;
import org.dineutrino.select.SelectionCuts;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.simulate.Simulation;

/**
 * Effect of each object-shift variation on the selected tt&#772; yield (default cuts, PUPPI p_T^miss)
 * and on the mean pT of jets above 30 GeV in |eta| &lt; 2.4, and the speed of {@link VariedBatch#apply}
 * (surefire never runs it). Usage: {@code java -cp target/classes:target/test-classes:$(deps)
 * org.dineutrino.systematics.VariationBenchmark [nKept] [repetitions]}.
 */
public final class VariationBenchmark {

    private static final double JET_PT = 30.0;
    private static final double JET_ABS_ETA = 2.4;

    private VariationBenchmark() {
    }

    public static void main(String[] args) {
        int nKept = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<EventBatch> batches = new ArrayList<>();
        Simulation.simulate(SimProcess.TTBAR, nKept, 2026L, 25_000, batches::add, p -> { });
        double[] nominal = measure(batches);
        System.err.printf("nominal: %.0f selected, mean jet pT %.3f GeV%n", nominal[0], nominal[1]);
        for (Variation v : Variation.values()) {
            if (v.kind() == VariationKind.OBJECT_SHIFT) {
                double[] varied = measure(batches.stream().map(b -> VariedBatch.apply(b, v)).toList());
                System.err.printf("%-16s selected %+.3f %%  mean jet pT %+.3f %%%n", v.key(),
                        100 * (varied[0] / nominal[0] - 1), 100 * (varied[1] / nominal[1] - 1));
            }
        }
        speed(batches, nKept, repetitions / 4);
        speed(batches, nKept, repetitions);
    }

    /** {selected events, mean pT of central jets above 30 GeV}. */
    private static double[] measure(List<EventBatch> batches) {
        double selected = 0;
        double sumPt = 0;
        long nJets = 0;
        for (EventBatch b : batches) {
            RecoSelection.Result r = RecoSelection.select(b, SelectionCuts.defaults(), b.doubles("puppiMet"),
                    b.doubles("puppiMetPhi"));
            for (int i = 0; i < b.nEvents(); i++) {
                selected += r.selected(i) ? 1 : 0;
            }
            double[] pt = b.doubles("jetPt");
            double[] eta = b.doubles("jetEta");
            for (int k = 0; k < pt.length; k++) {
                if (pt[k] > JET_PT && Math.abs(eta[k]) < JET_ABS_ETA) {
                    sumPt += pt[k];
                    nJets++;
                }
            }
        }
        return new double[] {selected, sumPt / nJets};
    }

    private static void speed(List<EventBatch> batches, int nKept, int repetitions) {
        List<Variation> shifts = List.of(Variation.values()).stream()
                .filter(v -> v.kind() == VariationKind.OBJECT_SHIFT).toList();
        long start = System.nanoTime();
        long checksum = 0;
        for (int r = 0; r < repetitions; r++) {
            for (Variation v : shifts) {
                for (EventBatch b : batches) {
                    checksum += VariedBatch.apply(b, v).nEvents();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("apply: %d variations x %d events x %d in %.2f s = %.2f million events/s (%d)%n",
                shifts.size(), nKept, repetitions, seconds, checksum / seconds / 1e6, checksum);
    }
}
