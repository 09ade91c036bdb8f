package dev.storm;

/**
 * A Step Functions template or state that cannot be built: a binding to a field the model does not declare or to a
 * field of another model, an empty expression, arguments that do not fit the operation. Templates are built without
 * a network, so nothing was sent to DynamoDB.
 */
public class InvalidTemplateException extends StormException {

    private static final long serialVersionUID = 1L;

    public InvalidTemplateException(String message) {
        super(message);
    }

    public InvalidTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
