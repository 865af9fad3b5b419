package org.dineutrino.unfold;

/**
 * How to unfold: the method and its options. Build with {@link #builder(Method)}; options that do
 * not apply to the method are rejected by {@link Unfolder#unfold}.
 *
 * @param method the unfolding method
 * @param areaConstraint least squares / Tikhonov only: constrain Σ(Ax) = Σy (TUnfold's area
 *     constraint)
 * @param regularisation Tikhonov only: what L measures
 * @param density Tikhonov only: scale L's conditions by 1 / bin area (TUnfold's bin-width density
 *     mode)
 * @param tau Tikhonov only: τ given, or how to choose it by a scan
 * @param tauMin scan range lower end (> 0), or 0 for automatic
 * @param tauMax scan range upper end, or 0 for automatic
 * @param tauPoints number of log-spaced scan points (≥ 3)
 * @param biasScale Tikhonov only: the bias vector is biasScale × the response's truth
 * @param iterations iterative only: a fixed number of iterations, or 0 to use {@code stopping}
 * @param stopping iterative only: the stopping test when iterations is 0
 * @param prior iterative only: the starting distribution
 * @param toys number of toy experiments (0 for none)
 * @param seed seed of the toys' random numbers
 * @param toysOnResponse whether toys also fluctuate the response (its MC statistics), not only data
 * @param toyTruth the truth the toys are thrown from
 */
public record UnfoldSettings(
        Method method,
        boolean areaConstraint,
        Regularisation regularisation,
        DensityMode density,
        TauChoice tau,
        double tauMin,
        double tauMax,
        int tauPoints,
        double biasScale,
        int iterations,
        StoppingRule stopping,
        Prior prior,
        int toys,
        long seed,
        boolean toysOnResponse,
        ToyTruth toyTruth) {

    /** Default number of τ scan points. */
    public static final int DEFAULT_TAU_POINTS = 50;

    /** The unfolding methods of DESIGN.md. */
    public enum Method {
        /** Generalised least squares, τ = 0. */
        LEAST_SQUARES,
        /** Tikhonov-regularised least squares (TUnfold). */
        TIKHONOV,
        /** Bin-by-bin correction factors (requires as many reco as truth bins). */
        BIN_BY_BIN,
        /** Iterative D'Agostini unfolding with Adye's error propagation. */
        ITERATIVE
    }

    /** What the regularisation matrix L measures. */
    public enum Regularisation {
        /** L = 1: the size of x − bias. */
        SIZE,
        /** First differences of neighbouring bins along each axis. */
        DERIVATIVE,
        /** Second differences (x_{k−1} − 2x_k + x_{k+1}) along each axis. */
        CURVATURE
    }

    /** Whether L acts on counts or on densities. */
    public enum DensityMode {
        /** L acts on the bin counts. */
        NONE,
        /** L acts on count / bin area (truth binning required). */
        BIN_WIDTH
    }

    /** Stopping tests of the iterative method, between successive iterations (pyunfold's). */
    public enum StoppingTest {
        /** Kolmogorov–Smirnov distance of the normalised cumulative distributions. */
        KS,
        /** pyunfold's reduced χ² of two histograms. */
        CHI2
    }

    /**
     * τ given or chosen by a scan.
     *
     * @param kind how τ is chosen
     * @param value the fixed τ (kind FIXED only)
     */
    public record TauChoice(Kind kind, double value) {

        /** How τ is chosen. */
        public enum Kind {
            /** τ given. */
            FIXED,
            /** Maximum curvature of the L-curve (log10 χ²_A, log10 of the regularisation term). */
            LCURVE,
            /** Minimum of the average global correlation coefficient. */
            RHO_AVG,
            /** Minimum of the maximum global correlation coefficient. */
            RHO_MAX
        }

        /** A fixed τ ≥ 0. */
        public static TauChoice fixed(double tau) {
            return new TauChoice(Kind.FIXED, tau);
        }

        /** τ by a scan of the given kind. */
        public static TauChoice scan(Kind kind) {
            return new TauChoice(kind, 0.0);
        }
    }

    /**
     * Stop iterating once the test statistic between successive iterations is below tolerance.
     *
     * @param test the test statistic
     * @param tolerance the threshold (pyunfold's ts_stopping)
     * @param maxIterations stop here anyway
     */
    public record StoppingRule(StoppingTest test, double tolerance, int maxIterations) {

        /** pyunfold's defaults: KS below 0.01, at most 100 iterations. */
        public static StoppingRule defaults() {
            return new StoppingRule(StoppingTest.KS, 0.01, 100);
        }
    }

    /**
     * The iterative method's prior, normalised to unit sum and scaled by Σy for the first step.
     *
     * @param kind which prior
     * @param values [truth] the given prior (kind GIVEN only)
     */
    public record Prior(Kind kind, double[] values) {

        /** Which prior. */
        public enum Kind {
            /** The response's truth N. */
            TRUTH,
            /** Flat. */
            UNIFORM,
            /** Given values. */
            GIVEN
        }

        /** The response's truth. */
        public static Prior truth() {
            return new Prior(Kind.TRUTH, null);
        }

        /** A flat prior. */
        public static Prior uniform() {
            return new Prior(Kind.UNIFORM, null);
        }

        /** Given prior values (non-negative, positive sum). */
        public static Prior given(double[] values) {
            return new Prior(Kind.GIVEN, values.clone());
        }
    }

    /**
     * The truth toys are thrown from; the pulls, bias and coverage are measured against it.
     *
     * @param kind which truth
     * @param values [truth] given truth (kind GIVEN only)
     */
    public record ToyTruth(Kind kind, double[] values) {

        /** Which truth. */
        public enum Kind {
            /** The response's truth N, scaled so that Σ(A x) = Σy. */
            RESPONSE_TRUTH,
            /** The unfolded result, negative bins set to 0. */
            UNFOLDED,
            /** Given values. */
            GIVEN
        }

        /** The response's truth scaled to the data. */
        public static ToyTruth responseTruth() {
            return new ToyTruth(Kind.RESPONSE_TRUTH, null);
        }

        /** The unfolded result. */
        public static ToyTruth unfolded() {
            return new ToyTruth(Kind.UNFOLDED, null);
        }

        /** Given truth values. */
        public static ToyTruth given(double[] values) {
            return new ToyTruth(Kind.GIVEN, values.clone());
        }
    }

    /** A builder with the method's defaults. */
    public static Builder builder(Method method) {
        return new Builder(method);
    }

    /** Settings for plain least squares (τ = 0, no area constraint). */
    public static UnfoldSettings leastSquares() {
        return builder(Method.LEAST_SQUARES).build();
    }

    /** Settings for bin-by-bin correction factors. */
    public static UnfoldSettings binByBin() {
        return builder(Method.BIN_BY_BIN).build();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder(method);
        b.areaConstraint = areaConstraint;
        b.regularisation = regularisation;
        b.density = density;
        b.tau = tau;
        b.tauMin = tauMin;
        b.tauMax = tauMax;
        b.tauPoints = tauPoints;
        b.biasScale = biasScale;
        b.iterations = iterations;
        b.stopping = stopping;
        b.prior = prior;
        b.toys = toys;
        b.seed = seed;
        b.toysOnResponse = toysOnResponse;
        b.toyTruth = toyTruth;
        return b;
    }

    /**
     * Builder of {@link UnfoldSettings}. Defaults: no area constraint, curvature, no density mode,
     * τ = 0, automatic scan range with {@value UnfoldSettings#DEFAULT_TAU_POINTS} points, bias
     * scale 1, pyunfold's stopping rule, the truth as prior, no toys, seed 1, toys on data and
     * response from the response's truth.
     */
    public static final class Builder {
        private final Method method;
        private boolean areaConstraint;
        private Regularisation regularisation = Regularisation.CURVATURE;
        private DensityMode density = DensityMode.NONE;
        private TauChoice tau = TauChoice.fixed(0.0);
        private double tauMin;
        private double tauMax;
        private int tauPoints = DEFAULT_TAU_POINTS;
        private double biasScale = 1.0;
        private int iterations;
        private StoppingRule stopping = StoppingRule.defaults();
        private Prior prior = Prior.truth();
        private int toys;
        private long seed = 1L;
        private boolean toysOnResponse = true;
        private ToyTruth toyTruth = ToyTruth.responseTruth();

        private Builder(Method method) {
            this.method = method;
        }

        /**
         * @see UnfoldSettings#areaConstraint()
         */
        public Builder areaConstraint(boolean value) {
            areaConstraint = value;
            return this;
        }

        /**
         * @see UnfoldSettings#regularisation()
         */
        public Builder regularisation(Regularisation value) {
            regularisation = value;
            return this;
        }

        /**
         * @see UnfoldSettings#density()
         */
        public Builder density(DensityMode value) {
            density = value;
            return this;
        }

        /**
         * @see UnfoldSettings#tau()
         */
        public Builder tau(TauChoice value) {
            tau = value;
            return this;
        }

        /** A fixed τ. */
        public Builder tau(double value) {
            tau = TauChoice.fixed(value);
            return this;
        }

        /** Scan range and number of points; 0, 0 for an automatic range. */
        public Builder tauScan(double min, double max, int points) {
            tauMin = min;
            tauMax = max;
            tauPoints = points;
            return this;
        }

        /**
         * @see UnfoldSettings#biasScale()
         */
        public Builder biasScale(double value) {
            biasScale = value;
            return this;
        }

        /**
         * @see UnfoldSettings#iterations()
         */
        public Builder iterations(int value) {
            iterations = value;
            return this;
        }

        /**
         * @see UnfoldSettings#stopping()
         */
        public Builder stopping(StoppingRule value) {
            stopping = value;
            return this;
        }

        /**
         * @see UnfoldSettings#prior()
         */
        public Builder prior(Prior value) {
            prior = value;
            return this;
        }

        /** Number of toys and their seed. */
        public Builder toys(int count, long toySeed) {
            toys = count;
            seed = toySeed;
            return this;
        }

        /**
         * @see UnfoldSettings#toysOnResponse()
         */
        public Builder toysOnResponse(boolean value) {
            toysOnResponse = value;
            return this;
        }

        /**
         * @see UnfoldSettings#toyTruth()
         */
        public Builder toyTruth(ToyTruth value) {
            toyTruth = value;
            return this;
        }

        /** The settings. */
        public UnfoldSettings build() {
            return new UnfoldSettings(
                    method,
                    areaConstraint,
                    regularisation,
                    density,
                    tau,
                    tauMin,
                    tauMax,
                    tauPoints,
                    biasScale,
                    iterations,
                    stopping,
                    prior,
                    toys,
                    seed,
                    toysOnResponse,
                    toyTruth);
        }
    }
}
