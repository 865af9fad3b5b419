package org.dineutrino.unfold;

/**
 * A numerical step failed although the input passed its checks: a decomposition that did not
 * converge, a τ scan whose curve has no usable extremum. The message names the step, the values
 * involved and what to try instead.
 */
public final class NumericalFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which step failed, with the values involved
     */
    public NumericalFailureException(String message) {
        super(message);
    }

    /**
     * @param message which step failed, with the values involved
     * @param cause the library exception behind it
     */
    public NumericalFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
