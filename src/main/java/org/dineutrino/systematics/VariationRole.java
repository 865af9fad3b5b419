package org.dineutrino.systematics;

/**
 * How a variation's shift enters its source's covariance (DESIGN.md "Systematics"): the mean of
 * delta delta^T over an up/down pair, delta delta^T for a one-sided source, the bin-wise largest
 * shift of an envelope's members, the sum over the members of a Hessian set.
 */
public enum VariationRole {
    UP,
    DOWN,
    ONE_SIDED,
    ENVELOPE_MEMBER,
    HESSIAN_MEMBER
}
