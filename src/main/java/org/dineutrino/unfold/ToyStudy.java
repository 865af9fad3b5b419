package org.dineutrino.unfold;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Toy experiments for pulls, bias and coverage. Each toy throws
 *
 * <ul>
 *   <li>the backgrounds from their errors: b'_r = Σ_b (s_b + σ_{s,b} z_b) b_r + s_b σ_{b,r} z_{b,r}
 *       with standard normal z;
 *   <li>the data: d_r ~ Poisson(μ_r + b'_r), μ = (A x_true) / f the folded truth with its fakes;
 *   <li>optionally the response's MC sample ({@link ResponseToys}),
 * </ul>
 *
 * and unfolds with the nominal kernel (τ fixed). The toy's σ² is its own input covariance plus,
 * when the response is thrown, the nominal response covariance.
 */
final class ToyStudy {

    private ToyStudy() {}

    static UnfoldResult.ToySummary run(
            UnfoldInput input,
            UnfoldSettings settings,
            ResponseModel model,
            Measurement m,
            Kernel kernel,
            UnfoldResult nominal) {
        int nTruth = model.nTruth();
        double[] truth = truth(settings.toyTruth(), model, m, nominal.unfolded());
        double[] expected = expectedSignal(model, truth);
        double[] responseVariance =
                settings.toysOnResponse() ?
                        Flat.diagonal(Flat.fromMatrix(nominal.covarianceResponse()), nTruth) :
                        new double[nTruth];
        RandomGenerator rng = new Well19937c(settings.seed());
        Accumulator sums = new Accumulator(nTruth);
        for (int k = 0; k < settings.toys(); k++) {
            double[] data = throwData(rng, input, expected);
            ResponseModel toyModel = settings.toysOnResponse() ? model.toy(rng) : model;
            try {
                Measurement toy =
                        Measurement.prepare(
                                input.withData(data, input.dataCovariance()), toyModel, false);
                Solution s = kernel.solve(toyModel, toy, false);
                double[] variance =
                        Flat.sandwichDiagonal(
                                s.sensitivity(), nTruth, model.nReco(), toy.covariance());
                sums.add(s.x(), truth, Flat.add(variance, responseVariance));
            } catch (InputDataException | NumericalFailureException e) {
                sums.failed++;
            }
        }
        return sums.summary(settings.toys(), settings.seed(), truth);
    }

    /** The truth the toys are thrown from. */
    static double[] truth(
            UnfoldSettings.ToyTruth choice, ResponseModel model, Measurement m, double[] unfolded) {
        UnfoldSettings.ToyTruth.Kind kind =
                choice == null ? UnfoldSettings.ToyTruth.Kind.RESPONSE_TRUTH : choice.kind();
        switch (kind) {
            case UNFOLDED:
                double[] clipped = unfolded.clone();
                for (int t = 0; t < clipped.length; t++) {
                    clipped[t] = Math.max(0.0, clipped[t]);
                }
                return clipped;
            case GIVEN:
                return choice.values().clone();
            default:
                double scale = Flat.sum(m.y()) / Flat.sum(model.signal());
                double[] scaled = model.truth().clone();
                for (int t = 0; t < scaled.length; t++) {
                    scaled[t] *= scale;
                }
                return scaled;
        }
    }

    /**
     * Expected signal plus fakes per reco bin: (A x)_r (S_r + F_r)/S_r; where S_r = 0 the fakes F_r
     * scaled by Σ(A x)/ΣS.
     */
    private static double[] expectedSignal(ResponseModel model, double[] truth) {
        double[] folded = Flat.apply(model.a(), model.nReco(), model.nTruth(), truth);
        double scale = Flat.sum(folded) / Flat.sum(model.signal());
        double[] expected = new double[folded.length];
        for (int r = 0; r < folded.length; r++) {
            double signal = model.signal()[r];
            expected[r] =
                    signal > 0.0 ?
                            folded[r] * (signal + model.fakes()[r]) / signal :
                            model.fakes()[r] * scale;
        }
        return expected;
    }

    private static double[] throwData(RandomGenerator rng, UnfoldInput input, double[] expected) {
        double[] mean = expected.clone();
        for (Background b : input.backgrounds()) {
            double scale = b.scale() + b.scaleError() * rng.nextGaussian();
            for (int r = 0; r < mean.length; r++) {
                double error =
                        b.errors() == null ? 0.0 : b.scale() * b.errors()[r] * rng.nextGaussian();
                mean[r] += scale * b.values()[r] + error;
            }
        }
        double[] data = new double[mean.length];
        for (int r = 0; r < mean.length; r++) {
            data[r] = ResponseToys.poisson(rng, mean[r]);
        }
        return data;
    }

    /** Running sums of pulls per truth bin. */
    private static final class Accumulator {
        private final double[] pull;
        private final double[] pull2;
        private final double[] covered;
        private final double[] bias;
        private int used;
        private int failed;

        Accumulator(int n) {
            pull = new double[n];
            pull2 = new double[n];
            covered = new double[n];
            bias = new double[n];
        }

        void add(double[] x, double[] truth, double[] variance) {
            for (double v : variance) {
                if (!(v > 0.0)) {
                    failed++;
                    return;
                }
            }
            for (int t = 0; t < x.length; t++) {
                double p = (x[t] - truth[t]) / Math.sqrt(variance[t]);
                pull[t] += p;
                pull2[t] += p * p;
                covered[t] += Math.abs(p) <= 1.0 ? 1.0 : 0.0;
                bias[t] += x[t] - truth[t];
            }
            used++;
        }

        UnfoldResult.ToySummary summary(int nToys, long seed, double[] truth) {
            if (used < 2) {
                throw new NumericalFailureException(
                        "toy study: only " +
                                used +
                                " of " +
                                nToys +
                                " toys could be " +
                                "unfolded (" +
                                failed +
                                " failed); at least 2 are needed for a pull width");
            }
            int n = pull.length;
            double[] mean = new double[n];
            double[] width = new double[n];
            double[] coverage = new double[n];
            double[] meanBias = new double[n];
            for (int t = 0; t < n; t++) {
                mean[t] = pull[t] / used;
                width[t] =
                        Math.sqrt(
                                Math.max(0.0, (pull2[t] - used * mean[t] * mean[t]) / (used - 1)));
                coverage[t] = covered[t] / used;
                meanBias[t] = bias[t] / used;
            }
            return new UnfoldResult.ToySummary(
                    nToys, failed, seed, truth, mean, width, coverage, meanBias);
        }
    }
}
