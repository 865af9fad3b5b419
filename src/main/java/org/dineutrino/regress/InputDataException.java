package org.dineutrino.regress;

/**
 * Input data that the MET regression cannot use (a non-finite feature, an empty sample), with a
 * message meant for the user: what, where (feature, event), and how to fix it.
 */
public final class InputDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputDataException(String message) {
        super(message);
    }
}
