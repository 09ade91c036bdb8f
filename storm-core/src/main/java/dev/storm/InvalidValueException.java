package dev.storm;

/**
 * A value that cannot be stored or read as its field's type (a NaN number, an empty set, an attribute of the wrong DynamoDB type). Nothing was sent to DynamoDB.
 */
public class InvalidValueException extends StormException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }

    public InvalidValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
