package org.dineutrino.run;

import java.util.List;
import java.util.Map;

/**
 * What a run measured, as {@code /api/runs/{id}/result} serves it and the result page
 * shows it. Cross sections are in pb per bin ({@code sigmaPb}) and pb per unit of the
 * observable ({@code dSigma}, the overflow bin divided by the width of the bin before it).
 */
public record RunResult(String runName, double lumiInvFb, String method, String metSource,
                        List<ObservableResult> observables, List<SampleCutflow> cutflows,
                        List<CompositionRow> composition, Map<String, Double> selectedYields,
                        Provenance provenance) {

    /**
     * One unfolded observable.
     *
     * @param edges         truth bin edges of the first axis (p_T^nunu for 2D); with overflow the last bin
     *                      runs from the last edge to infinity
     * @param edgesY        for 2D the second axis's edges (min dphi), else null; bin = ix + nx * iy
     * @param binLabels     each bin's range as text
     * @param sigmaPb       integrated cross section per bin [pb]
     * @param sigmaStatPb   its statistical uncertainty [pb]
     * @param covariancePb2 covariance of sigmaPb from the data and background statistics [pb^2]
     * @param covarianceMcPb2 covariance of sigmaPb from the response sample's MC statistics [pb^2]
     * @param sigmaMcStatPb its per-bin uncertainty [pb]
     * @param dSigma        sigmaPb divided by the plot width [pb per unit]
     * @param dSigmaStat    its uncertainty
     * @param truthDSigma   the signal simulation's particle-level prediction, same units
     * @param truthDSigmaStat its MC statistical uncertainty
     * @param pulls         (measured - truth) / sqrt(var data + var response MC + var truth MC) per bin
     * @param chi2          chi^2 of measured vs truth with the full covariance (data, response MC, truth MC)
     * @param pValue        p-value of chi2 for ndf degrees of freedom
     * @param systematics   the systematic uncertainties, or null for a run without them (and results stored
     *                      before runs had them)
     */
    public record ObservableResult(String key, String label, String unit, double[] edges, boolean overflow,
                                   double[] edgesY, List<String> binLabels,
                                   String method, double tau, int iterations, double rhoAvg,
                                   double[] sigmaPb, double[] sigmaStatPb, double[][] covariancePb2,
                                   double[] sigmaMcStatPb, double[][] covarianceMcPb2,
                                   double[][] correlation, double[] dSigma, double[] dSigmaStat, double[] dSigmaMcStat,
                                   double[] truthSigmaPb, double[] truthDSigma, double[] truthDSigmaStat,
                                   double[] pulls, double chi2, int ndf, double pValue, double fiducialSigmaPb,
                                   double fiducialSigmaStatPb, double fiducialSigmaMcStatPb,
                                   double truthFiducialSigmaPb, double[] purity,
                                   double[] stability, double[] efficiency, Toys toys, double[] recoData,
                                   double[] recoBackground, double[] recoSignal, double[] recoFakes,
                                   Systematics systematics) {
    }

    /**
     * The systematic uncertainties of one observable's cross section (DESIGN.md "Systematics").
     *
     * @param sources            every evaluated source, in catalogue order
     * @param groups             the sources summed by plot group, in the groups' order
     * @param covarianceSystPb2  sum of the sources' covariances [pb^2]: positive semi-definite
     * @param sigmaSystPb        its per-bin square root [pb]
     * @param covarianceTotalPb2 statistical + response MC statistical + systematic covariance [pb^2]
     * @param sigmaTotalPb       its per-bin square root [pb]
     * @param dSigmaTotal        sigmaTotalPb divided by the plot width [pb per unit]
     * @param chi2Total          chi^2 of measured vs truth with the total covariance (plus the truth's MC
     *                           variance), through a pseudo-inverse
     * @param pValueTotal        its p-value for ndf degrees of freedom
     * @param leftOut            per variation that could not be unfolded (too few events in its templates), why;
     *                           its source is then missing or one-sided
     */
    public record Systematics(List<SourceShift> sources, List<GroupUncertainty> groups,
                              double[][] covarianceSystPb2, double[] sigmaSystPb, double[][] covarianceTotalPb2,
                              double[] sigmaTotalPb, double[] dSigmaTotal, double chi2Total, double pValueTotal,
                              List<String> leftOut) {
    }

    /**
     * One source's shifts of the integrated cross section per bin [pb].
     *
     * @param variations  the catalogue keys evaluated for it
     * @param role        how its covariance is made: up/down, one-sided, envelope or Hessian
     * @param upPb        up shift (a pair), the shift (one-sided), the envelope, or +sqrt(variance) (Hessian)
     * @param downPb      down shift (a pair), -sqrt(variance) (Hessian), or null
     * @param variancePb2 diagonal of the source's covariance [pb^2]
     */
    public record SourceShift(String source, String group, List<String> variations, String role, double[] upPb,
                              double[] downPb, double[] variancePb2) {
    }

    /** One plot group's uncertainty per bin: absolute [pb] and relative to the measured cross section. */
    public record GroupUncertainty(String group, double[] sigmaPb, double[] relative) {
    }

    /**
     * Poisson toys thrown from the response truth (data and response fluctuated): per bin the
     * mean and width of the pulls, the coverage of the 1-sigma interval and the bias [pb].
     */
    public record Toys(int nToys, int nFailed, double[] pullMean, double[] pullWidth, double[] coverage,
                       double[] biasPb) {
    }

    /** Cutflow of one sample: rows by step, columns ee, mumu, emu, all. */
    public record SampleCutflow(String sample, String process, String role, List<String> steps,
                                List<String> channels, double[][] yields, double[][] yieldErrors, long[][] counts) {
    }

    /**
     * One part of the expected selected events: the tt&#772; signal sample split into signal (both W to e or
     * mu) and tt&#772; other (a tau or a hadronic W), then each background process. Columns ee, mumu, emu, all.
     *
     * @param yields    expected events after the full selection at the run's luminosity
     * @param errors    their MC statistical uncertainty
     * @param fractions yields over the sum of all parts, per column
     */
    public record CompositionRow(String part, double[] yields, double[] errors, double[] fractions) {
    }

    /** What the result was made from: enough to reproduce it bit for bit. */
    public record Provenance(String configJson, String applicationVersion, List<SampleProvenance> samples,
                             long pseudoDataSeed, String startedAt, String finishedAt) {
    }

    public record SampleProvenance(String name, long id, String checksum, String generatorVersion, Long seed,
                                   long nEvents, double crossSectionPb, double sumGenWeights) {
    }
}
