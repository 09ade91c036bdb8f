package dev.storm;

/**
 * A transaction DynamoDB would refuse: no operations, more than 100 items, the same item twice, more than 4 MB, or a
 * {@link Transaction} used after its {@code atomic} block ended. Raised before anything is sent.
 */
public class InvalidTransactionException extends StormException {

    private static final long serialVersionUID = 1L;

    public InvalidTransactionException(String message) {
        super(message);
    }
}
