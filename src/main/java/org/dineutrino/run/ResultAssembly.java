package org.dineutrino.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.random.Well19937c;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.select.Binning;
import org.dineutrino.select.Bins;
import org.dineutrino.select.Channel;
import org.dineutrino.select.CutStep;
import org.dineutrino.select.Cutflow;
import org.dineutrino.select.Histogram;
import org.dineutrino.select.Observable;
import org.dineutrino.select.ResponseFill;
import org.dineutrino.unfold.UnfoldResult;

/** Turns the accumulated histograms of a run into its result: data, unfolding, cross sections, cutflows. */
final class ResultAssembly {

    /** Eigenvalues of a covariance below this fraction of the largest are dropped when inverting it for chi^2. */
    private static final double PSEUDO_INVERSE_RELATIVE_CUTOFF = 1e-10;

    private ResultAssembly() {
    }

    /** Bin-by-bin unfolds on the particle-level bins at both levels (DESIGN.md). */
    static Bins recoBinning(RunConfig config, RunConfig.ObservableBinning binning) {
        return config.method() == UnfoldingMethod.BIN_BY_BIN ? binning.truth() : binning.reco();
    }

    static RunResult.ObservableResult unfoldObservable(RunConfig config, Observable o,
                                                       Map<String, Pipeline.SampleAccumulator> acc,
                                                       VariationUnfolding variations, Pipeline.Listener listener) {
        ResponseFill response = acc.get(config.signal()).response.get(o);
        Bins truthBins = response.truthBinning();
        Bins recoBins = response.recoBinning();
        double[] data = data(config, o, acc);
        double[] dataVariance = dataVariance(config, o, acc, data);
        List<Histogram> backgrounds = new ArrayList<>();
        config.backgrounds().forEach(name -> backgrounds.add(acc.get(name).reco.get(o)));
        long toySeed = config.pseudoDataSeed() * 17 + o.ordinal();
        UnfoldResult out = UnfoldStep.unfold(config.method(), config.toys(), config.toysOnResponse(), toySeed,
                new UnfoldStep.Input(response.migrations(),
                response.migrations2(), response.missed(), response.fakes(), data, dataVariance, config.backgrounds(),
                backgrounds,
                truthBins, recoBins));
        listener.info(String.format(java.util.Locale.ROOT, "unfolding: %s, %s, %d reco -> %d truth bins%s",
                o.key(), config.method().key(), recoBins.nBins(), truthBins.nBins(),
                out.tau() > 0 ? String.format(java.util.Locale.ROOT, ", tau %.3g", out.tau())
                        : out.iterations() > 0 ? ", " + out.iterations() + " iterations" : ""));
        Histogram background = new Histogram(recoBins);
        backgrounds.forEach(h -> background.add(h, 1.0));
        double lumiPb = config.lumiInvFb() * SampleInfo.INV_PB_PER_INV_FB;
        List<String> leftOut = new ArrayList<>();
        Map<org.dineutrino.systematics.Variation, double[]> shifts = variations.isEmpty() ? Map.of()
                : variations.shifts(config, o, acc, out, data, dataVariance, scaled(out.unfolded(), 1 / lumiPb),
                leftOut, listener);
        Histogram injectedTruth = config.injection() == null ? null
                : acc.get(config.injection().sample()).injectedTruth.get(o);
        return crossSection(config, o, response, out, data, background, injectedTruth, shifts, leftOut);
    }

    /**
     * Poisson variance of the data (its counts), plus for pseudo-data the MC statistical
     * variance of the samples it was made from: their expectation is itself a finite-sample
     * estimate, fluctuating like the response sample does.
     */
    private static double[] dataVariance(RunConfig config, Observable o, Map<String, Pipeline.SampleAccumulator> acc,
                                         double[] data) {
        double[] variance = data.clone();
        if (config.pseudoData()) {
            for (String name : config.data()) {
                double[] w2 = acc.get(name).reco.get(o).sumWeights2();
                for (int r = 0; r < variance.length; r++) {
                    variance[r] += w2[r];
                }
            }
            if (config.injection() != null) {
                double k = config.injection().scale();
                double[] w2 = acc.get(config.injection().sample()).reco.get(o).sumWeights2();
                for (int r = 0; r < variance.length; r++) {
                    variance[r] += k * k * w2[r];
                }
            }
        }
        return variance;
    }

    private static double[] data(RunConfig config, Observable o, Map<String, Pipeline.SampleAccumulator> acc) {
        Histogram sum = null;
        for (String name : config.data()) {
            Histogram h = acc.get(name).reco.get(o);
            if (sum == null) {
                sum = new Histogram(h.binning());
            }
            sum.add(h, 1.0);
        }
        if (config.injection() != null) {
            sum.add(acc.get(config.injection().sample()).reco.get(o), config.injection().scale());
        }
        double[] expected = sum.sumWeights();
        if (!config.pseudoData() || !config.fluctuate()) {
            return expected;
        }
        Well19937c rng = new Well19937c(config.pseudoDataSeed() * 31 + o.ordinal());
        double[] out = new double[expected.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = expected[r] > 0 ? new PoissonDistribution(rng, expected[r], PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
        }
        return out;
    }

    private static RunResult.ObservableResult crossSection(RunConfig config, Observable o, ResponseFill response,
                                                           UnfoldResult out, double[] data, Histogram background,
                                                           Histogram injectedTruth,
                                                           Map<org.dineutrino.systematics.Variation, double[]> shifts,
                                                           List<String> leftOut) {
        Bins bins = response.truthBinning();
        int n = bins.nBins();
        double lumiPb = config.lumiInvFb() * SampleInfo.INV_PB_PER_INV_FB;
        double perEvent2 = 1 / (lumiPb * lumiPb);
        double[] sigma = scaled(out.unfolded(), 1 / lumiPb);
        double[][] cov = scaled(out.covariance().getData(), perEvent2);
        double[][] covMc = scaled(out.covarianceResponse().getData(), perEvent2);
        double[] truthSigma = scaled(response.truth().sumWeights(), 1 / lumiPb);
        double[] truthVar = scaled(response.truth().sumWeights2(), perEvent2);
        if (injectedTruth != null) {
            // the truth of the BSM closure: the SM signal plus k times the injected signal's particle level
            double k = config.injection().scale();
            double[] bsm = injectedTruth.sumWeights();
            double[] bsm2 = injectedTruth.sumWeights2();
            for (int b = 0; b < n; b++) {
                truthSigma[b] += k * bsm[b] / lumiPb;
                truthVar[b] += k * k * bsm2[b] * perEvent2;
            }
        }
        double[] stat = new double[n];
        double[] mcStat = new double[n];
        double[] dSigma = new double[n];
        double[] dSigmaStat = new double[n];
        double[] dSigmaMcStat = new double[n];
        double[] truthD = new double[n];
        double[] truthDStat = new double[n];
        double[] pulls = new double[n];
        for (int a = 0; a < n; a++) {
            double w = bins.plotWidth(a);
            stat[a] = Math.sqrt(Math.max(0, cov[a][a]));
            mcStat[a] = Math.sqrt(Math.max(0, covMc[a][a]));
            dSigma[a] = sigma[a] / w;
            dSigmaStat[a] = stat[a] / w;
            dSigmaMcStat[a] = mcStat[a] / w;
            truthD[a] = truthSigma[a] / w;
            truthDStat[a] = Math.sqrt(truthVar[a]) / w;
            double denom = Math.sqrt(cov[a][a] + covMc[a][a] + truthVar[a]);
            pulls[a] = denom > 0 ? (sigma[a] - truthSigma[a]) / denom : 0;
        }
        double[][] total = sum(cov, covMc);
        double chi2 = chi2(sigma, truthSigma, total, truthVar);
        double pValue = 1 - new ChiSquaredDistribution(n).cumulativeProbability(chi2);
        double[] signalReco = rowSums(response.migrations());
        Binning x = bins.axes().get(0);
        double[] edgesY = bins.axes().size() > 1 ? bins.axes().get(1).edges() : null;
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            labels.add(bins.label(b));
        }
        return new RunResult.ObservableResult(o.key(), o.label(), o.unit(), x.edges(), x.overflow(), edgesY, labels,
                config.method().key(), out.tau(), out.iterations(), out.rhoAvg(), sigma, stat, cov, mcStat, covMc,
                correlation(total), dSigma, dSigmaStat, dSigmaMcStat, truthSigma, truthD, truthDStat, pulls, chi2, n,
                pValue, sum(sigma), Math.sqrt(Math.max(0, sumAll(cov))), Math.sqrt(Math.max(0, sumAll(covMc))),
                sum(truthSigma), orZeros(out.purity(), n),
                orZeros(out.stability(), n), out.efficiency(), toys(out.toys(), n, lumiPb), data,
                background.sumWeights(), signalReco, response.fakes().sumWeights(),
                shifts.isEmpty() ? null
                        : SystematicsAssembly.assemble(bins, sigma, total, truthSigma, truthVar, shifts, leftOut));
    }

    /** The toy study in cross-section units, or null without toys. */
    private static RunResult.Toys toys(UnfoldResult.ToySummary t, int n, double lumiPb) {
        if (t == null) {
            return null;
        }
        return new RunResult.Toys(t.nToys(), t.nFailed(), t.pullMean(), t.pullWidth(), t.coverage(),
                scaled(t.bias(), 1 / lumiPb));
    }

    private static double[] orZeros(double[] v, int n) {
        return v == null ? new double[n] : v;
    }

    static double[] scaled(double[] v, double factor) {
        return Arrays.stream(v).map(x -> x * factor).toArray();
    }

    private static double[][] scaled(double[][] m, double factor) {
        return Arrays.stream(m).map(row -> scaled(row, factor)).toArray(double[][]::new);
    }

    static double[][] sum(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                out[i][j] = a[i][j] + b[i][j];
            }
        }
        return out;
    }

    /** chi^2 = d^T (C + diag(v))^+ d, through an eigen-decomposition (the covariance may be only semi-definite). */
    static double chi2(double[] measured, double[] predicted, double[][] cov, double[] predictedVariance) {
        int n = measured.length;
        RealMatrix c = new Array2DRowRealMatrix(n, n);
        RealVector d = new ArrayRealVector(n);
        for (int a = 0; a < n; a++) {
            d.setEntry(a, measured[a] - predicted[a]);
            for (int b = 0; b < n; b++) {
                c.setEntry(a, b, 0.5 * (cov[a][b] + cov[b][a]) + (a == b ? predictedVariance[a] : 0));
            }
        }
        EigenDecomposition eig = new EigenDecomposition(c);
        double[] values = eig.getRealEigenvalues();
        double max = Arrays.stream(values).map(Math::abs).max().orElse(0);
        double chi2 = 0;
        for (int k = 0; k < n; k++) {
            if (values[k] > PSEUDO_INVERSE_RELATIVE_CUTOFF * max) {
                double proj = eig.getEigenvector(k).dotProduct(d);
                chi2 += proj * proj / values[k];
            }
        }
        return chi2;
    }

    static double[][] correlation(double[][] cov) {
        int n = cov.length;
        double[][] rho = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double s = Math.sqrt(cov[a][a] * cov[b][b]);
                rho[a][b] = s > 0 ? cov[a][b] / s : (a == b ? 1 : 0);
            }
        }
        return rho;
    }

    private static double[] rowSums(double[][] m) {
        return Arrays.stream(m).mapToDouble(ResultAssembly::sum).toArray();
    }

    private static double sum(double[] v) {
        return Arrays.stream(v).sum();
    }

    private static double sumAll(double[][] m) {
        return Arrays.stream(m).mapToDouble(ResultAssembly::sum).sum();
    }

    static List<RunResult.SampleCutflow> cutflows(RunConfig config, Map<String, Pipeline.SampleAccumulator> acc,
                                                  Map<String, SampleInfo> samples) {
        List<String> steps = new ArrayList<>();
        steps.add("kept events (generation preselection)");
        for (CutStep s : CutStep.values()) {
            steps.add(s.label(config.cuts()));
        }
        List<String> channels = new ArrayList<>();
        for (Channel c : Channel.values()) {
            channels.add(c.label());
        }
        channels.add("all");
        List<RunResult.SampleCutflow> out = new ArrayList<>();
        acc.forEach((name, a) -> out.add(cutflow(name, samples.get(name), a.cutflow, steps, channels, config)));
        return out;
    }

    private static RunResult.SampleCutflow cutflow(String name, SampleInfo info, Cutflow cf, List<String> steps,
                                                   List<String> channels, RunConfig config) {
        double[][] yields = new double[cf.nRows()][Cutflow.N_COLUMNS];
        double[][] errors = new double[cf.nRows()][Cutflow.N_COLUMNS];
        long[][] counts = new long[cf.nRows()][Cutflow.N_COLUMNS];
        for (int r = 0; r < cf.nRows(); r++) {
            for (int c = 0; c < Cutflow.N_COLUMNS; c++) {
                yields[r][c] = cf.sumWeights(r, c);
                errors[r][c] = Math.sqrt(cf.sumWeights2(r, c));
                counts[r][c] = cf.count(r, c);
            }
        }
        return new RunResult.SampleCutflow(name, info.meta().process().shortName(), role(config, name), steps,
                channels, yields, errors, counts);
    }

    private static String role(RunConfig config, String name) {
        List<String> roles = new ArrayList<>();
        if (name.equals(config.signal())) {
            roles.add("signal");
        }
        if (config.backgrounds().contains(name)) {
            roles.add("background");
        }
        if (config.data().contains(name)) {
            roles.add(config.pseudoData() ? "pseudo-data" : "data");
        }
        if (config.injection() != null && config.injection().sample().equals(name)) {
            roles.add("injected × " + config.injection().scale());
        }
        return String.join(", ", roles);
    }

    /**
     * The expected composition of the selected events: the signal sample split into tt&#772; signal and
     * tt&#772; other where it has decay truth, then the backgrounds grouped by process, each with its share of
     * the total per channel.
     */
    static List<RunResult.CompositionRow> composition(RunConfig config, Map<String, Pipeline.SampleAccumulator> acc,
                                                      Map<String, SampleInfo> samples) {
        Map<String, double[][]> parts = new LinkedHashMap<>();
        Pipeline.SampleAccumulator signal = acc.get(config.signal());
        if (signal != null && signal.ttbarOther != null) {
            double[][] all = selected(signal.cutflow);
            double[][] other = selected(signal.ttbarOther);
            double[][] prompt = new double[2][Cutflow.N_COLUMNS];
            for (int c = 0; c < Cutflow.N_COLUMNS; c++) {
                prompt[0][c] = all[0][c] - other[0][c];
                prompt[1][c] = Math.max(0, all[1][c] - other[1][c]);
            }
            parts.put("tt̄ signal (both W → e or μ)", prompt);
            parts.put("tt̄ other (τ or hadronic W)", other);
        } else if (signal != null) {
            parts.put(samples.get(config.signal()).meta().process().label() + " (signal sample)",
                    selected(signal.cutflow));
        }
        for (String name : config.backgrounds()) {
            String part = samples.get(name).meta().process().label();
            double[][] s = selected(acc.get(name).cutflow);
            parts.merge(part, s, (a, b) -> {
                for (int k = 0; k < 2; k++) {
                    for (int c = 0; c < Cutflow.N_COLUMNS; c++) {
                        a[k][c] += b[k][c];
                    }
                }
                return a;
            });
        }
        double[] total = new double[Cutflow.N_COLUMNS];
        parts.values().forEach(p -> {
            for (int c = 0; c < total.length; c++) {
                total[c] += p[0][c];
            }
        });
        List<RunResult.CompositionRow> out = new ArrayList<>();
        parts.forEach((part, p) -> {
            double[] errors = new double[Cutflow.N_COLUMNS];
            double[] fractions = new double[Cutflow.N_COLUMNS];
            for (int c = 0; c < errors.length; c++) {
                errors[c] = Math.sqrt(p[1][c]);
                fractions[c] = total[c] > 0 ? p[0][c] / total[c] : 0;
            }
            out.add(new RunResult.CompositionRow(part, p[0], errors, fractions));
        });
        return out;
    }

    /** Sum of weights and of squared weights after the last step, per column. */
    private static double[][] selected(Cutflow cf) {
        int last = cf.nRows() - 1;
        double[][] out = new double[2][Cutflow.N_COLUMNS];
        for (int c = 0; c < Cutflow.N_COLUMNS; c++) {
            out[0][c] = cf.sumWeights(last, c);
            out[1][c] = cf.sumWeights2(last, c);
        }
        return out;
    }

    /** Selected yield per sample at the run's luminosity. */
    static Map<String, Double> selectedYields(Map<String, Pipeline.SampleAccumulator> acc) {
        Map<String, Double> out = new LinkedHashMap<>();
        acc.forEach((name, a) -> out.put(name, a.cutflow.sumWeights(a.cutflow.nRows() - 1, Cutflow.TOTAL)));
        return out;
    }

    static RunResult.Provenance provenance(RunConfig config, Map<String, SampleInfo> samples, Instant started) {
        List<RunResult.SampleProvenance> list = new ArrayList<>();
        for (SampleInfo s : samples.values()) {
            list.add(new RunResult.SampleProvenance(s.name(), s.id(), s.checksum(), s.meta().generatorVersion(),
                    s.meta().seed(), s.nEvents(), s.meta().crossSectionPb(), s.meta().sumGenWeights()));
        }
        return new RunResult.Provenance(RunConfigJson.write(config), AppVersion.get(), list,
                config.pseudoDataSeed(), started.toString(), Instant.now().toString());
    }
}
