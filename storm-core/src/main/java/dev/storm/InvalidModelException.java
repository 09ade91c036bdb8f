package dev.storm;

/**
 * A model class that STORM cannot map: a missing pk field, an unsupported field type, two fields with one attribute name. Thrown when the model is first used; the annotation processor reports the same problems at compile time. Nothing was sent to DynamoDB.
 */
public class InvalidModelException extends StormException {

    private static final long serialVersionUID = 1L;

    public InvalidModelException(String message) {
        super(message);
    }

    public InvalidModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
