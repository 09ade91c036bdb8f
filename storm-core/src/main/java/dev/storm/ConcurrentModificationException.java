package dev.storm;

/**
 * Another writer changed the item between the read this write was based on and the write itself: the stored
 * {@link Version} is not the one the model holds, or (for a model with unique fields) the item kept changing while
 * STORM moved its uniqueness guards. Nothing was written; read the item again and retry.
 */
public class ConcurrentModificationException extends StormException {

    private static final long serialVersionUID = 1L;

    public ConcurrentModificationException(String message) {
        super(message);
    }

    public ConcurrentModificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
