package dev.storm;

/**
 * No item matches the keys asked for (a get, or an update of an item that is not there). Nothing was written.
 */
public class ObjectDoesNotExistException extends StormException {

    private static final long serialVersionUID = 1L;

    public ObjectDoesNotExistException(String message) {
        super(message);
    }

    public ObjectDoesNotExistException(String message, Throwable cause) {
        super(message, cause);
    }
}
