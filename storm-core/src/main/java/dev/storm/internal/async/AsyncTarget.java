package dev.storm.internal.async;

import dev.storm.StormException;
import dev.storm.internal.target.Settings;
import dev.storm.internal.target.Target;
import dev.storm.internal.write.SingleWrite;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Where one asynchronous STORM call runs: the table name, captured when the call is made (requests are built then,
 * through {@link #requests()}, by the same builders the blocking calls use), and the {@link DynamoDbAsyncClient} the
 * requests are sent through. Nothing here reads a thread-local, so a completion may run on any thread. Immutable and
 * thread-safe.
 */
public final class AsyncTarget {

    private final Target requests;
    private final Supplier<DynamoDbAsyncClient> client;

    private AsyncTarget(Target requests, Supplier<DynamoDbAsyncClient> client) {
        this.requests = requests;
        this.client = client;
    }

    /** A target on this async client and table. */
    public static AsyncTarget of(DynamoDbAsyncClient client, String tableName) {
        Objects.requireNonNull(client, "client");
        return new AsyncTarget(Target.requestsOnly(tableName), () -> client);
    }

    /**
     * A target whose client is taken from {@code clientSource} only when a request is sent; a missing table name is
     * reported, as {@code noTableName} says, when a request needs it.
     */
    public static AsyncTarget resolving(String tableName, Supplier<DynamoDbAsyncClient> clientSource,
                                        Supplier<? extends RuntimeException> noTableName) {
        Objects.requireNonNull(clientSource, "clientSource");
        return new AsyncTarget(Target.resolving(tableName, () -> {
            throw new StormException("an asynchronous call sends its requests through its async client");
        }, noTableName, Settings.DEFAULT), clientSource);
    }

    /** The target the request builders take: it names the table and sends nothing. */
    public Target requests() {
        return requests;
    }

    public String tableName() {
        return requests.tableName();
    }

    public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
        return send(request, client.get()::getItem);
    }

    public CompletableFuture<QueryResponse> query(QueryRequest request) {
        return send(request, client.get()::query);
    }

    public CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request) {
        return send(request, client.get()::batchWriteItem);
    }

    public CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request) {
        return send(request, client.get()::batchGetItem);
    }

    public CompletableFuture<TransactWriteItemsResponse> transactWriteItems(TransactWriteItemsRequest request) {
        return send(request, client.get()::transactWriteItems);
    }

    /**
     * Sends a single-item write and completes with its result, or with the exception its failed condition means
     * (after the one read that judging it may need), exactly as the blocking call reports it.
     */
    public <R> CompletableFuture<R> send(SingleWrite<R> write) {
        CompletableFuture<? extends DynamoDbResponse> sent;
        if (write.request() instanceof PutItemRequest put) {
            sent = send(put, client.get()::putItem);
        } else if (write.request() instanceof UpdateItemRequest update) {
            sent = send(update, client.get()::updateItem);
        } else {
            sent = send((DeleteItemRequest) write.request(), client.get()::deleteItem);
        }
        return sent.handle((response, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(write.result(response));
            }
            Throwable cause = Futures.unwrap(error);
            if (cause instanceof ConditionalCheckFailedException refused) {
                GetItemRequest lookup = write.lookup(refused);
                return lookup == null ? CompletableFuture.completedFuture(write.refused(refused, null))
                        : getItem(lookup).thenApply(found -> write.refused(refused, found));
            }
            if (cause instanceof SdkException sdk) {
                throw write.failed(sdk);
            }
            throw Futures.rethrow(cause);
        }).thenCompose(Function.identity());
    }

    // the SDK may throw instead of failing the future (a request it refuses to build): a failed future either way
    private static <Q, R> CompletableFuture<R> send(Q request, Function<Q, CompletableFuture<R>> call) {
        try {
            return call.apply(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String toString() {
        return "AsyncTarget" + requests;
    }
}
