package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The DS tW sample differs from DR in the recoil (where our model puts the difference) and nowhere else. */
class TwDiagramSubtractionTest {

    /** Generated events per sample: ~6.5 % get kinematics (both Ws give a light lepton). */
    private static final int N_GENERATED = 250_000;
    /** Statistical agreement required, in standard deviations. */
    private static final double N_SIGMA = 4.0;
    private static final double HARD_RECOIL_GEV = 150.0;

    @Test
    void ds_has_fewer_hard_recoils_by_the_model_factor() {
        Counts dr = counts(SimProcess.TW, 21L);
        Counts ds = counts(SimProcess.TW_DS, 22L);
        // expected P_DS(pT > 150) / P_DR(pT > 150) = [int_150 p a / int p a] / int_150 p, by quadrature
        double all = 0;
        double hardWeighted = 0;
        double hard = 0;
        double step = 0.05;
        for (double pt = 0.5 * step; pt < Recoil.MAX_PT; pt += step) {
            double p = Recoil.TTBAR.ptDensity(pt) * step;
            double a = 1 - 0.3 * pt * pt / (pt * pt + 100.0 * 100.0);
            all += p * a;
            hardWeighted += pt > HARD_RECOIL_GEV ? p * a : 0.0;
            hard += pt > HARD_RECOIL_GEV ? p : 0.0;
        }
        double expectedRatio = hardWeighted / all / hard;
        double ratio = ds.fraction(ds.hardRecoil) / dr.fraction(dr.hardRecoil);
        double sigma = ratio * Math.sqrt(1.0 / ds.hardRecoil + 1.0 / dr.hardRecoil);
        assertEquals(expectedRatio, ratio, N_SIGMA * sigma);
        assertTrue(expectedRatio < 0.85, "the model must make a visible difference: " + expectedRatio);
    }

    @Test
    void ds_keeps_the_rest_frame_kinematics_of_dr() {
        Counts dr = counts(SimProcess.TW, 23L);
        Counts ds = counts(SimProcess.TW_DS, 24L);
        // invariant masses do not see the recoil boost: m(l l) and m(t W) are those of DR
        assertSameFraction(dr, ds, dr.lowDileptonMass, ds.lowDileptonMass, "m_ll < 80 GeV");
        assertSameFraction(dr, ds, dr.lowSystemMass, ds.lowSystemMass, "m_tW < 400 GeV");
        // the decay channels are drawn before kinematics: the same share gets kinematics
        assertSameFraction(dr, ds, dr.withKinematics, ds.withKinematics, N_GENERATED, "events with kinematics");
    }

    private static void assertSameFraction(Counts a, Counts b, int na, int nb, String what) {
        assertSameFraction(a, b, na, nb, a.withKinematics, what);
    }

    private static void assertSameFraction(Counts a, Counts b, int na, int nb, int n, String what) {
        double fa = (double) na / n;
        double fb = (double) nb / n;
        double sigma = Math.sqrt(fa * (1 - fa) / n + fb * (1 - fb) / n);
        assertEquals(fa, fb, N_SIGMA * sigma, what);
    }

    /** Counts over the generated events that got kinematics. */
    private static final class Counts {
        int withKinematics;
        int hardRecoil;
        int lowDileptonMass;
        int lowSystemMass;

        double fraction(int n) {
            return (double) n / withKinematics;
        }
    }

    private static Counts counts(SimProcess process, long seed) {
        EventGenerator generator = new EventGenerator(process);
        generator.reseed(seed);
        Counts c = new Counts();
        double[] system = new double[4];
        for (int i = 0; i < N_GENERATED; i++) {
            generator.next();
            EventRecord ev = generator.record();
            if (!ev.hasTop && !ev.hasAntitop) {
                continue;
            }
            c.withKinematics++;
            Lorentz.copy(ev.hasTop ? ev.top : ev.antitop, 0, system, 0);
            Lorentz.addTo(ev.w2, 0, system, 0);
            c.hardRecoil += Lorentz.pt(system, 0) > HARD_RECOIL_GEV ? 1 : 0;
            c.lowSystemMass += Lorentz.mass(system, 0) < 400 ? 1 : 0;
            c.lowDileptonMass += Lorentz.pairMass(ev.wLepton1, 0, ev.wLepton2, 0) < 80 ? 1 : 0;
        }
        return c;
    }
}
