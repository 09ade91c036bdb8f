package dev.storm;

/**
 * The table STORM was told to use does not exist (DynamoDB answered {@code ResourceNotFoundException}); the message
 * names the table and how to create it ({@link TableDefinition#create}). Thread-safe (immutable).
 */
public class TableNotFoundException extends StormException {

    private static final long serialVersionUID = 1L;

    public TableNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
