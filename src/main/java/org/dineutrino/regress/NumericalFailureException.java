package org.dineutrino.regress;

/** A numerical failure the user should see, such as a training loss that became NaN. */
public final class NumericalFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NumericalFailureException(String message) {
        super(message);
    }
}
