package dev.storm.internal.batch;

import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.internal.batch.BatchWriteItemOperation.Pending;
import dev.storm.internal.target.Target;
import java.util.List;

/**
 * Writes validated, distinct items in chunks of 25, with the concurrency, backoff and deadline of the call's
 * {@link BulkOptions}, on threads of the call's own, and accounts for every item: written, or failed with its reason.
 */
final class BulkWriter {

    private BulkWriter() {
    }

    static BulkResult write(Target target, String model, String operation, List<Pending> items,
                            BulkOptions options) {
        WriteTally tally = new WriteTally(operation, items, options, RetryState.Retrying.toListeners(target,
                "BatchWriteItem", model));
        // Each item's slots are touched only by the thread that owns its chunk, and read after the pool has ended.
        ChunkRunner.run(tally.chunks(), options.concurrency(), chunk -> RetryLoop.run(tally.start(chunk),
                sent -> tally.sent(sent, BatchWriteItemOperation.execute(target, model, sent))));
        return tally.result();
    }
}
