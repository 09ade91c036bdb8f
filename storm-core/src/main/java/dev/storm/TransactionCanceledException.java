package dev.storm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * DynamoDB cancelled a {@link Transaction}: nothing in it was written. {@link #failures()} names each operation that
 * made it fail, in the order the operations were added, with the model, its keys and the reason.
 *
 * <pre>{@code
 * try {
 *     Transaction.atomic(tx -> { tx.create(order); tx.check(account, Account_.status.eq("OPEN")); });
 * } catch (TransactionCanceledException e) {
 *     e.failures().get(0).reason();   // e.g. Reason.ALREADY_EXISTS for operation 0
 * }
 * }</pre>
 */
public class TransactionCanceledException extends StormException {

    private static final long serialVersionUID = 1L;

    private final transient List<Failure> failures;

    public TransactionCanceledException(List<Failure> failures, Throwable cause) {
        super(message(failures), cause);
        this.failures = List.copyOf(failures);
    }

    /** The operations that made the transaction fail, at least one. */
    public List<Failure> failures() {
        return failures;
    }

    private static String message(List<Failure> failures) {
        return "Transaction cancelled, nothing was written: " + failures.stream()
                .map(Failure::toString).collect(Collectors.joining("; "));
    }

    /** Why DynamoDB refused an operation. */
    public enum Reason {
        /** A create found an item with the same keys. */
        ALREADY_EXISTS,
        /** An update or check found no item. */
        DOES_NOT_EXIST,
        /** The stored {@code @Version} differs from the model's, or the item changed since STORM read it. */
        VERSION_CONFLICT,
        /** A {@code @Field(unique = true)} value is held by another item. */
        UNIQUE_VALUE_TAKEN,
        /** A user condition ({@code check}, or a conditional write) did not hold. */
        CONDITION_FAILED,
        /** Another transaction was writing the same item; retrying usually succeeds. */
        TRANSACTION_CONFLICT,
        /** The table or item was throttled. */
        THROTTLED,
        /** Anything else DynamoDB reported; the message holds its code. */
        OTHER
    }

    /**
     * One failed operation: its position among the transaction's operations (from 0), what it was, the model and
     * keys of the item it addressed (for a uniqueness guard, the guard item's keys), the reason and an explanation.
     * Model and keys are null only when DynamoDB cancelled a read transaction without naming an item.
     */
    public record Failure(int index, String operation, Model<?> model, String pk, String sk, Reason reason,
                          String message) {

        @Override
        public String toString() {
            return "operation " + index + " (" + operation + ") failed with " + reason + ": " + message;
        }
    }
}
