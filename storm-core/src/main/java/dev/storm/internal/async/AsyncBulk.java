package dev.storm.internal.async;

import dev.storm.BulkGetResult;
import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.internal.batch.BatchGetItemOperation;
import dev.storm.internal.batch.BatchGetItemOperation.Key;
import dev.storm.internal.batch.BatchWriteItemOperation;
import dev.storm.internal.batch.BatchWriteItemOperation.Pending;
import dev.storm.internal.batch.BulkReads.ReadTally;
import dev.storm.internal.batch.BulkWrites;
import dev.storm.internal.batch.RetryState;
import dev.storm.internal.batch.WriteTally;
import dev.storm.internal.schema.ModelSchema;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The asynchronous bulk calls: the batches, the chunks, the retry decisions and the account of every item are the
 * blocking calls' ({@link BulkWrites}, {@link WriteTally}, {@link ReadTally}, {@link RetryState}); only sending
 * differs. Up to the options' concurrency of chunks are in flight at once, and a retry after backoff is scheduled on
 * a timer, so no thread sleeps or waits: a bulk call holds no thread while its requests travel.
 */
public final class AsyncBulk {

    private AsyncBulk() {
    }

    /** bulkSave: the batch is checked now, on the calling thread, before anything is sent. */
    public static <M> CompletableFuture<BulkResult> save(AsyncTarget target, ModelSchema<M> schema,
                                                         Collection<M> models, BulkOptions options) {
        return write(target, schema.name(), BulkWrites.saveBatch(target.requests(), schema, models), options);
    }

    /** bulkDelete: the batch is checked now, on the calling thread, before anything is sent. */
    public static <M> CompletableFuture<BulkResult> delete(AsyncTarget target, ModelSchema<M> schema,
                                                           Collection<M> models, BulkOptions options) {
        return write(target, schema.name(), BulkWrites.deleteBatch(schema, models), options);
    }

    /** bulkGet: the keys are checked now, on the calling thread, before anything is sent. */
    public static <M> CompletableFuture<BulkGetResult<M>> get(AsyncTarget target, ModelSchema<M> schema,
                                                              Collection<M> keys, BulkOptions options) {
        ReadTally<M> tally = new ReadTally<>(schema, keys, options,
                RetryState.Retrying.toListeners(target.requests(), "BatchGetItem", schema.name()));
        String table = target.tableName();
        return run(tally.chunks(), options.concurrency(), chunk -> retry(tally.start(chunk),
                sent -> target.batchGetItem(schema.name(), BatchGetItemOperation.request(table, sent))
                        .thenApply(response -> BatchGetItemOperation.remaining(table, sent, response,
                                tally::found))))
                .thenApply(done -> tally.result());
    }

    private static CompletableFuture<BulkResult> write(AsyncTarget target, String model, BulkWrites.Batch batch,
                                                       BulkOptions options) {
        WriteTally tally = new WriteTally(batch.operation(), batch.items(), options,
                RetryState.Retrying.toListeners(target.requests(), "BatchWriteItem", model));
        String table = target.tableName();
        return run(tally.chunks(), options.concurrency(), chunk -> retry(tally.start(chunk),
                sent -> target.batchWriteItem(model, BatchWriteItemOperation.request(table, sent)).thenApply(response ->
                        tally.sent(sent, BatchWriteItemOperation.unprocessed(table, sent, response)))))
                .thenApply(done -> tally.result());
    }

    /** Runs the chunks with at most {@code concurrency} in flight: each lane takes the next chunk when one ends. */
    static <C> CompletableFuture<Void> run(List<C> chunks, int concurrency,
                                           Function<C, CompletableFuture<Void>> work) {
        Queue<C> queue = new ConcurrentLinkedQueue<>(chunks);
        int lanes = Math.max(1, Math.min(concurrency, chunks.size()));
        CompletableFuture<?>[] all = new CompletableFuture<?>[lanes];
        for (int i = 0; i < lanes; i++) {
            all[i] = lane(queue, work);
        }
        return CompletableFuture.allOf(all);
    }

    private static <C> CompletableFuture<Void> lane(Queue<C> queue, Function<C, CompletableFuture<Void>> work) {
        C chunk = queue.poll();
        if (chunk == null) {
            return CompletableFuture.completedFuture(null);
        }
        return work.apply(chunk).thenCompose(done -> lane(queue, work));
    }

    /**
     * Sends one chunk until the state says stop; a retry waits its backoff on a timer. Completes when every element
     * is done or reported failed by the state; fails only on an error that is not DynamoDB's (a bug, an Error).
     */
    static <T> CompletableFuture<Void> retry(RetryState<T> state,
                                             Function<List<T>, CompletableFuture<List<T>>> send) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        step(state, send, done);
        return done;
    }

    private static <T> void step(RetryState<T> state, Function<List<T>, CompletableFuture<List<T>>> send,
                                 CompletableFuture<Void> done) {
        if (!state.sendNow(false)) {
            done.complete(null);
            return;
        }
        Futures.call(() -> send.apply(state.remaining())).whenComplete((left, error) -> {
            try {
                if (error == null) {
                    state.sent(left);
                } else {
                    Throwable cause = Futures.unwrap(error);
                    if (!(cause instanceof RuntimeException e)) {
                        done.completeExceptionally(cause);
                        return;
                    }
                    if (!state.failed(e)) {
                        done.complete(null);
                        return;
                    }
                }
                if (state.remaining().isEmpty()) {
                    done.complete(null);
                    return;
                }
                later(state.nextWaitNanos()).execute(() -> step(state, send, done));
            } catch (RuntimeException | Error unexpected) {
                done.completeExceptionally(unexpected);
            }
        });
    }

    // the JDK's shared timer thread hands the task over when the delay has passed; sending it is non-blocking
    private static Executor later(long nanos) {
        return nanos <= 0 ? Runnable::run : CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS,
                Runnable::run);
    }
}
