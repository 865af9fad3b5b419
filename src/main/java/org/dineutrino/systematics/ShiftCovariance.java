package org.dineutrino.systematics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Covariances of systematic sources from the shifts of their variations (DESIGN.md "Systematics"):
 * the mean of delta delta^T over an up/down pair, delta delta^T for a one-sided source, the sum over
 * the members of a Hessian set, and for an envelope delta delta^T of the vector that takes per bin the
 * member shift of largest magnitude, with its sign. Every result is a sum of outer products: positive
 * semi-definite, of low rank, and not invertible by Cholesky; whoever inverts one needs a
 * pseudo-inverse. Worked examples: {@code ShiftCovarianceTest}.
 */
public final class ShiftCovariance {

    private ShiftCovariance() {
    }

    /** (u u^T + d d^T) / 2 for the shifts u (up) and d (down) of a pair, same length. */
    public static double[][] upDown(double[] up, double[] down) {
        double[][] out = outer(up);
        double[][] d = outer(down);
        for (int a = 0; a < out.length; a++) {
            for (int b = 0; b < out.length; b++) {
                out[a][b] = 0.5 * (out[a][b] + d[a][b]);
            }
        }
        return out;
    }

    /** delta delta^T. */
    public static double[][] oneSided(double[] shift) {
        return outer(shift);
    }

    /** Sum over the members m of delta_m delta_m^T; the members have one length, at least one of them. */
    public static double[][] hessian(List<double[]> members) {
        return sum(members.stream().map(ShiftCovariance::outer).toList());
    }

    /** Per bin the member shift of largest magnitude, with its sign (the first member wins a tie). */
    public static double[] envelope(List<double[]> members) {
        double[] out = members.get(0).clone();
        for (double[] m : members) {
            for (int a = 0; a < out.length; a++) {
                if (Math.abs(m[a]) > Math.abs(out[a])) {
                    out[a] = m[a];
                }
            }
        }
        return out;
    }

    /** Element-wise sum of square matrices of one size; at least one. */
    public static double[][] sum(List<double[][]> matrices) {
        int n = matrices.get(0).length;
        double[][] out = new double[n][n];
        for (double[][] m : matrices) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    out[a][b] += m[a][b];
                }
            }
        }
        return out;
    }

    /**
     * One source's uncertainty from the shifts of its variations, by their role: a pair with only one side
     * evaluated counts that side as one-sided.
     *
     * @param shifts the evaluated variations of this source (one source, one role family) to their shift
     *               vectors, in catalogue order; at least one
     * @throws IllegalArgumentException when the variations feed more than one source
     */
    public static SourceUncertainty forSource(Map<Variation, double[]> shifts) {
        List<Variation> variations = new ArrayList<>(shifts.keySet());
        Variation first = variations.get(0);
        if (variations.stream().anyMatch(v -> !v.source().equals(first.source()))) {
            throw new IllegalArgumentException("shifts of several sources given together: " + variations
                    + "; pass one source's variations");
        }
        List<double[]> members = variations.stream().map(shifts::get).toList();
        return switch (first.role()) {
            case UP, DOWN -> pair(first, shifts);
            case ONE_SIDED -> new SourceUncertainty(first.source(), first.group(), members.get(0), null,
                    oneSided(members.get(0)));
            case HESSIAN_MEMBER -> hessianSource(first, members);
            case ENVELOPE_MEMBER -> {
                double[] e = envelope(members);
                yield new SourceUncertainty(first.source(), first.group(), e, null, oneSided(e));
            }
        };
    }

    private static SourceUncertainty pair(Variation any, Map<Variation, double[]> shifts) {
        double[] up = null;
        double[] down = null;
        for (var e : shifts.entrySet()) {
            if (e.getKey().role() == VariationRole.UP) {
                up = e.getValue();
            } else {
                down = e.getValue();
            }
        }
        double[][] cov = up != null && down != null ? upDown(up, down) : oneSided(up != null ? up : down);
        return new SourceUncertainty(any.source(), any.group(), up, down, cov);
    }

    private static SourceUncertainty hessianSource(Variation any, List<double[]> members) {
        double[][] cov = hessian(members);
        double[] up = new double[cov.length];
        double[] down = new double[cov.length];
        for (int a = 0; a < up.length; a++) {
            up[a] = Math.sqrt(Math.max(0, cov[a][a]));
            down[a] = -up[a];
        }
        return new SourceUncertainty(any.source(), any.group(), up, down, cov);
    }

    private static double[][] outer(double[] v) {
        double[][] out = new double[v.length][v.length];
        for (int a = 0; a < v.length; a++) {
            for (int b = 0; b < v.length; b++) {
                out[a][b] = v[a] * v[b];
            }
        }
        return out;
    }
}
