package dev.storm.internal.async;

import dev.storm.internal.transaction.OperationFailure;
import dev.storm.internal.transaction.TransactRetry;
import dev.storm.internal.transaction.TransactWriteItemsOperation;
import dev.storm.internal.transaction.WritePlan;
import dev.storm.internal.write.Draft;
import dev.storm.internal.write.GuardedCall;
import dev.storm.internal.write.SingleWrite;
import dev.storm.internal.write.Write;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The asynchronous sender of the manager's writes and of transactions: it runs the steps and follows the decisions
 * of the blocking sender ({@link SingleWrite}, {@link GuardedCall}, {@link TransactRetry}), sending each request
 * through the async client and scheduling every wait on a timer ({@link CompletableFuture#delayedExecutor}), so that
 * no thread sleeps or waits for an answer.
 */
public final class AsyncWrites {

    private AsyncWrites() {
    }

    /** Sends the write and completes with what it gives, or fails with what the blocking call throws. */
    public static <R> CompletableFuture<R> send(AsyncTarget target, Write<R> write) {
        if (write instanceof SingleWrite<R> single) {
            return target.send(single);
        }
        GuardedCall<R> call = (GuardedCall<R>) write;
        return attempt(target, call).thenCompose(done -> {
            GetItemRequest reread = call.reread();
            return reread == null ? CompletableFuture.completedFuture(call.result(null))
                    : target.getItem(reread).thenApply(call::result);
        });
    }

    /** One attempt of a guarded write: read, plan, transact; then done, or the next attempt after its wait. */
    private static CompletableFuture<Void> attempt(AsyncTarget target, GuardedCall<?> call) {
        Draft.Planning planning = call.planning();
        return read(target, planning).thenCompose(done -> transact(target, call.plan(planning)))
                .thenCompose(failures -> {
                    Duration wait = call.retry(failures);
                    return wait == null ? CompletableFuture.<Void>completedFuture(null)
                            : after(wait).thenCompose(ignored -> attempt(target, call));
                });
    }

    /** Makes the reads the planning needs, one after another; completes when it can plan. */
    public static CompletableFuture<Void> read(AsyncTarget target, Draft.Planning planning) {
        GetItemRequest read = planning.read();
        if (read == null) {
            return CompletableFuture.completedFuture(null);
        }
        return target.getItem(read).thenCompose(response -> {
            planning.found(response);
            return read(target, planning);
        });
    }

    /**
     * Sends the plan as one TransactWriteItems, again after a scheduled wait while the cancellation was transient;
     * completes with nothing when it was applied, else with the writes DynamoDB named as reasons.
     */
    public static CompletableFuture<List<OperationFailure>> transact(AsyncTarget target, WritePlan plan) {
        return transact(target, plan, new TransactRetry());
    }

    private static CompletableFuture<List<OperationFailure>> transact(AsyncTarget target, WritePlan plan,
                                                                      TransactRetry retry) {
        return target.transactWriteItems(plan.request(UUID.randomUUID().toString())).handle((response, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(List.<OperationFailure>of());
            }
            Throwable cause = Futures.unwrap(error);
            if (!(cause instanceof TransactionCanceledException canceled)) {
                throw Futures.rethrow(cause);
            }
            List<OperationFailure> failures = TransactWriteItemsOperation.explain(plan, canceled);
            Duration wait = retry.next(failures);
            return wait == null ? CompletableFuture.completedFuture(failures)
                    : after(wait).thenCompose(ignored -> transact(target, plan, retry));
        }).thenCompose(Function.identity());
    }

    /** Completes after the wait, on a timer: nothing blocks meanwhile. */
    static CompletableFuture<Void> after(Duration wait) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS));
    }
}
