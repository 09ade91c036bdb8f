package dev.storm.internal.async;

import dev.storm.StormException;
import dev.storm.internal.target.Exchange;
import dev.storm.internal.target.Settings;
import dev.storm.internal.target.Target;
import dev.storm.internal.write.SingleWrite;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Where one asynchronous STORM call runs: the table name, captured when the call is made (requests are built then,
 * through {@link #requests()}, by the same builders the blocking calls use), and the {@link DynamoDbAsyncClient} the
 * requests are sent through. Every request goes out through one of its send methods, which, like the blocking
 * {@link Target}'s, asks for consumed capacity and tells every listener of the settings in effect when the call was
 * made (STORM's request log first). Nothing here reads a thread-local, so a completion may run on any thread.
 * Immutable and thread-safe.
 */
public final class AsyncTarget {

    private final Target requests;
    private final Supplier<DynamoDbAsyncClient> client;

    private AsyncTarget(Target requests, Supplier<DynamoDbAsyncClient> client) {
        this.requests = requests;
        this.client = client;
    }

    /** A target on this async client and table, telling the listeners and asking as the settings say. */
    public static AsyncTarget of(DynamoDbAsyncClient client, String tableName, Settings settings) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(tableName, "tableName");
        return new AsyncTarget(Target.resolving(tableName, AsyncTarget::blocking,
                () -> new IllegalStateException("the table name is set"), settings), () -> client);
    }

    /**
     * A target whose client is taken from {@code clientSource} only when a request is sent; a missing table name is
     * reported, as {@code noTableName} says, when a request needs it.
     */
    public static AsyncTarget resolving(String tableName, Supplier<DynamoDbAsyncClient> clientSource,
                                        Supplier<? extends RuntimeException> noTableName, Settings settings) {
        Objects.requireNonNull(clientSource, "clientSource");
        return new AsyncTarget(Target.resolving(tableName, AsyncTarget::blocking, noTableName, settings),
                clientSource);
    }

    private static DynamoDbClient blocking() {
        throw new StormException("an asynchronous call sends its requests through its async client");
    }

    /**
     * The target the request builders take: it names the table and carries the settings (listeners, consumed
     * capacity, validator); it sends nothing.
     */
    public Target requests() {
        return requests;
    }

    public String tableName() {
        return requests.tableName();
    }

    public CompletableFuture<GetItemResponse> getItem(String model, GetItemRequest request) {
        return send(model, request, client.get()::getItem);
    }

    public CompletableFuture<QueryResponse> query(String model, QueryRequest request) {
        return send(model, request, client.get()::query);
    }

    public CompletableFuture<ScanResponse> scan(String model, ScanRequest request) {
        return send(model, request, client.get()::scan);
    }

    public CompletableFuture<BatchWriteItemResponse> batchWriteItem(String model, BatchWriteItemRequest request) {
        return send(model, request, client.get()::batchWriteItem);
    }

    public CompletableFuture<BatchGetItemResponse> batchGetItem(String model, BatchGetItemRequest request) {
        return send(model, request, client.get()::batchGetItem);
    }

    public CompletableFuture<TransactWriteItemsResponse> transactWriteItems(String model,
                                                                           TransactWriteItemsRequest request) {
        return send(model, request, client.get()::transactWriteItems);
    }

    public CompletableFuture<TransactGetItemsResponse> transactGetItems(String model,
                                                                       TransactGetItemsRequest request) {
        return send(model, request, client.get()::transactGetItems);
    }

    /** Tells the listeners that a bulk call sends {@code pending} elements again after {@code delay}. */
    public void retrying(String operation, String model, int pending, int attempt, Duration delay, String reason) {
        requests.retrying(operation, model, pending, attempt, delay, reason);
    }

    /**
     * Sends a single-item write and completes with its result, or with the exception its failed condition means
     * (after the one read that judging it may need), exactly as the blocking call reports it.
     */
    public <R> CompletableFuture<R> send(String model, SingleWrite<R> write) {
        CompletableFuture<? extends DynamoDbResponse> sent;
        if (write.request() instanceof PutItemRequest put) {
            sent = send(model, put, client.get()::putItem);
        } else if (write.request() instanceof UpdateItemRequest update) {
            sent = send(model, update, client.get()::updateItem);
        } else {
            sent = send(model, (DeleteItemRequest) write.request(), client.get()::deleteItem);
        }
        return sent.handle((response, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(write.result(response));
            }
            Throwable cause = Futures.unwrap(error);
            if (cause instanceof ConditionalCheckFailedException refused) {
                GetItemRequest lookup = write.lookup(refused);
                return lookup == null ? CompletableFuture.completedFuture(write.refused(refused, null))
                        : getItem(model, lookup).thenApply(found -> write.refused(refused, found));
            }
            if (cause instanceof SdkException sdk) {
                throw write.failed(sdk);
            }
            throw Futures.rethrow(cause);
        }).thenCompose(Function.identity());
    }

    /**
     * Sends the request as the blocking {@link Target} does: the listeners are told it started now, and how it ended
     * on the thread that completes it; a missing table fails the future with a {@code TableNotFoundException}. The
     * SDK may throw instead of failing the future (a request it refuses to build): a failed future either way.
     */
    private <Q extends DynamoDbRequest, R extends DynamoDbResponse> CompletableFuture<R> send(
            String model, Q request, Function<Q, CompletableFuture<R>> call) {
        Exchange<Q> exchange = requests.start(model, request);
        CompletableFuture<R> sent;
        try {
            sent = call.apply(exchange.request());
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, error) -> {
            if (error != null) {
                throw exchange.failed(Futures.unwrap(error));
            }
            return exchange.ended(response);
        });
    }

    @Override
    public String toString() {
        return "AsyncTarget" + requests;
    }
}
