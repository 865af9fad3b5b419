package org.dineutrino.regress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardisationTest {

    private static final double TOL = 1e-12;

    @Test
    void means_and_population_stds_come_from_the_given_rows_only() {
        // columns: (1, 3, 5 | 100) and (2, 2, 2 | -7); row 3 is not a training row
        FeatureMatrix m = new FeatureMatrix(List.of("x", "constant"), new int[] {0, 1, 2, 3},
                new double[] {1, 2, 3, 2, 5, 2, 100, -7});

        Standardisation s = Standardisation.fit(m, new int[] {0, 1, 2});

        assertArrayEquals(new double[] {3, 2}, s.means(), TOL);
        // x: sqrt(((1-3)^2 + 0 + (5-3)^2) / 3) = sqrt(8/3); the constant column gets 1
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 1.0}, s.stds(), TOL);
    }

    @Test
    void standardised_rows_are_centred_and_scaled_as_floats() {
        FeatureMatrix m = new FeatureMatrix(List.of("x", "y"), new int[] {0, 1}, new double[] {1, 10, 3, 30});
        Standardisation s = new Standardisation(new double[] {2, 20}, new double[] {1, 10});

        float[] z = TensorBoundary.standardisedRows(m, s, 0, 2);

        assertArrayEquals(new float[] {-1, -1, 1, 1}, z);
    }
}
