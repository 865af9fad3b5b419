package org.dineutrino.unfold;

/**
 * Input that cannot be unfolded as given: mismatched lengths, an empty truth bin, negative data, a
 * covariance that is not positive semi-definite, a response that leaves a truth bin undetermined.
 * The message names the quantity, the value received, the value expected and where (bin index), and
 * the fix when one is known. It is an {@link IllegalArgumentException} because the caller (or the
 * JSON case) supplied the input.
 */
public final class InputDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, where, and how to fix it
     */
    public InputDataException(String message) {
        super(message);
    }
}
