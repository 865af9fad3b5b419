package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;

class MetResolutionTest {

    private static final double[] NPV_EDGES = {1, 15, 25, 35, 80};

    @Test
    void puppi_resolution_depends_on_pileup_much_less_than_pf() {
        double[] pf = resolution("met", "metPhi");
        double[] puppi = resolution("puppiMet", "puppiMetPhi");
        for (int k = 0; k < pf.length; k++) {
            // tens of GeV per component in tt-bar, as CMS measures (JINST 14 (2019) P07004)
            assertTrue(pf[k] > 10 && pf[k] < 60, "PF resolution " + pf[k] + " GeV in nPV bin " + k);
            assertTrue(puppi[k] > 10 && puppi[k] < 60, "PUPPI resolution " + puppi[k] + " GeV in nPV bin " + k);
        }
        double pfRise = pf[pf.length - 1] / pf[0] - 1;
        double puppiRise = puppi[puppi.length - 1] / puppi[0] - 1;
        // statistical error of each rise ~0.02 (thousands of events per bin)
        assertTrue(pfRise > 2 * puppiRise + 0.05, "PF rises by " + pfRise + ", PUPPI by " + puppiRise);
        assertTrue(puppi[puppi.length - 1] < pf[pf.length - 1], "PUPPI better than PF at high pileup");
    }

    /** RMS of the x and y components of (reconstructed - generated) p_T^miss per nPV bin [GeV]. */
    private static double[] resolution(String met, String phi) {
        double[] sum2 = new double[NPV_EDGES.length - 1];
        double[] n = new double[NPV_EDGES.length - 1];
        for (EventBatch b : SimulatedSamples.ttbar().batches()) {
            double[] m = b.doubles(met);
            double[] p = b.doubles(phi);
            double[] g = b.doubles("genMet");
            double[] gp = b.doubles("genMetPhi");
            int[] npv = b.ints("nPV");
            for (int i = 0; i < b.nEvents(); i++) {
                int k = FiducialEvents.bin(NPV_EDGES, npv[i]);
                if (k < 0) {
                    continue;
                }
                double dx = m[i] * Math.cos(p[i]) - g[i] * Math.cos(gp[i]);
                double dy = m[i] * Math.sin(p[i]) - g[i] * Math.sin(gp[i]);
                sum2[k] += dx * dx + dy * dy;
                n[k] += 2;
            }
        }
        double[] out = new double[sum2.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.sqrt(sum2[k] / n[k]);
        }
        return out;
    }
}
