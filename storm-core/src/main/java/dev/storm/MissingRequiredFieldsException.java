package dev.storm;

/**
 * A save or create of a model whose key fields are not all set; the message lists every missing one. Nothing was written.
 */
public class MissingRequiredFieldsException extends StormException {

    private static final long serialVersionUID = 1L;

    public MissingRequiredFieldsException(String message) {
        super(message);
    }

    public MissingRequiredFieldsException(String message, Throwable cause) {
        super(message, cause);
    }
}
