package org.dineutrino.unfold;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.concurrent.TimeUnit;

/**
 * JMH benchmark of the unfolding suite on the default 2D binning (48 reco × 12 truth bins, the
 * {@link RealisticResponse}): least squares with every covariance, a 1000-point τ scan, 5000 toys.
 * Not a unit test (surefire skips *Benchmark); run with {@code mvn -o -q test-compile && java -cp
 * target/test-classes:target/classes:$(deps) org.dineutrino.unfold.UnfoldBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UnfoldBenchmark {

    private UnfoldInput input;
    private UnfoldSettings leastSquares;
    private UnfoldSettings scan;
    private UnfoldSettings toys;

    /** The default-2D case: 1.6·10⁶ MC events weighted to data of 1.45·10⁵ events. */
    @Setup
    public void setUp() {
        RealisticResponse.Model mc = RealisticResponse.build(1.6e6);
        double[] data = RealisticResponse.build(1.6e6, 50.0).reco();
        for (int r = 0; r < data.length; r++) {
            data[r] = Math.round(data[r] * 0.25);
        }
        input =
                UnfoldInput.of(mc.weighted(0.25), data)
                        .withBinning(
                                RealisticResponse.truthBinning(), RealisticResponse.recoBinning());
        leastSquares = UnfoldSettings.leastSquares();
        scan =
                UnfoldSettings.builder(UnfoldSettings.Method.TIKHONOV)
                        .density(UnfoldSettings.DensityMode.BIN_WIDTH)
                        .tau(UnfoldSettings.TauChoice.scan(UnfoldSettings.TauChoice.Kind.RHO_AVG))
                        .tauScan(1e-5, 1.0, 1000)
                        .build();
        toys = UnfoldSettings.builder(UnfoldSettings.Method.LEAST_SQUARES).toys(5000, 1L).build();
    }

    /** Least squares with input, background and response-statistics covariances, ρ, χ², purity. */
    @Benchmark
    public UnfoldResult leastSquaresWithCovariance() {
        return Unfolder.unfold(input, leastSquares);
    }

    /** Tikhonov with a 1000-point τ scan (ρ_avg minimum, refined) and the final unfolding. */
    @Benchmark
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 4)
    public UnfoldResult tauScan1000Points() {
        return Unfolder.unfold(input, scan);
    }

    /** Least squares with 5000 toys, each throwing data and response. */
    @Benchmark
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 4)
    public UnfoldResult toys5000() {
        return Unfolder.unfold(input, toys);
    }

    /** Runs the benchmark with JMH's runner. */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(UnfoldBenchmark.class.getSimpleName()).build())
                .run();
    }
}
