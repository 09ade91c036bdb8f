package dev.storm.internal.batch;

import dev.storm.BulkFailure;
import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.Model;
import dev.storm.internal.batch.BatchWriteItemOperation.Pending;
import java.util.ArrayList;
import java.util.List;

/**
 * The account of one bulk write, however its chunks are sent: which items were written, and why each other one was
 * not. Each item's slots are touched by the one send of its chunk at a time, and read when every chunk is done.
 */
public final class WriteTally {

    private final String operation;
    private final List<Pending> items;
    private final String[] reasons;
    private final Throwable[] causes;
    private final boolean[] written;
    private final long deadlineNanos;
    private final BulkOptions options;
    private final RetryState.Retrying retrying;

    public WriteTally(String operation, List<Pending> items, BulkOptions options, RetryState.Retrying retrying) {
        this.retrying = retrying;
        this.operation = operation;
        this.items = items;
        this.reasons = new String[items.size()];
        this.causes = new Throwable[items.size()];
        this.written = new boolean[items.size()];
        this.deadlineNanos = System.nanoTime() + options.deadline().toNanos();
        this.options = options;
    }

    /** The items in chunks of one BatchWriteItem each. */
    public List<List<Pending>> chunks() {
        return chunks(items, BatchWriteItemOperation.MAX_ITEMS);
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /** How one chunk stands before its first send, with the call's backoff and deadline. */
    public RetryState<Pending> start(List<Pending> chunk) {
        return new RetryState<>(chunk, new Backoff(options.baseDelay(), options.maxDelay()), deadlineNanos,
                options.deadline(), this::failed, retrying);
    }

    /** A send of these items returned these as unprocessed; returns them. */
    public List<Pending> sent(List<Pending> sent, List<Pending> left) {
        for (Pending p : sent) {
            written[p.index()] = true;
        }
        for (Pending p : left) {
            written[p.index()] = false;
        }
        return left;
    }

    private void failed(List<Pending> failed, String reason, Throwable cause) {
        for (Pending p : failed) {
            reasons[p.index()] = reason;
            causes[p.index()] = cause;
        }
    }

    /** The call's result: every item written, or failed with its reason. */
    public BulkResult result() {
        int succeeded = 0;
        List<BulkFailure> failures = new ArrayList<>();
        for (Pending p : items) {
            if (written[p.index()]) {
                succeeded++;
            } else {
                failures.add(new BulkFailure((Model<?>) p.model(),
                        reasons[p.index()] != null ? reasons[p.index()] : "not sent", causes[p.index()]));
            }
        }
        return new BulkResult(operation, succeeded, failures);
    }
}
