package dev.storm.internal.transaction;

import dev.storm.internal.batch.Backoff;
import java.time.Duration;
import java.util.List;

/**
 * When a cancelled TransactWriteItems is sent again, decided alike for the blocking and the asynchronous senders: a
 * cancellation caused only by conflicts with other transactions or by throttling wrote nothing and says nothing
 * about the items, so the same writes are sent again after a backoff (with a new idempotency token: the old one names
 * a request that has ended), at most {@value #ATTEMPTS} times in all and for at most 30 seconds. Not thread-safe:
 * one per transaction, asked after each of its attempts in turn.
 */
public final class TransactRetry {

    static final int ATTEMPTS = 10;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(10), Duration.ofMillis(500));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final long deadline = System.nanoTime() + PATIENCE.toNanos();
    private int attempt;

    /** The wait before sending the writes again, or null when the failures of this attempt are the answer. */
    public Duration next(List<OperationFailure> failures) {
        long left = deadline - System.nanoTime();
        if (!allTransient(failures) || ++attempt >= ATTEMPTS || left <= 0) {
            return null;
        }
        return Duration.ofNanos(Math.min(BACKOFF.delayNanos(attempt - 1), left));
    }

    private static boolean allTransient(List<OperationFailure> failures) {
        for (OperationFailure f : failures) {
            if (!f.failure().kind().isTransient()) {
                return false;
            }
        }
        return true;
    }
}
