package dev.storm;

/**
 * The root of every error STORM throws. Unchecked; a message names the model, the field and the value at fault.
 */
public class StormException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StormException(String message) {
        super(message);
    }

    public StormException(String message, Throwable cause) {
        super(message, cause);
    }
}
