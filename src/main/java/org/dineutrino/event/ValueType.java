package org.dineutrino.event;

/** The primitive type of a column. */
public enum ValueType {
    /** 64-bit floating point, held as {@code double[]}. */
    DOUBLE,
    /** 32-bit integer, held as {@code int[]}: counts, charges, flags, codes. */
    INT
}
