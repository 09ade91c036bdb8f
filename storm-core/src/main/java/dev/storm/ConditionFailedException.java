package dev.storm;

/**
 * The condition given to a conditional {@code save}, {@code update} or {@code delete} did not hold for the stored
 * item (or no item was stored). Nothing was written.
 */
public class ConditionFailedException extends StormException {

    private static final long serialVersionUID = 1L;

    public ConditionFailedException(String message) {
        super(message);
    }

    public ConditionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
