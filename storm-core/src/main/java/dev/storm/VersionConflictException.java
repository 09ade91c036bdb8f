package dev.storm;

/**
 * Another writer changed the item between the read this write was based on and the write itself: the stored
 * {@link Version} is not the one the model holds, or (for a model with unique fields) the item kept changing while
 * STORM moved its uniqueness guards. Nothing was written; read the item again and retry. Named so that it cannot be
 * confused with {@code java.util.ConcurrentModificationException} under {@code import java.util.*}. Thread-safe
 * (immutable).
 */
public class VersionConflictException extends StormException {

    private static final long serialVersionUID = 1L;

    public VersionConflictException(String message) {
        super(message);
    }

    public VersionConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
