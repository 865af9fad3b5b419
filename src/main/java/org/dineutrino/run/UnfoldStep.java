package org.dineutrino.run;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.select.Binning;
import org.dineutrino.select.Bins;
import org.dineutrino.select.Histogram;
import org.dineutrino.unfold.Background;
import org.dineutrino.unfold.Response;
import org.dineutrino.unfold.UnfoldInput;
import org.dineutrino.unfold.UnfoldResult;
import org.dineutrino.unfold.UnfoldSettings;
import org.dineutrino.unfold.Unfolder;

/**
 * The run's bridge to the unfolding library: the signal sample's migrations with their
 * MC statistical errors, the data, the fakes and each background, unfolded with the run's
 * method.
 */
final class UnfoldStep {

    private UnfoldStep() {
    }

    /**
     * @param migrations   [reco][truth] weighted fiducial signal counts, and their sums of squared weights
     * @param missed       [truth] fiducial signal not reconstructed in a reco bin
     * @param fakes        [reco] selected signal-sample events outside the fiducial region
     * @param data         [reco] observed (pseudo-)data
     * @param dataVariance [reco] its variance: Poisson, plus for pseudo-data the MC statistics of the
     *                     samples it was made from (their expectation fluctuates too)
     * @param backgrounds  per background sample its reco histogram at the run's luminosity
     */
    record Input(double[][] migrations, double[][] migrations2, Histogram missed, Histogram fakes, double[] data,
                 double[] dataVariance,
                 List<String> backgroundNames, List<Histogram> backgrounds, Bins truth, Bins reco) {
    }

    static UnfoldResult unfold(UnfoldingMethod method, int toys, boolean toysOnResponse, long toySeed, Input in) {
        UnfoldSettings settings = settings(method);
        if (toys > 0) {
            settings = settings.toBuilder().toys(toys, toySeed).toysOnResponse(toysOnResponse).build();
        }
        return unfold(settings, in);
    }

    /** Unfolds with the given library settings. */
    static UnfoldResult unfold(UnfoldSettings settings, Input in) {
        Response response = new Response.Migrations(in.migrations(), in.missed().sumWeights(), sqrt(in.migrations2()),
                sqrt(in.missed().sumWeights2()));
        List<Background> backgrounds = new ArrayList<>();
        for (int k = 0; k < in.backgrounds().size(); k++) {
            Histogram h = in.backgrounds().get(k);
            backgrounds.add(new Background(in.backgroundNames().get(k), h.sumWeights(), sqrt(h.sumWeights2()), 1, 0));
        }
        UnfoldInput input = new UnfoldInput(response, in.data(), diagonal(in.dataVariance()), in.fakes().sumWeights(),
                sqrt(in.fakes().sumWeights2()), backgrounds, axis(in.truth()), axis(in.reco()));
        return Unfolder.unfold(input, settings);
    }

    /**
     * The settings that unfold a systematic variation as the nominal was unfolded: the same method, with
     * the nominal's tau (Tikhonov) or number of iterations (D'Agostini) fixed, so that the shift measures the
     * variation and not a re-tuned regularisation; no toys.
     */
    static UnfoldSettings settingsLike(UnfoldingMethod method, UnfoldResult nominal) {
        UnfoldSettings s = settings(method);
        return switch (method) {
            case TIKHONOV -> s.toBuilder().tau(nominal.tau()).build();
            case ITERATIVE -> s.toBuilder().iterations(nominal.iterations()).build();
            case LEAST_SQUARES, BIN_BY_BIN -> s;
        };
    }

    /**
     * The library settings of each run method: least squares and bin-by-bin as they are;
     * Tikhonov with curvature regularisation, the response truth as bias and tau at the
     * minimum of the average global correlation; D'Agostini from the response truth until
     * the KS test passes.
     */
    static UnfoldSettings settings(UnfoldingMethod method) {
        return switch (method) {
            case LEAST_SQUARES -> UnfoldSettings.leastSquares();
            case BIN_BY_BIN -> UnfoldSettings.binByBin();
            case TIKHONOV -> UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                    .regularisation(UnfoldSettings.Regularisation.CURVATURE)
                    .biasScale(1.0)
                    .tau(UnfoldSettings.TauChoice.scan(UnfoldSettings.TauChoice.Kind.RHO_AVG))
                    .build();
            case ITERATIVE -> UnfoldSettings.builder(UnfoldSettings.Method.ITERATIVE)
                    .prior(UnfoldSettings.Prior.truth())
                    .stopping(UnfoldSettings.StoppingRule.defaults())
                    .build();
        };
    }

    /**
     * The library's binning: with overflow it wants a finite nominal last edge, which is
     * the last edge plus the width of the bin before (the width plots use, DESIGN.md).
     */
    private static org.dineutrino.unfold.Binning axis(Bins bins) {
        List<org.dineutrino.unfold.Binning.Axis> axes = new ArrayList<>();
        for (Binning b : bins.axes()) {
            axes.add(axis(b, "axis" + axes.size()));
        }
        return new org.dineutrino.unfold.Binning(axes);
    }

    private static org.dineutrino.unfold.Binning.Axis axis(Binning b, String name) {
        double[] edges = b.edges();
        if (!b.overflow()) {
            return new org.dineutrino.unfold.Binning.Axis(name, edges, false);
        }
        double[] withNominal = java.util.Arrays.copyOf(edges, edges.length + 1);
        withNominal[edges.length] = edges[edges.length - 1] + b.plotWidth(b.nBins() - 1);
        return new org.dineutrino.unfold.Binning.Axis(name, withNominal, true);
    }

    private static org.apache.commons.math3.linear.RealMatrix diagonal(double[] v) {
        return org.apache.commons.math3.linear.MatrixUtils.createRealDiagonalMatrix(v);
    }

    private static double[] sqrt(double[] v) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = Math.sqrt(v[k]);
        }
        return out;
    }

    private static double[][] sqrt(double[][] m) {
        double[][] out = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            out[r] = sqrt(m[r]);
        }
        return out;
    }
}
