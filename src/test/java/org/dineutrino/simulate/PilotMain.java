package org.dineutrino.simulate;

import java.util.SplittableRandom;

public class PilotMain {
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]);
        TtbarProduction p = TtbarProduction.forThread();
        TtbarProduction.HardScatter h = new TtbarProduction.HardScatter();
        HardScatterWeights hw = new HardScatterWeights();
        double[] out = new double[HardScatterWeights.SIZE];
        double[] sum = new double[out.length];
        SplittableRandom rng = new SplittableRandom(20261203L);
        for (int i = 0; i < n; i++) {
            p.sample(rng, h);
            double st = Math.sqrt(h.shat / PhysicsConstants.S);
            hw.fill(h.gluonFusion ? InitialState.GLUON_GLUON : InitialState.QUARK_ANTIQUARK,
                    st * Math.exp(h.rapidity), st * Math.exp(-h.rapidity), PhysicsConstants.TOP_MASS, 2, out, 0);
            for (int k = 0; k < out.length; k++) sum[k] += out[k];
        }
        for (int k = 0; k < out.length; k++) System.out.printf("slot %d mean %.6f%n", k, sum[k] / n);
        double tsum = 0; long nt = 0;
        EventGenerator g = new EventGenerator(SimProcess.TTBAR);
        g.reseed(20261203L);
        for (long i = 0; i < Long.parseLong(a[1]); i++) {
            g.next();
            EventRecord ev = g.record();
            if (ev.hasTop) { tsum += TopPtReweighting.raw(Lorentz.pt(ev.top, 0), Lorentz.pt(ev.antitop, 0)); nt++; }
        }
        System.out.printf("toppt mean %.6f over %d%n", tsum / nt, nt);
    }
}
