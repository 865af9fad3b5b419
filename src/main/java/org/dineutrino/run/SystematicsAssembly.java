package org.dineutrino.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.dineutrino.select.Bins;
import org.dineutrino.systematics.ShiftCovariance;
import org.dineutrino.systematics.SourceUncertainty;
import org.dineutrino.systematics.SystematicGroup;
import org.dineutrino.systematics.Variation;
import org.dineutrino.systematics.VariationRole;

/**
 * Turns the shifts of a run's variations into its systematic result for one observable: the covariance of
 * each source, their sums by group and in total, the total covariance with the statistical ones, and chi^2
 * against the truth with it.
 */
final class SystematicsAssembly {

    private SystematicsAssembly() {
    }

    /**
     * @param sigmaPb   nominal cross section [pb per bin]
     * @param statPb2   statistical plus response MC statistical covariance [pb^2]
     * @param truthPb   the truth [pb per bin], and truthVarPb2 its MC variance
     * @param shifts    per variation its shift [pb per bin], in catalogue order
     * @param leftOut   why each variation that could not be unfolded is missing
     */
    static RunResult.Systematics assemble(Bins bins, double[] sigmaPb, double[][] statPb2, double[] truthPb,
                                          double[] truthVarPb2, Map<Variation, double[]> shifts,
                                          List<String> leftOut) {
        List<SourceUncertainty> sources = bySource(shifts);
        Map<SystematicGroup, List<double[][]>> byGroup = new EnumMap<>(SystematicGroup.class);
        sources.forEach(s -> byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s.covariance()));
        List<RunResult.GroupUncertainty> groups = new ArrayList<>();
        byGroup.forEach((g, list) -> {
            double[] sigma = sqrtDiagonal(ShiftCovariance.sum(list));
            groups.add(new RunResult.GroupUncertainty(g.label(), sigma, relative(sigma, sigmaPb)));
        });
        double[][] syst = ShiftCovariance.sum(sources.stream().map(SourceUncertainty::covariance).toList());
        double[][] total = ResultAssembly.sum(statPb2, syst);
        double[] sigmaTotal = sqrtDiagonal(total);
        double[] dSigmaTotal = new double[sigmaTotal.length];
        for (int a = 0; a < dSigmaTotal.length; a++) {
            dSigmaTotal[a] = sigmaTotal[a] / bins.plotWidth(a);
        }
        // chi^2 through the pseudo-inverse: sums of delta delta^T are only semi-definite (ResultAssembly.chi2)
        double chi2 = ResultAssembly.chi2(sigmaPb, truthPb, total, truthVarPb2);
        double p = 1 - new ChiSquaredDistribution(sigmaPb.length).cumulativeProbability(chi2);
        List<RunResult.SourceShift> shiftsOut = new ArrayList<>();
        for (SourceUncertainty s : sources) {
            List<String> keys = shifts.keySet().stream().filter(v -> v.source().equals(s.source()))
                    .map(Variation::key).toList();
            String role = roleLabel(Variation.ofSource(s.source()).get(0).role());
            shiftsOut.add(new RunResult.SourceShift(s.source(), s.group().label(), keys, role, s.up(), s.down(),
                    diagonal(s.covariance())));
        }
        return new RunResult.Systematics(shiftsOut, groups, syst, sqrtDiagonal(syst), total, sigmaTotal, dSigmaTotal,
                chi2, p, List.copyOf(leftOut));
    }

    /** The shifts grouped by source, in catalogue order, each source's covariance by its role. */
    static List<SourceUncertainty> bySource(Map<Variation, double[]> shifts) {
        Map<String, Map<Variation, double[]>> bySource = new LinkedHashMap<>();
        shifts.forEach((v, d) -> bySource.computeIfAbsent(v.source(), k -> new LinkedHashMap<>()).put(v, d));
        return bySource.values().stream().map(ShiftCovariance::forSource).toList();
    }

    private static String roleLabel(VariationRole role) {
        return switch (role) {
            case UP, DOWN -> "up/down";
            case ONE_SIDED -> "one-sided";
            case ENVELOPE_MEMBER -> "envelope";
            case HESSIAN_MEMBER -> "hessian";
        };
    }

    private static double[] diagonal(double[][] m) {
        double[] out = new double[m.length];
        for (int a = 0; a < out.length; a++) {
            out[a] = m[a][a];
        }
        return out;
    }

    private static double[] sqrtDiagonal(double[][] m) {
        double[] out = diagonal(m);
        for (int a = 0; a < out.length; a++) {
            out[a] = Math.sqrt(Math.max(0, out[a]));
        }
        return out;
    }

    private static double[] relative(double[] sigma, double[] reference) {
        double[] out = new double[sigma.length];
        for (int a = 0; a < out.length; a++) {
            out[a] = reference[a] != 0 ? sigma[a] / Math.abs(reference[a]) : 0;
        }
        return out;
    }
}
