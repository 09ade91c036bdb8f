package dev.storm.internal.batch;

import java.time.Duration;
import java.util.List;

/**
 * Sends one chunk of a bulk operation until every element is done, the error is not retryable, or the deadline
 * passes. Each send returns the elements DynamoDB left unprocessed; those, or the whole chunk after a retryable
 * error, are sent again after a backoff that grows with the number of sends in a row that made no progress.
 * Whatever is left at the end is handed to the failure callback with the reason, so nothing is dropped silently.
 *
 * @param <T> an element of the chunk
 */
final class RetryLoop<T> {

    /** Sends elements and returns those left unprocessed. */
    @FunctionalInterface
    interface Send<T> {
        List<T> send(List<T> elements);
    }

    /** Told before elements are sent again: how many, after how many sends without progress, why, after what wait. */
    @FunctionalInterface
    interface Retrying {
        void retrying(int pending, int attempt, String reason, Duration delay);
    }

    /** Records elements that will not be done. */
    @FunctionalInterface
    interface Fail<T> {
        void fail(List<T> elements, String reason, Throwable cause);
    }

    private final Backoff backoff;
    private final long deadlineNanos;
    private final Duration deadline;
    private final Retrying retrying;

    RetryLoop(Backoff backoff, long deadlineNanos, Duration deadline, Retrying retrying) {
        this.backoff = backoff;
        this.deadlineNanos = deadlineNanos;
        this.deadline = deadline;
        this.retrying = retrying;
    }

    void run(List<T> chunk, Send<T> send, Fail<T> fail) {
        List<T> remaining = chunk;
        int idle = 0;
        String lastReason = null;
        Throwable lastError = null;
        while (!remaining.isEmpty()) {
            if (Thread.currentThread().isInterrupted()) {
                fail.fail(remaining, lastReason == null ? "not sent: the bulk call was interrupted"
                        : lastReason + ", then the bulk call was interrupted", lastError);
                return;
            }
            if (System.nanoTime() - deadlineNanos >= 0) {
                fail.fail(remaining, lastReason == null ? "not sent before the deadline of " + deadline + " passed"
                        : lastReason + " until the deadline of " + deadline + " passed", lastError);
                return;
            }
            try {
                List<T> left = send.send(remaining);
                idle = left.size() < remaining.size() ? 0 : idle + 1;
                remaining = left;
                lastReason = "returned as unprocessed by DynamoDB";
                lastError = null;
            } catch (RuntimeException e) {
                if (!RetryableErrors.isRetryable(e)) {
                    fail.fail(remaining, "refused by DynamoDB: " + RetryableErrors.describe(e), e);
                    return;
                }
                idle++;
                lastReason = "failed with " + RetryableErrors.describe(e);
                lastError = e;
            }
            if (!remaining.isEmpty()) {
                long wait = Math.max(0, Math.min(backoff.delayNanos(Math.max(0, idle - 1)),
                        deadlineNanos - System.nanoTime()));
                retrying.retrying(remaining.size(), idle, lastReason, Duration.ofNanos(wait));
                backoff.sleep(wait);
            }
        }
    }
}
