package dev.storm;

/**
 * A page cursor that STORM cannot continue from: not one it made, altered, or made for another model or query
 * (another partition, sort-key condition, filter, index or direction). Nothing was sent to DynamoDB.
 */
public class InvalidCursorException extends StormException {

    private static final long serialVersionUID = 1L;

    public InvalidCursorException(String message) {
        super(message);
    }

    public InvalidCursorException(String message, Throwable cause) {
        super(message, cause);
    }
}
