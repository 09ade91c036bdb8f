package dev.storm.internal.write;

import dev.storm.StormException;
import dev.storm.VersionConflictException;
import dev.storm.internal.batch.Backoff;
import dev.storm.internal.transaction.FailureKind;
import dev.storm.internal.transaction.OperationFailure;
import dev.storm.internal.transaction.PlannedWrite;
import dev.storm.internal.transaction.WritePlan;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * One write that moves uniqueness guards, as the steps a sender runs and the decisions between them, the same for the
 * blocking and the asynchronous senders: make the reads the {@link Draft}'s {@link #planning} needs, {@link #plan} the
 * TransactWriteItems, send it (its transient cancellations sent again as
 * {@link dev.storm.internal.transaction.TransactRetry} decides), then {@link #retry}: done, or another attempt from
 * a fresh read after a wait (another writer changed the item between the read and the write), or the exception the
 * cancellation means. When done, {@link #reread} (an update reads its item back) and {@link #result}.
 * Not thread-safe: one per call, its steps run one after another (on whichever thread).
 *
 * @param <R> what the write gives the caller
 */
public final class GuardedCall<R> implements Write<R> {

    static final int ATTEMPTS = 8;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(5), Duration.ofMillis(200));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Draft draft;
    private final GetItemRequest reread;
    private final BiFunction<List<PlannedWrite>, GetItemResponse, R> result;
    private final long deadline = System.nanoTime() + PATIENCE.toNanos();
    private int attempt;
    private List<PlannedWrite> planned;
    private OperationFailure stale;

    GuardedCall(Draft draft, GetItemRequest reread, BiFunction<List<PlannedWrite>, GetItemResponse, R> result) {
        this.draft = draft;
        this.reread = reread;
        this.result = result;
    }

    /** The simple name of the model written, for what listeners are told. */
    public String model() {
        return draft.model();
    }

    /** The planning of this attempt: the consistent reads it needs, one after another, then its items. */
    public Draft.Planning planning() {
        return draft.planning();
    }

    /** The transaction of this attempt, once its planning made every read it needs. */
    public WritePlan plan(Draft.Planning planning) {
        planned = planning.plan();
        WritePlan plan = new WritePlan();
        plan.add(planned);
        return plan;
    }

    /**
     * What the transaction's failures mean: null when there are none (it was applied); the wait before the next
     * attempt, which reads and plans again, when the item changed after it was read; else it throws the exception to
     * report.
     */
    public Duration retry(List<OperationFailure> failures) {
        if (failures.isEmpty()) {
            return null;
        }
        stale = null;
        for (OperationFailure f : failures) {
            if (f.failure().kind() == FailureKind.CHANGED_SINCE_READ) {
                stale = f;
            }
        }
        if (stale == null) {
            OperationFailure first = failures.get(0);
            throw Failures.exception(first.failure(), first.cause());
        }
        long left = deadline - System.nanoTime();
        if (++attempt >= ATTEMPTS || left <= 0) {
            throw gaveUp();
        }
        return Duration.ofNanos(Math.min(BACKOFF.delayNanos(attempt - 1), left));
    }

    /** The exception when no attempt is left (or the wait was interrupted) after the item kept changing. */
    public StormException gaveUp() {
        return new VersionConflictException(stale.failure().message() + "; gave up after " + attempt
                + " attempts", stale.cause());
    }

    /** The consistent read to make after the transaction was applied, or null when none is needed. */
    public GetItemRequest reread() {
        return reread;
    }

    /** What the call gives, given the answer to {@link #reread()} (null when none was made). */
    public R result(GetItemResponse found) {
        return result.apply(planned, found);
    }
}
