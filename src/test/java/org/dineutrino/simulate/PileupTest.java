package org.dineutrino.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.SplittableRandom;
import org.dineutrino.testing.SharedData;
import org.junit.jupiter.api.Test;

class PileupTest {

    @Test
    void profile_means_are_the_noted_ones() {
        // note sec. 7.5: 24.5 (2016), 36.5 (2017), 34.9 (2018)
        assertEquals(24.5, Pileup.profileMean(0), 0.05);
        assertEquals(36.5, Pileup.profileMean(1), 0.05);
        assertEquals(34.9, Pileup.profileMean(2), 0.05);
    }

    @Test
    void mean_vertex_count_is_one_plus_seventy_percent_of_the_luminosity_weighted_pileup() throws IOException {
        double[] mean = meansFromSharedTable();
        double[] lumi = {19.52 + 16.81, 41.48, 59.83};
        double mu = (lumi[0] * mean[0] + lumi[1] * mean[1] + lumi[2] * mean[2]) / (lumi[0] + lumi[1] + lumi[2]);
        SplittableRandom rng = new SplittableRandom(12);
        int n = 200_000;
        double vertices = 0;
        for (int i = 0; i < n; i++) {
            int nPU = Sampling.poisson(rng, Pileup.sampleMu(rng, Pileup.samplePeriod(rng)));
            vertices += Pileup.sampleVertices(rng, nPU);
        }
        // spread of nPV ~ 8.5: statistical error 0.02; 0.1 covers it at 5 sigma
        assertEquals(1 + 0.70 * mu, vertices / n, 0.1);
    }

    /** Means of the three profiles read directly from shared/physics/pileup-run2.tsv. */
    private static double[] meansFromSharedTable() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.physics("pileup-run2.tsv"));
        double[] sum = new double[3];
        double[] weighted = new double[3];
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            for (int y = 0; y < 3; y++) {
                if (f.length > y + 1 && !f[y + 1].isBlank()) {
                    double p = Double.parseDouble(f[y + 1]);
                    sum[y] += p;
                    weighted[y] += p * Integer.parseInt(f[0]);
                }
            }
        }
        return new double[] {weighted[0] / sum[0], weighted[1] / sum[1], weighted[2] / sum[2]};
    }
}
