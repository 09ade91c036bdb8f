package dev.storm.internal.batch;

import dev.storm.internal.target.Target;
import java.time.Duration;
import java.util.List;

/**
 * Where one chunk of a bulk call stands between sends: the elements still to send, how many sends in a row made no
 * progress, and why the last one did not finish. Both the blocking {@link RetryLoop} and the asynchronous loop decide
 * with it when to send again, how long to wait before, and when to give up; only how they wait differs. Not
 * thread-safe: one send at a time.
 *
 * @param <T> an element of the chunk
 */
public final class RetryState<T> {

    /** Records elements that will not be done. */
    @FunctionalInterface
    public interface Fail<T> {
        void fail(List<T> elements, String reason, Throwable cause);
    }

    /** Told before elements are sent again: how many, after how many sends without progress, why, after what wait. */
    @FunctionalInterface
    public interface Retrying {
        void retrying(int pending, int attempt, String reason, Duration delay);

        /** Tells the target's listeners, blocking or asynchronous calls alike, of each retry of the operation. */
        static Retrying toListeners(Target target, String operation, String model) {
            return (pending, attempt, reason, delay) -> target.retrying(operation, model, pending, attempt, delay,
                    reason);
        }
    }

    private final Backoff backoff;
    private final long deadlineNanos;
    private final Duration deadline;
    private final Fail<T> fail;
    private final Retrying retrying;
    private List<T> remaining;
    private int idle;
    private String lastReason;
    private Throwable lastError;

    public RetryState(List<T> chunk, Backoff backoff, long deadlineNanos, Duration deadline, Fail<T> fail,
                      Retrying retrying) {
        this.retrying = retrying;
        this.remaining = chunk;
        this.backoff = backoff;
        this.deadlineNanos = deadlineNanos;
        this.deadline = deadline;
        this.fail = fail;
    }

    /** The elements to send next. */
    public List<T> remaining() {
        return remaining;
    }

    /**
     * Whether to send {@link #remaining()} now: false when nothing is left, or when the call was interrupted or its
     * deadline passed, in which case what is left has been reported as failed.
     */
    public boolean sendNow(boolean interrupted) {
        if (remaining.isEmpty()) {
            return false;
        }
        if (interrupted) {
            fail.fail(remaining, lastReason == null ? "not sent: the bulk call was interrupted"
                    : lastReason + ", then the bulk call was interrupted", lastError);
            return false;
        }
        if (System.nanoTime() - deadlineNanos >= 0) {
            fail.fail(remaining, lastReason == null ? "not sent before the deadline of " + deadline + " passed"
                    : lastReason + " until the deadline of " + deadline + " passed", lastError);
            return false;
        }
        return true;
    }

    /** A send returned, with these elements left unprocessed by DynamoDB. */
    public void sent(List<T> left) {
        idle = left.size() < remaining.size() ? 0 : idle + 1;
        remaining = left;
        lastReason = "returned as unprocessed by DynamoDB";
        lastError = null;
    }

    /**
     * A send failed. True when the error is worth sending again for (throttling, a server or network error); false
     * when it is not, and the elements have been reported as failed with it.
     */
    public boolean failed(RuntimeException e) {
        if (!RetryableErrors.isRetryable(e)) {
            fail.fail(remaining, "refused by DynamoDB: " + RetryableErrors.describe(e), e);
            return false;
        }
        idle++;
        lastReason = "failed with " + RetryableErrors.describe(e);
        lastError = e;
        return true;
    }

    /** Waits on the calling thread before the next send; see {@link #nextWaitNanos()}. */
    void pause() {
        backoff.sleep(nextWaitNanos());
    }

    /**
     * The wait before the next send in nanoseconds, growing with the sends in a row that made no progress, never past
     * the deadline; the retry is announced with it.
     */
    public long nextWaitNanos() {
        long wait = Math.max(0, Math.min(backoff.delayNanos(Math.max(0, idle - 1)),
                deadlineNanos - System.nanoTime()));
        retrying.retrying(remaining.size(), idle, lastReason, Duration.ofNanos(wait));
        return wait;
    }
}
