package dev.storm.internal.target;

import dev.storm.StormException;
import dev.storm.StormListener;
import dev.storm.StormRetry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
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
        return send(model, request, client()::getItem);
    }

    public PutItemResponse putItem(String model, PutItemRequest request) {
        return send(model, request, client()::putItem);
    }

    public UpdateItemResponse updateItem(String model, UpdateItemRequest request) {
        return send(model, request, client()::updateItem);
    }

    public DeleteItemResponse deleteItem(String model, DeleteItemRequest request) {
        return send(model, request, client()::deleteItem);
    }

    public QueryResponse query(String model, QueryRequest request) {
        return send(model, request, client()::query);
    }

    public ScanResponse scan(String model, ScanRequest request) {
        return send(model, request, client()::scan);
    }

    public BatchWriteItemResponse batchWriteItem(String model, BatchWriteItemRequest request) {
        return send(model, request, client()::batchWriteItem);
    }

    public BatchGetItemResponse batchGetItem(String model, BatchGetItemRequest request) {
        return send(model, request, client()::batchGetItem);
    }

    public TransactWriteItemsResponse transactWriteItems(String model, TransactWriteItemsRequest request) {
        return send(model, request, client()::transactWriteItems);
    }

    public TransactGetItemsResponse transactGetItems(String model, TransactGetItemsRequest request) {
        return send(model, request, client()::transactGetItems);
    }

    /** Tells the listeners that a bulk call sends {@code pending} elements again after {@code delay}. */
    public void retrying(String operation, String model, int pending, int attempt, Duration delay, String reason) {
        StormRetry retry = new StormRetry(operation, model, tableName, pending, attempt, delay, reason);
        notify(l -> l.retrying(retry), "retrying", operation);
    }

    /**
     * Tells the listeners that {@code request} is sent now, on this table for {@code model}; the exchange says how it
     * ended. The sender sends {@link Exchange#request()}, which asks for consumed capacity when the settings say so.
     */
    public <Q extends DynamoDbRequest> Exchange<Q> start(String model, Q request) {
        return new Exchange<>(this, model, request);
    }

    private <Q extends DynamoDbRequest, R extends DynamoDbResponse> R send(String model, Q request,
                                                                          Function<Q, R> call) {
        Exchange<Q> exchange = start(model, request);
        R response;
        try {
            response = call.apply(exchange.request());
        } catch (RuntimeException e) {
            throw exchange.failed(e);
        }
        return exchange.ended(response);
    }

    void notify(Consumer<StormListener> call, String method, String operation) {
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

    @Override
    public String toString() {
        return "Target[" + tableName + "]";
    }
}
