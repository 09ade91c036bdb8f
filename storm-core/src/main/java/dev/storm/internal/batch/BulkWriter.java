package dev.storm.internal.batch;

import dev.storm.BulkFailure;
import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.Model;
import dev.storm.internal.batch.BatchWriteItemOperation.Pending;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes validated, distinct items in chunks of 25, with the concurrency, backoff and deadline of the call's
 * {@link BulkOptions}, and accounts for every item: written, or failed with its reason.
 */
final class BulkWriter {

    private BulkWriter() {
    }

    static BulkResult write(Target target, String model, String operation, List<Pending> items,
                            BulkOptions options) {
        long deadline = System.nanoTime() + options.deadline().toNanos();
        RetryLoop<Pending> loop = new RetryLoop<>(new Backoff(options.baseDelay(), options.maxDelay()), deadline,
                options.deadline(), (pending, attempt, reason, delay) ->
                        target.retrying("BatchWriteItem", model, pending, attempt, delay, reason));
        String[] reasons = new String[items.size()];
        Throwable[] causes = new Throwable[items.size()];
        boolean[] written = new boolean[items.size()];
        List<List<Pending>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BatchWriteItemOperation.MAX_ITEMS) {
            chunks.add(items.subList(from, Math.min(items.size(), from + BatchWriteItemOperation.MAX_ITEMS)));
        }
        // Each item's slots are touched only by the thread that owns its chunk, and read after the pool has ended.
        ChunkRunner.run(chunks, options.concurrency(), chunk -> loop.run(chunk, sent -> {
            List<Pending> left = BatchWriteItemOperation.execute(target, model, sent);
            for (Pending p : sent) {
                written[p.index()] = true;
            }
            for (Pending p : left) {
                written[p.index()] = false;
            }
            return left;
        }, (failed, reason, cause) -> {
            for (Pending p : failed) {
                reasons[p.index()] = reason;
                causes[p.index()] = cause;
            }
        }));
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
