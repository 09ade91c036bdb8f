package dev.storm;

/**
 * A create, or a save without override, found an item with the same keys already stored. Nothing was written.
 */
public class ObjectAlreadyExistsException extends StormException {

    private static final long serialVersionUID = 1L;

    public ObjectAlreadyExistsException(String message) {
        super(message);
    }

    public ObjectAlreadyExistsException(String message, Throwable cause) {
        super(message, cause);
    }
}
