package dev.storm;

/**
 * A query that cannot be built: a missing partition-key value, an index the model has no key for, a condition on an attribute the model does not declare. Nothing was sent to DynamoDB.
 */
public class InvalidQueryException extends StormException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
