package org.dineutrino.unfold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

/** The regularisation conditions L, written out by hand for small binnings. */
class RegularisationMatrixTest {

    private static final double EXACT = 0.0;

    private static final Binning TWO_D =
            new Binning(
                    List.of(
                            new Binning.Axis("ptNuNu", new double[] {0, 70, 125, 200, 400}, true),
                            new Binning.Axis(
                                    "minDeltaPhi", new double[] {0, 0.56, 1.08, Math.PI}, false)));

    private static double[][] rows(double[] l, int n) {
        double[][] rows = new double[l.length / n][n];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(l, k * n, rows[k], 0, n);
        }
        return rows;
    }

    @Test
    void curvature_of_four_bins_is_two_second_differences() {
        double[] l =
                RegularisationMatrix.conditions(
                        Binning.unitBins(4),
                        UnfoldSettings.Regularisation.CURVATURE,
                        UnfoldSettings.DensityMode.NONE);
        double[][] expected = {{1, -2, 1, 0}, {0, 1, -2, 1}};
        double[][] actual = rows(l, 4);
        assertEquals(2, actual.length);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(expected[k], actual[k], EXACT);
        }
    }

    @Test
    void derivative_and_size_of_three_bins() {
        double[][] derivative =
                rows(
                        RegularisationMatrix.conditions(
                                Binning.unitBins(3),
                                UnfoldSettings.Regularisation.DERIVATIVE,
                                UnfoldSettings.DensityMode.NONE),
                        3);
        assertArrayEquals(new double[] {-1, 1, 0}, derivative[0], EXACT);
        assertArrayEquals(new double[] {0, -1, 1}, derivative[1], EXACT);
        double[][] size =
                rows(
                        RegularisationMatrix.conditions(
                                Binning.unitBins(3),
                                UnfoldSettings.Regularisation.SIZE,
                                UnfoldSettings.DensityMode.NONE),
                        3);
        assertEquals(3, size.length);
        assertArrayEquals(new double[] {0, 1, 0}, size[1], EXACT);
    }

    @Test
    void two_d_curvature_acts_along_each_axis_inside_each_slice_of_the_other() {
        double[][] l =
                rows(
                        RegularisationMatrix.conditions(
                                TWO_D,
                                UnfoldSettings.Regularisation.CURVATURE,
                                UnfoldSettings.DensityMode.NONE),
                        12);
        // along pT (4 bins): 2 conditions per min Δφ slice × 3 slices; along min Δφ (3 bins): 1 per
        // pT slice × 4
        assertEquals(6 + 4, l.length);
        double[] firstPt = new double[12];
        firstPt[0] = 1;
        firstPt[1] = -2;
        firstPt[2] = 1;
        assertArrayEquals(firstPt, l[0], EXACT);
        double[] phiOfSecondPtBin = new double[12];
        phiOfSecondPtBin[1] = 1;
        phiOfSecondPtBin[5] = -2;
        phiOfSecondPtBin[9] = 1;
        assertArrayEquals(phiOfSecondPtBin, l[6 + 1], EXACT);
    }

    @Test
    void bin_width_density_divides_each_entry_by_its_bin_area_with_the_nominal_overflow_width() {
        double[][] l =
                rows(
                        RegularisationMatrix.conditions(
                                TWO_D,
                                UnfoldSettings.Regularisation.DERIVATIVE,
                                UnfoldSettings.DensityMode.BIN_WIDTH),
                        12);
        // first condition: −x₀/(70 × 0.56) + x₁/(55 × 0.56); third: overflow bin 3 has width 400 −
        // 200
        assertEquals(-1.0 / (70 * 0.56), l[0][0], 1e-15);
        assertEquals(1.0 / (55 * 0.56), l[0][1], 1e-15);
        assertEquals(1.0 / (200 * 0.56), l[2][3], 1e-15);
    }
}
