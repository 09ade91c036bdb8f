package dev.storm.internal.batch;

import java.util.List;

/**
 * Sends one chunk of a bulk operation on the calling thread until every element is done, the error is not
 * retryable, or the deadline passes. Each send returns the elements DynamoDB left unprocessed; those, or the whole
 * chunk after a retryable error, are sent again after a backoff that grows with the number of sends in a row that
 * made no progress (see {@link RetryState}, which also reports whatever is left at the end as failed, with the
 * reason, so nothing is dropped silently).
 */
final class RetryLoop {

    /** Sends elements and returns those left unprocessed. */
    @FunctionalInterface
    interface Send<T> {
        List<T> send(List<T> elements);
    }

    private RetryLoop() {
    }

    static <T> void run(RetryState<T> state, Send<T> send) {
        while (state.sendNow(Thread.currentThread().isInterrupted())) {
            try {
                state.sent(send.send(state.remaining()));
            } catch (RuntimeException e) {
                if (!state.failed(e)) {
                    return;
                }
            }
            if (!state.remaining().isEmpty()) {
                state.pause();
            }
        }
    }
}
