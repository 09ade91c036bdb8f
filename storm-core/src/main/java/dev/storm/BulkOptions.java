package dev.storm;

import java.time.Duration;
import java.util.Objects;

/**
 * How a bulk operation ({@link Manager#bulkSave}, {@link Manager#bulkDelete}, {@link Manager#bulkGet}) sends its
 * requests and retries what DynamoDB did not process. Requests are sent by {@code concurrency} threads at once;
 * unprocessed items, throttling and server errors are retried after an exponential backoff with full jitter (a random
 * wait between zero and {@code baseDelay × 2^n}, at most {@code maxDelay}, where {@code n} counts the calls in a row
 * that made no progress); whatever is still not done when {@code deadline} has passed since the call began is
 * reported as failed. An immutable value; thread-safe.
 *
 * <pre>{@code
 * BulkResult r = Order.objects.bulkSave(orders, BulkOptions.defaults().withDeadline(Duration.ofSeconds(30)));
 * }</pre>
 *
 * @param deadline    the longest the whole call may take, retries included
 * @param baseDelay   the first backoff's upper bound
 * @param maxDelay    the largest backoff
 * @param concurrency the number of requests in flight at once, from 1
 */
public record BulkOptions(Duration deadline, Duration baseDelay, Duration maxDelay, int concurrency) {

    private static final BulkOptions DEFAULTS = new BulkOptions(Duration.ofMinutes(5), Duration.ofMillis(50),
            Duration.ofSeconds(5), 4);

    public BulkOptions {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new InvalidValueException("BulkOptions.deadline must be positive, got " + deadline);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new InvalidValueException("BulkOptions needs 0 <= baseDelay <= maxDelay, got baseDelay="
                    + baseDelay + ", maxDelay=" + maxDelay);
        }
        if (concurrency < 1) {
            throw new InvalidValueException("BulkOptions.concurrency must be at least 1, got " + concurrency);
        }
    }

    /** A five-minute deadline, backoff from 50 ms up to 5 s, four requests in flight. */
    public static BulkOptions defaults() {
        return DEFAULTS;
    }

    /** These options with another deadline for the whole call. */
    public BulkOptions withDeadline(Duration value) {
        return new BulkOptions(value, baseDelay, maxDelay, concurrency);
    }

    /** These options with another first backoff bound. */
    public BulkOptions withBaseDelay(Duration value) {
        return new BulkOptions(deadline, value, maxDelay, concurrency);
    }

    /** These options with another largest backoff. */
    public BulkOptions withMaxDelay(Duration value) {
        return new BulkOptions(deadline, baseDelay, value, concurrency);
    }

    /** These options with another number of requests in flight. */
    public BulkOptions withConcurrency(int value) {
        return new BulkOptions(deadline, baseDelay, maxDelay, value);
    }
}
