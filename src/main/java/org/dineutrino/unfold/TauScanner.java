package org.dineutrino.unfold;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Chooses τ by a scan over log-spaced points t = log10 τ, as TUnfold's ScanLcurve and
 * TUnfoldDensity's ScanTau do:
 *
 * <ul>
 *   <li>L-curve: X(t) = log10 χ²_A, Y(t) = log10 (x − x₀)ᵀLᵀL(x − x₀) are interpolated by natural
 *       cubic splines; τ maximises the curvature κ = (X′Y″ − Y′X″)/(X′² + Y′²)^{3/2};
 *   <li>ρ scans: τ minimises the average (or maximum) global correlation; the minimum of the grid
 *       is refined with Brent's method on the exact function between its neighbours.
 * </ul>
 *
 * Without a range, τ_max follows TUnfold's guess: τ_max² (x₀ − x)ᵀLᵀL(x₀ − x)|_{τ=0} = χ²_A|_{τ=0}
 * + 3√(ndf + 1), and τ_min = τ_max × 10<sup>−{@value #AUTO_DECADES}</sup>.
 */
final class TauScanner {

    /** Decades below the automatic τ_max that an automatic range spans. */
    static final int AUTO_DECADES = 4;

    /**
     * Argument floor of the L-curve logarithms, so that a zero χ² stays finite (log10 gives
     * −307.7).
     */
    static final double LOG_FLOOR = Double.MIN_NORMAL;

    /**
     * χ²_A below which the data count as the folded response itself (an MC closure): the L-curve
     * then has no corner (TUnfold's documented no-go case). Round-off of a closure leaves χ²_A ~
     * 1e-20; any real data set has χ²_A of order ndf.
     */
    static final double LCURVE_MIN_CHI2 = 1e-10;

    /** Brent's relative and absolute tolerances in t = log10 τ, and its evaluation budget. */
    private static final double BRENT_RELATIVE = 1e-8;

    private static final double BRENT_ABSOLUTE = 1e-10;
    private static final int BRENT_EVALUATIONS = 200;

    private TauScanner() {}

    /**
     * The fixed part of a Tikhonov problem.
     *
     * @param model the response
     * @param m y and V_yy
     * @param lTl LᵀL
     * @param bias x₀
     * @param area area constraint
     */
    record Problem(ResponseModel model, Measurement m, double[] lTl, double[] bias, boolean area) {

        LinearSolution solve(double tau) {
            return LinearUnfolding.solve(model, m, lTl, tau, bias, area);
        }

        /** One scan point at τ. */
        UnfoldResult.ScanPoint point(double tau) {
            LinearSolution s = solve(tau);
            int nTruth = model.nTruth();
            double[] vxx = Flat.sandwich(s.sensitivity(), nTruth, model.nReco(), m.covariance());
            double[] rho =
                    Covariances.globalCorrelations(
                            vxx,
                            nTruth,
                            Covariances.pseudoInverse(vxx, nTruth, "unfolded covariance"));
            return new UnfoldResult.ScanPoint(
                    tau,
                    log(Fit.chi2A(model, m, s.x())),
                    log(s.regularisationTerm()),
                    mean(rho),
                    max(rho));
        }
    }

    /**
     * The scan and the τ it chooses.
     *
     * @param points the grid points
     * @param tau the chosen τ
     */
    record Scan(List<UnfoldResult.ScanPoint> points, double tau) {}

    /**
     * Scans and chooses τ.
     *
     * @param kind LCURVE, RHO_AVG or RHO_MAX
     * @param tauMin lower end (> 0), or 0 with tauMax 0 for automatic
     * @param nPoints number of log-spaced points, ≥ 3
     */
    static Scan scan(
            Problem problem,
            UnfoldSettings.TauChoice.Kind kind,
            double tauMin,
            double tauMax,
            int nPoints) {
        double[] range =
                tauMin == 0.0 && tauMax == 0.0 ?
                        automaticRange(problem) :
                        new double[] {tauMin, tauMax};
        requireRange(range[0], range[1], nPoints);
        double t0 = Math.log10(range[0]);
        double step = (Math.log10(range[1]) - t0) / (nPoints - 1);
        List<UnfoldResult.ScanPoint> points = new ArrayList<>(nPoints);
        for (int k = 0; k < nPoints; k++) {
            points.add(problem.point(Math.pow(10.0, t0 + k * step)));
        }
        double tau =
                kind == UnfoldSettings.TauChoice.Kind.LCURVE ?
                        lcurveCorner(points) :
                        correlationMinimum(problem, points, kind);
        return new Scan(List.copyOf(points), tau);
    }

    private static void requireRange(double tauMin, double tauMax, int nPoints) {
        if (!(tauMin > 0.0) || !(tauMax > tauMin) || !Double.isFinite(tauMax) || nPoints < 3) {
            throw new InputDataException(
                    "τ scan needs 0 < tauMin < tauMax and tauPoints ≥ 3, got tauMin " +
                            tauMin +
                            ", tauMax " +
                            tauMax +
                            ", tauPoints " +
                            nPoints +
                            " (give both ends as 0 for an automatic range)");
        }
    }

    /** TUnfold's automatic range from the unregularised solution. */
    static double[] automaticRange(Problem problem) {
        LinearSolution unregularised = unregularised(problem);
        double chi2 = Fit.chi2A(problem.model(), problem.m(), unregularised.x());
        double lx2 = unregularised.regularisationTerm();
        int ndf =
                problem.m().inverse().rank() - problem.model().nTruth() - (problem.area() ? 1 : 0);
        if (!(lx2 > 0.0)) {
            throw new InputDataException(
                    "automatic τ range: the unregularised result has zero regularisation term (x" +
                        " equals the bias), so no τ scale follows; give tauMin and tauMax");
        }
        double logTauMax =
                0.5
                        * (Math.log10(chi2 + 3.0 * Math.sqrt(Math.max(0, ndf) + 1.0)) -
                                Math.log10(lx2));
        return new double[] {Math.pow(10.0, logTauMax - AUTO_DECADES), Math.pow(10.0, logTauMax)};
    }

    private static LinearSolution unregularised(Problem problem) {
        try {
            return problem.solve(0.0);
        } catch (InputDataException e) {
            throw new InputDataException(
                    "automatic τ range: it starts from the unregularised solution, which is not"
                            + " defined here (" + e.getMessage() + "); give tauMin and tauMax");
        }
    }

    /** τ of maximum L-curve curvature on the splines through the scan points. */
    static double lcurveCorner(List<UnfoldResult.ScanPoint> points) {
        int n = points.size();
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            UnfoldResult.ScanPoint p = points.get(k);
            requireLcurvePoint(p);
            t[k] = Math.log10(p.tau());
            x[k] = p.lcurveX();
            y[k] = p.lcurveY();
        }
        SplineInterpolator interpolator = new SplineInterpolator();
        PolynomialSplineFunction sx = interpolator.interpolate(t, x);
        PolynomialSplineFunction sy = interpolator.interpolate(t, y);
        DoubleUnaryOperator curvature = curvature(sx, sy);
        int best = argBest(t, curvature, true);
        return Math.pow(10.0, refine(curvature, t, best, GoalType.MAXIMIZE));
    }

    private static void requireLcurvePoint(UnfoldResult.ScanPoint p) {
        if (p.lcurveX() <= Math.log10(LCURVE_MIN_CHI2) || p.lcurveY() <= Math.log10(LOG_FLOOR)) {
            throw new InputDataException(
                    "L-curve undefined at τ = " +
                            p.tau() +
                            ": χ²_A or the regularisation term is 0 (data equal to the folded" +
                            " bias?); the L-curve needs fluctuating data: use tau rho-avg or a" +
                            " fixed τ");
        }
    }

    /** κ(t) = (X′Y″ − Y′X″)/(X′² + Y′²)^{3/2}; −∞ where both first derivatives vanish. */
    private static DoubleUnaryOperator curvature(
            PolynomialSplineFunction sx, PolynomialSplineFunction sy) {
        PolynomialSplineFunction dx = sx.polynomialSplineDerivative();
        PolynomialSplineFunction dy = sy.polynomialSplineDerivative();
        PolynomialSplineFunction ddx = dx.polynomialSplineDerivative();
        PolynomialSplineFunction ddy = dy.polynomialSplineDerivative();
        return t -> {
            double x1 = dx.value(t);
            double y1 = dy.value(t);
            double norm = x1 * x1 + y1 * y1;
            if (!(norm > 0.0)) {
                return Double.NEGATIVE_INFINITY;
            }
            return (x1 * ddy.value(t) - y1 * ddx.value(t)) / Math.pow(norm, 1.5);
        };
    }

    /** Index of the largest (or smallest) f(t[k]). */
    private static int argBest(double[] t, DoubleUnaryOperator f, boolean largest) {
        int best = 0;
        double bestValue = f.applyAsDouble(t[0]);
        for (int k = 1; k < t.length; k++) {
            double value = f.applyAsDouble(t[k]);
            if (largest ? value > bestValue : value < bestValue) {
                best = k;
                bestValue = value;
            }
        }
        return best;
    }

    /**
     * Brent's search for the extremum of f between t[best − 1] and t[best + 1]; t[best] if not
     * better.
     */
    private static double refine(DoubleUnaryOperator f, double[] t, int best, GoalType goal) {
        double lo = t[Math.max(0, best - 1)];
        double hi = t[Math.min(t.length - 1, best + 1)];
        UnivariatePointValuePair pair =
                new BrentOptimizer(BRENT_RELATIVE, BRENT_ABSOLUTE)
                        .optimize(
                                new MaxEval(BRENT_EVALUATIONS),
                                new UnivariateObjectiveFunction(f::applyAsDouble),
                                goal,
                                new SearchInterval(lo, hi, t[best]));
        double start = f.applyAsDouble(t[best]);
        boolean better =
                goal == GoalType.MAXIMIZE ? pair.getValue() > start : pair.getValue() < start;
        return better ? pair.getPoint() : t[best];
    }

    /** τ of minimum ρ_avg (or ρ_max), refined on the exact function. */
    private static double correlationMinimum(
            Problem problem,
            List<UnfoldResult.ScanPoint> points,
            UnfoldSettings.TauChoice.Kind kind) {
        boolean average = kind == UnfoldSettings.TauChoice.Kind.RHO_AVG;
        double[] t = new double[points.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = Math.log10(points.get(k).tau());
        }
        int best = 0;
        for (int k = 1; k < t.length; k++) {
            if (rho(points.get(k), average) < rho(points.get(best), average)) {
                best = k;
            }
        }
        DoubleUnaryOperator f = logTau -> rho(problem.point(Math.pow(10.0, logTau)), average);
        return Math.pow(10.0, refine(f, t, best, GoalType.MINIMIZE));
    }

    private static double rho(UnfoldResult.ScanPoint p, boolean average) {
        return average ? p.rhoAvg() : p.rhoMax();
    }

    private static double log(double value) {
        return Math.log10(Math.max(value, LOG_FLOOR));
    }

    static double mean(double[] v) {
        return v.length == 0 ? 0.0 : Flat.sum(v) / v.length;
    }

    static double max(double[] v) {
        double max = 0.0;
        for (double x : v) {
            max = Math.max(max, x);
        }
        return max;
    }
}
