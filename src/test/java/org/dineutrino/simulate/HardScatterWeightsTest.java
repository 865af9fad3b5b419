package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HardScatterWeightsTest {

    /** Hard scatterings of the tt&#772; pilot: the scale weights' spread (~0.05) gives errors of 1e-4. */
    private static final int N = 200_000;

    private static double[] rawMeans;

    /**
     * Means over N generated tt&#772; hard scatterings (with the shape correction) of the raw weights, or
     * with the tt&#772; scale normalisation (a constant factor per scale slot) applied.
     */
    private static double[] ttbarMeans(boolean normalised) {
        if (rawMeans == null) {
            rawMeans = rawTtbarMeans();
        }
        double[] mean = rawMeans.clone();
        for (int v = 0; normalised && v < 6; v++) {
            mean[v] *= EventWeights.ttbarScaleNormalisation(v);
        }
        return mean;
    }

    private static double[] rawTtbarMeans() {
        TtbarProduction production = TtbarProduction.forThread();
        TtbarProduction.HardScatter h = new TtbarProduction.HardScatter();
        HardScatterWeights weights = new HardScatterWeights();
        double[] out = new double[HardScatterWeights.SIZE];
        double[] sum = new double[HardScatterWeights.SIZE];
        SplittableRandom rng = new SplittableRandom(31);
        for (int i = 0; i < N; i++) {
            production.sample(rng, h);
            double sqrtTau = Math.sqrt(h.shat / PhysicsConstants.S);
            InitialState initial = h.gluonFusion ? InitialState.GLUON_GLUON : InitialState.QUARK_ANTIQUARK;
            weights.fill(initial, sqrtTau * Math.exp(h.rapidity), sqrtTau * Math.exp(-h.rapidity),
                    PhysicsConstants.TOP_MASS, 2, out, 0);
            for (int k = 0; k < out.length; k++) {
                sum[k] += out[k];
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= N;
        }
        return sum;
    }

    @Test
    void renormalisation_weight_is_the_ratio_of_one_loop_couplings_squared() {
        // alpha_s(kQ) = alpha_s(Q)/(1 + alpha_s(Q) b0 ln k^2), b0 = 23/(12 pi), alpha_s(m_t) = 0.1156 (note sec. 0)
        double alpha = 0.127 / (1 + 0.127 * 23 / (12 * Math.PI) * Math.log(172.5 * 172.5 / (91.1876 * 91.1876)));
        double up = alpha / (1 + alpha * 23 / (12 * Math.PI) * Math.log(4));
        double down = alpha / (1 - alpha * 23 / (12 * Math.PI) * Math.log(4));
        assertEquals(Math.pow(up / alpha, 2), HardScatterWeights.renormalisationRatio(172.5, 2, 2), 1e-12);
        assertEquals(Math.pow(down / alpha, 2), HardScatterWeights.renormalisationRatio(172.5, 0.5, 2), 1e-12);
        assertEquals(1.0, HardScatterWeights.renormalisationRatio(91.2, 2, 0), 0.0);
    }

    @Test
    void stored_ttbar_scale_means_are_those_of_the_generated_hard_scatterings() {
        double[] mean = ttbarMeans(false);
        for (int v = 0; v < 6; v++) {
            // 5e-4: 5 standard errors of a 2e5-event mean with spread <= 0.05
            assertEquals(EventWeights.TTBAR_RAW_SCALE_MEANS[v], mean[v], 5e-4, "scale slot " + v);
        }
        // the LO scale dependence of the note (sec. 0): x1/2 and x2 change sigma_LO by +30 % / -22 %
        assertEquals(1.30, mean[HardScatterWeights.MU_R_MU_F_DOWN], 0.01);
        assertEquals(0.78, mean[HardScatterWeights.MU_R_MU_F_UP], 0.01);
    }

    @Test
    void normalised_ttbar_scale_variation_has_the_nnlo_nnll_uncertainty_as_its_mean() {
        double[] mean = ttbarMeans(true);
        // +19.77 / -29.20 pb on 831.76 pb (DESIGN.md); 5e-4 covers the statistics of the pilot
        assertEquals(1 + 19.77 / 831.76, mean[HardScatterWeights.MU_R_MU_F_UP], 5e-4);
        assertEquals(1 - 29.20 / 831.76, mean[HardScatterWeights.MU_R_MU_F_DOWN], 5e-4);
        // PDF members: the documented shifts of the inclusive tt-bar cross section (+0.5, 3.0, 2.0, 0.5, 0.3 %);
        // 1e-3 covers the amplitude calibration (2 digits) and the statistics
        double[] documented = {1.005, 1.030, 1.020, 1.005, 1.003};
        for (int m = 0; m < documented.length; m++) {
            assertEquals(documented[m], mean[HardScatterWeights.PDF_FIRST + m], 1e-3, "PDF member " + (m + 1));
        }
    }

    @Test
    void heavy_flavour_member_scales_a_b_gluon_luminosity_by_five_percent_and_leaves_gluons_alone() {
        HardScatterWeights weights = new HardScatterWeights();
        double[] out = new double[HardScatterWeights.SIZE];
        weights.fill(InitialState.pair(Cteq5l.B, Cteq5l.G), 0.02, 0.05, 172.5, 1, out, 0);
        assertEquals(1.05, out[HardScatterWeights.PDF_FIRST + 5], 1e-12);
        weights.fill(InitialState.GLUON_GLUON, 0.02, 0.05, 172.5, 2, out, 0);
        assertEquals(1.0, out[HardScatterWeights.PDF_FIRST + 5], 0.0);
        assertEquals(1.0, out[HardScatterWeights.PDF_FIRST + 3], 0.0);
    }

    @Test
    void factorisation_weight_follows_the_pdf_evolution_of_the_gluon() {
        // at x = 0.3 the gluon falls with Q: [x g(0.3, 2 m_t) / x g(0.3, m_t)]^2 from the parametrisation
        double[] f = new double[Cteq5l.N_FLAVOURS];
        Cteq5l.instance().xf(0.3, 345.0, f);
        double up = f[Cteq5l.G];
        Cteq5l.instance().xf(0.3, 172.5, f);
        double ratio = up / f[Cteq5l.G];
        double[] out = new double[HardScatterWeights.SIZE];
        new HardScatterWeights().fill(InitialState.GLUON_GLUON, 0.3, 0.3, 172.5, 2, out, 0);
        // 5e-3: linear interpolation of the ln x / ln Q table (PdfTableTest: 2e-3 per density)
        assertEquals(ratio * ratio, out[HardScatterWeights.MU_F_UP], 5e-3);
    }
}
