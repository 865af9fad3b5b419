package org.dineutrino.simulate;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;

/** Interim toy generator with the final API; replaced by the full simulation. */
public final class Simulation {

    public static final String VERSION = "toy-0";

    private Simulation() {
    }

    public static SimulationSummary simulate(SimProcess process, long nKept, long seed, int batchSize,
                                             Consumer<EventBatch> sink, DoubleConsumer progress) {
        SplittableRandom rng = new SplittableRandom(seed);
        long done = 0;
        while (done < nKept) {
            int n = (int) Math.min(batchSize, nKept - done);
            sink.accept(batch(n, rng, process));
            done += n;
            progress.accept((double) done / nKept);
        }
        return new SimulationSummary(process, process.crossSectionPb(), nKept * 20.0, nKept * 20, nKept, seed,
                VERSION);
    }

    private static EventBatch batch(int n, SplittableRandom rng, SimProcess process) {
        EventBatch.Builder b = EventBatch.builder(n);
        for (ColumnSpec spec : Columns.SIMULATED) {
            if (spec.isJagged()) {
                continue;
            }
            if (spec.type() == ValueType.DOUBLE) {
                b.put(spec, new double[n]);
            } else {
                b.put(spec, new int[n]);
            }
        }
        int[] two = new int[n];
        java.util.Arrays.fill(two, 2);
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        b.put(Columns.GEN_WEIGHT, w);
        for (String c : new String[] {"nJet", "nGenLepton", "nGenJet"}) {
            b.put(Columns.byName(c), two.clone());
        }
        int[] one = new int[n];
        java.util.Arrays.fill(one, 1);
        b.put(Columns.N_ELECTRON, one);
        b.put(Columns.N_MUON, one.clone());
        double[] nu = new double[n];
        double[] nuPhi = new double[n];
        double[] puppi = new double[n];
        double[] puppiPhi = new double[n];
        double[] lepPt = new double[2 * n];
        double[] lepEta = new double[2 * n];
        double[] lepPhi = new double[2 * n];
        int[] q = new int[2 * n];
        int[] pdg = new int[2 * n];
        int[] tight = new int[2 * n];
        double[] jetPt = new double[2 * n];
        double[] jetEta = new double[2 * n];
        double[] jetPhi = new double[2 * n];
        double[] btag = new double[2 * n];
        int[] flav = new int[2 * n];
        int[] decay = new int[n];
        boolean top = process.category() == org.dineutrino.sample.Process.TTBAR;
        for (int i = 0; i < n; i++) {
            nu[i] = -60 * Math.log(1 - rng.nextDouble());
            nuPhi[i] = rng.nextDouble(-Math.PI, Math.PI);
            double px = nu[i] * Math.cos(nuPhi[i]) + 20 * rng.nextGaussian();
            double py = nu[i] * Math.sin(nuPhi[i]) + 20 * rng.nextGaussian();
            puppi[i] = Math.hypot(px, py);
            puppiPhi[i] = Math.atan2(py, px);
            decay[i] = 2;
            for (int k = 0; k < 2; k++) {
                int j = 2 * i + k;
                lepPt[j] = 25 + 40 * rng.nextDouble();
                lepEta[j] = rng.nextDouble(-2.3, 2.3);
                lepPhi[j] = rng.nextDouble(-Math.PI, Math.PI);
                q[j] = k == 0 ? 1 : -1;
                pdg[j] = -(k == 0 ? 13 : 11) * q[j];
                tight[j] = 1;
                jetPt[j] = 35 + 50 * rng.nextDouble();
                jetEta[j] = rng.nextDouble(-2.3, 2.3);
                jetPhi[j] = rng.nextDouble(-Math.PI, Math.PI);
                btag[j] = top ? 0.9 : 0.01;
                flav[j] = top ? 5 : 0;
            }
        }
        int[] zeros = new int[2 * n];
        double[] zd = new double[2 * n];
        b.put(Columns.PUPPI_MET, puppi).put(Columns.PUPPI_MET_PHI, puppiPhi).put(Columns.MET, puppi.clone())
                .put(Columns.MET_PHI, puppiPhi.clone()).put(Columns.GEN_NUNU_PT, nu).put(Columns.GEN_NUNU_PHI, nuPhi)
                .put(Columns.GEN_DECAY_1, decay).put(Columns.GEN_DECAY_2, decay.clone())
                .put(Columns.MUON_PT, even(lepPt)).put(Columns.MUON_ETA, even(lepEta)).put(Columns.MUON_PHI, even(lepPhi))
                .put(Columns.MUON_CHARGE, evenInt(q)).put(Columns.MUON_TIGHT, evenInt(tight))
                .put(Columns.ELECTRON_PT, odd(lepPt)).put(Columns.ELECTRON_ETA, odd(lepEta))
                .put(Columns.ELECTRON_PHI, odd(lepPhi)).put(Columns.ELECTRON_CHARGE, oddInt(q))
                .put(Columns.ELECTRON_TIGHT, oddInt(tight))
                .put(Columns.JET_PT, jetPt).put(Columns.JET_ETA, jetEta).put(Columns.JET_PHI, jetPhi)
                .put(Columns.JET_MASS, zd.clone()).put(Columns.JET_BTAG, btag).put(Columns.JET_HADRON_FLAVOUR, flav)
                .put(Columns.GEN_LEPTON_PT, lepPt.clone()).put(Columns.GEN_LEPTON_ETA, lepEta.clone())
                .put(Columns.GEN_LEPTON_PHI, lepPhi.clone()).put(Columns.GEN_LEPTON_PDG_ID, pdg)
                .put(Columns.GEN_LEPTON_FROM_TAU, zeros)
                .put(Columns.GEN_JET_PT, jetPt.clone()).put(Columns.GEN_JET_ETA, jetEta.clone())
                .put(Columns.GEN_JET_PHI, jetPhi.clone()).put(Columns.GEN_JET_HADRON_FLAVOUR, flav.clone());
        return b.build();
    }

    private static double[] even(double[] a) {
        return java.util.stream.IntStream.range(0, a.length / 2).mapToDouble(i -> a[2 * i]).toArray();
    }

    private static double[] odd(double[] a) {
        return java.util.stream.IntStream.range(0, a.length / 2).mapToDouble(i -> a[2 * i + 1]).toArray();
    }

    private static int[] evenInt(int[] a) {
        return java.util.stream.IntStream.range(0, a.length / 2).map(i -> a[2 * i]).toArray();
    }

    private static int[] oddInt(int[] a) {
        return java.util.stream.IntStream.range(0, a.length / 2).map(i -> a[2 * i + 1]).toArray();
    }
}
