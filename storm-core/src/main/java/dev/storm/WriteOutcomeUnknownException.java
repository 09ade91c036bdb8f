package dev.storm;

/**
 * DynamoDB's answer to a write was lost (a network error or a server error after the request left), and the write
 * is one that would apply twice if sent again (an {@link F} or {@code add} update), so STORM did not let it be resent:
 * the write was applied once or not at all, and only reading the item tells which. Thread-safe (immutable).
 *
 * <pre>{@code
 * try {
 *     counter.update(Counter_.hits.set(F.of(Counter_.hits).plus(1)));
 * } catch (WriteOutcomeUnknownException e) {
 *     Counter now = Counter.objects.get(Counter_.id.eq(counter.id()));   // decide from what is stored
 * }
 * }</pre>
 */
public class WriteOutcomeUnknownException extends StormException {

    private static final long serialVersionUID = 1L;

    public WriteOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
