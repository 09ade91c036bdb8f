package dev.storm.internal.async;

import dev.storm.internal.key.TableKey;
import dev.storm.internal.transaction.TransactGetItemsOperation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The asynchronous TransactGetItems: the request the blocking {@link TransactGetItemsOperation} builds, sent through
 * the async client, its answer and its cancellations judged by the same steps, and every wait before sending it again
 * scheduled on a timer, so that no thread sleeps. Stateless and thread-safe.
 */
public final class AsyncTransactGet {

    private AsyncTransactGet() {
    }

    /** Completes with the stored item of each key, null when none is stored, in the order of the keys. */
    public static CompletableFuture<List<Map<String, AttributeValue>>> items(AsyncTarget target, String model,
                                                                            Map<TableKey, Object> keys) {
        TransactGetItemsRequest request = TransactGetItemsOperation.request(target.tableName(), keys.keySet());
        return send(target, model, request, new TransactGetItemsOperation.Attempts(keys));
    }

    private static CompletableFuture<List<Map<String, AttributeValue>>> send(
            AsyncTarget target, String model, TransactGetItemsRequest request,
            TransactGetItemsOperation.Attempts attempts) {
        return target.transactGetItems(model, request).handle((response, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(TransactGetItemsOperation.items(response));
            }
            Throwable cause = Futures.unwrap(error);
            if (!(cause instanceof TransactionCanceledException canceled)) {
                throw Futures.rethrow(cause);
            }
            Duration wait = attempts.next(canceled);
            return AsyncWrites.after(wait).thenCompose(ignored -> send(target, model, request, attempts));
        }).thenCompose(Function.identity());
    }
}
