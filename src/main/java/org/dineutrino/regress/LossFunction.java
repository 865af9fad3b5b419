package org.dineutrino.regress;

/**
 * Robust per-component regression losses of the residual d = prediction - target, both in units
 * of the target scale (so that one unit is about one standard deviation of the target).
 */
public enum LossFunction {
    /** log(cosh(d)) = |d| + log(1 + exp(-2|d|)) - log(2): quadratic near 0, linear in the tails. */
    LOG_COSH,
    /** Huber: d^2 / 2 for |d| &lt;= delta, delta (|d| - delta / 2) beyond. */
    HUBER
}
