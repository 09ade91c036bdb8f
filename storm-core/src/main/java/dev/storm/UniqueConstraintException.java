package dev.storm;

/**
 * A write would give a {@code @Field(unique = true)} value to a second item: another item already holds it (its
 * uniqueness guard exists), or two operations of one transaction claim it. Nothing was written.
 */
public class UniqueConstraintException extends StormException {

    private static final long serialVersionUID = 1L;

    public UniqueConstraintException(String message) {
        super(message);
    }

    public UniqueConstraintException(String message, Throwable cause) {
        super(message, cause);
    }
}
