package org.dineutrino.run;

import java.util.List;
import java.util.Map;
import org.dineutrino.select.Bins;
import org.dineutrino.select.FiducialCuts;
import org.dineutrino.select.Observable;
import org.dineutrino.select.SelectionCuts;

/**
 * A validated run configuration: which samples play which part, the luminosity, the
 * cuts, the bins and the unfolding method. {@link RunConfigJson} reads and writes it
 * in the form {@code POST /api/runs} accepts.
 *
 * @param signal           the tt̄ sample that fills the response matrix (its non-fiducial events are the fakes)
 * @param backgrounds      background templates, subtracted from data
 * @param data             the samples that make the data: collision data, or simulated samples summed at
 *                         the run's luminosity as pseudo-data
 * @param pseudoData       whether {@code data} is simulation to be weighted to the luminosity
 * @param fluctuate        whether pseudo-data is Poisson-fluctuated (false only for closure tests)
 * @param pseudoDataSeed   seed of the Poisson fluctuation
 * @param lumiInvFb        integrated luminosity [fb^-1]
 * @param metModel         for MetSource.MODEL the stored model ("name" or "name vN"), else null
 * @param unfold           false for a selection-only run: cutflows and reco histograms, no unfolding
 *                         (the signal sample is then optional)
 * @param toys             Poisson toy experiments per observable (data and response) for pulls and
 *                         coverage; 0 for none
 * @param toysOnResponse   whether the toys also fluctuate the response (its MC statistics), not only the data
 * @param binnings         per observable: the truth (particle-level) and reco bins
 * @param systematics      which systematic sources the run evaluates
 * @param alternatives     alternative-sample variation key ({@code mtopUp}, {@code twDs}, ...) to the name of
 *                         the sample that replaces the nominal one for it
 */
public record RunConfig(String name, String signal, List<String> backgrounds, List<String> data, boolean pseudoData,
                        boolean fluctuate, long pseudoDataSeed, double lumiInvFb, MetSource metSource, String metModel,
                        UnfoldingMethod method, boolean unfold, int toys, boolean toysOnResponse,
                        SelectionCuts cuts, FiducialCuts fiducial,
                        Map<Observable, ObservableBinning> binnings, SystematicsChoice systematics,
                        Map<String, String> alternatives, Injection injection) {

    /**
     * A signal injected into the pseudo-data for the BSM closure test (DESIGN.md "Closure and comparison"):
     * {@code scale} times the sample's reconstructed events join the pseudo-data, and its particle level,
     * neutralinos included in p_T^nunu, joins the truth the result is compared with.
     */
    public record Injection(String sample, double scale) {
    }

    /** Full Run 2: 2016 pre-VFP 19.52 + post-VFP 16.81 + 2017 41.48 + 2018 59.83 fb^-1 (DESIGN.md). */
    public static final double FULL_RUN2_LUMI_INV_FB = 137.64;

    /** The bins of one observable at both levels. */
    public record ObservableBinning(Bins truth, Bins reco) {
    }

    /** The same configuration with another model reference (e.g. resolved to an exact version). */
    public RunConfig withMetModel(String model) {
        return new RunConfig(name, signal, backgrounds, data, pseudoData, fluctuate, pseudoDataSeed, lumiInvFb,
                metSource, model, method, unfold, toys, toysOnResponse, cuts, fiducial, binnings, systematics,
                alternatives, injection);
    }

    /** The same configuration with other sample references (e.g. ids resolved to names). */
    public RunConfig withSamples(String newSignal, List<String> newBackgrounds, List<String> newData) {
        return new RunConfig(name, newSignal, newBackgrounds, newData, pseudoData, fluctuate, pseudoDataSeed,
                lumiInvFb, metSource, metModel, method, unfold, toys, toysOnResponse, cuts, fiducial, binnings,
                systematics, alternatives, injection);
    }

    /** The same configuration with another choice of systematic sources (e.g. the default resolved). */
    public RunConfig withSystematics(SystematicsChoice choice) {
        return new RunConfig(name, signal, backgrounds, data, pseudoData, fluctuate, pseudoDataSeed, lumiInvFb,
                metSource, metModel, method, unfold, toys, toysOnResponse, cuts, fiducial, binnings, choice,
                alternatives, injection);
    }

    /** The same configuration with other alternative samples (e.g. ids resolved to names). */
    public RunConfig withAlternatives(Map<String, String> newAlternatives) {
        return new RunConfig(name, signal, backgrounds, data, pseudoData, fluctuate, pseudoDataSeed, lumiInvFb,
                metSource, metModel, method, unfold, toys, toysOnResponse, cuts, fiducial, binnings, systematics,
                newAlternatives, injection);
    }

    /** The same configuration with another injected signal (e.g. its id resolved to a name). */
    public RunConfig withInjection(Injection newInjection) {
        return new RunConfig(name, signal, backgrounds, data, pseudoData, fluctuate, pseudoDataSeed, lumiInvFb,
                metSource, metModel, method, unfold, toys, toysOnResponse, cuts, fiducial, binnings, systematics,
                alternatives, newInjection);
    }

    /** All sample names the run reads, each once. */
    public List<String> sampleNames() {
        return java.util.stream.Stream.of(java.util.stream.Stream.ofNullable(signal), backgrounds.stream(),
                data.stream(), java.util.stream.Stream.ofNullable(injection == null ? null : injection.sample()))
                .flatMap(x -> x).distinct().toList();
    }
}
