package dev.storm.internal.target;

import dev.storm.StormEvent;
import dev.storm.StormException;
import dev.storm.StormListener;
import dev.storm.StormRetry;
import dev.storm.TableNotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Where one STORM call runs: the table name, the client and the {@link Settings} (listeners, consumed capacity),
 * resolved once when the call starts (a {@code Storm}'s are fixed; the default ones are read from the
 * {@code ConnectionManager} on the calling thread) and handed explicitly to every internal operation, so that nothing
 * below the public API reads thread-locals or process-wide state. Every DynamoDB request STORM sends goes out through
 * one of its send methods, which asks for consumed capacity when the settings say so and tells every listener, STORM's
 * request log first. Immutable and thread-safe.
 */
public final class Target {

    private static final Logger LOG = LoggerFactory.getLogger(Target.class);

    private final String tableName;
    private final Supplier<? extends RuntimeException> noTableName;
    private final DynamoDbClient client;
    private final Supplier<DynamoDbClient> clientSource;
    private final Settings settings;

    private Target(String tableName, Supplier<? extends RuntimeException> noTableName, DynamoDbClient client,
                   Supplier<DynamoDbClient> clientSource, Settings settings) {
        this.tableName = tableName;
        this.noTableName = noTableName;
        this.client = client;
        this.clientSource = clientSource;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A target on this client and table. */
    public static Target of(DynamoDbClient client, String tableName, Settings settings) {
        return new Target(Objects.requireNonNull(tableName, "tableName"), null,
                Objects.requireNonNull(client, "client"), null, settings);
    }

    /**
     * A target whose client is taken from {@code clientSource} only when a request is sent, so that building a
     * request without a network never creates a client.
     *
     * @param tableName the table name, or null when none is set: asking for it then throws what {@code noTableName}
     *                  gives
     */
    public static Target resolving(String tableName, Supplier<DynamoDbClient> clientSource,
                                   Supplier<? extends RuntimeException> noTableName, Settings settings) {
        return new Target(tableName, Objects.requireNonNull(noTableName, "noTableName"), null,
                Objects.requireNonNull(clientSource, "clientSource"), settings);
    }

    /** A target that names a table in requests and sends nothing (the requests of a Step Functions template). */
    public static Target requestsOnly(String tableName) {
        return new Target(Objects.requireNonNull(tableName, "tableName"), null, null, () -> {
            throw new StormException("Requests for table " + tableName + " are built only, never sent");
        }, Settings.DEFAULT);
    }

    /** The table every request names. */
    public String tableName() {
        if (tableName == null) {
            throw noTableName.get();
        }
        return tableName;
    }

    /** The client requests are sent through. */
    public DynamoDbClient client() {
        return client != null ? client : clientSource.get();
    }

    public Settings settings() {
        return settings;
    }

    public GetItemResponse getItem(String model, GetItemRequest request) {
        GetItemRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("GetItem", model, r, client()::getItem, c -> single(c.consumedCapacity()));
    }

    public PutItemResponse putItem(String model, PutItemRequest request) {
        PutItemRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("PutItem", model, r, client()::putItem, c -> single(c.consumedCapacity()));
    }

    public UpdateItemResponse updateItem(String model, UpdateItemRequest request) {
        UpdateItemRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("UpdateItem", model, r, client()::updateItem, c -> single(c.consumedCapacity()));
    }

    public DeleteItemResponse deleteItem(String model, DeleteItemRequest request) {
        DeleteItemRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("DeleteItem", model, r, client()::deleteItem, c -> single(c.consumedCapacity()));
    }

    public QueryResponse query(String model, QueryRequest request) {
        QueryRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("Query", model, r, client()::query, c -> single(c.consumedCapacity()));
    }

    public ScanResponse scan(String model, ScanRequest request) {
        ScanRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("Scan", model, r, client()::scan, c -> single(c.consumedCapacity()));
    }

    public BatchWriteItemResponse batchWriteItem(String model, BatchWriteItemRequest request) {
        BatchWriteItemRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("BatchWriteItem", model, r, client()::batchWriteItem,
                c -> c.hasConsumedCapacity() ? c.consumedCapacity() : List.of());
    }

    public BatchGetItemResponse batchGetItem(String model, BatchGetItemRequest request) {
        BatchGetItemRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("BatchGetItem", model, r, client()::batchGetItem,
                c -> c.hasConsumedCapacity() ? c.consumedCapacity() : List.of());
    }

    public TransactWriteItemsResponse transactWriteItems(String model, TransactWriteItemsRequest request) {
        TransactWriteItemsRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("TransactWriteItems", model, r, client()::transactWriteItems,
                c -> c.hasConsumedCapacity() ? c.consumedCapacity() : List.of());
    }

    public TransactGetItemsResponse transactGetItems(String model, TransactGetItemsRequest request) {
        TransactGetItemsRequest r = asking(request, request.returnConsumedCapacity(),
                q -> q.toBuilder().returnConsumedCapacity(capacity()).build());
        return send("TransactGetItems", model, r, client()::transactGetItems,
                c -> c.hasConsumedCapacity() ? c.consumedCapacity() : List.of());
    }

    /** Tells the listeners that a bulk call sends {@code pending} elements again after {@code delay}. */
    public void retrying(String operation, String model, int pending, int attempt, Duration delay, String reason) {
        StormRetry retry = new StormRetry(operation, model, tableName, pending, attempt, delay, reason);
        notify(l -> l.retrying(retry), "retrying", operation);
    }

    private ReturnConsumedCapacity capacity() {
        return settings.consumedCapacity();
    }

    /** The request asking for consumed capacity when the settings say so and it does not say otherwise itself. */
    private <Q> Q asking(Q request, ReturnConsumedCapacity asked, UnaryOperator<Q> ask) {
        return capacity() == null || asked != null ? request : ask.apply(request);
    }

    private <Q extends DynamoDbRequest, R extends DynamoDbResponse> R send(
            String operation, String model, Q request, Function<Q, R> call,
            Function<R, List<ConsumedCapacity>> consumed) {
        StormEvent started = new StormEvent(operation, model, tableName, request, null, null, null, null);
        notify(l -> l.requestStarted(started), "requestStarted", operation);
        long start = System.nanoTime();
        R response;
        try {
            response = call.apply(request);
        } catch (RuntimeException e) {
            StormEvent failed = new StormEvent(operation, model, tableName, request, null, e,
                    Duration.ofNanos(System.nanoTime() - start), null);
            notify(l -> l.requestEnded(failed), "requestEnded", operation);
            if (e instanceof ResourceNotFoundException) {
                throw new TableNotFoundException("Table '" + tableName + "' does not exist (" + model + ", "
                        + operation + "); create it with TableDefinition.create(client, \"" + tableName + "\") (add"
                        + " the number of indexes your models use, e.g. TableDefinition.create(client, \"" + tableName
                        + "\", 2)), or name another table with ConnectionManager.table().setTableName(...) or"
                        + " Storm.builder().tableName(...)", e);
            }
            throw e;
        }
        StormEvent ended = new StormEvent(operation, model, tableName, request, response, null,
                Duration.ofNanos(System.nanoTime() - start), consumed.apply(response));
        notify(l -> l.requestEnded(ended), "requestEnded", operation);
        return response;
    }

    private void notify(Consumer<StormListener> call, String method, String operation) {
        call.accept(RequestLog.INSTANCE);
        for (StormListener listener : settings.listeners()) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("StormListener {} failed in {} of {} on {}; the request is not affected", listener, method,
                        operation, tableName, e);
            }
        }
    }

    private static List<ConsumedCapacity> single(ConsumedCapacity capacity) {
        return capacity == null ? List.of() : List.of(capacity);
    }

    @Override
    public String toString() {
        return "Target[" + tableName + "]";
    }
}
