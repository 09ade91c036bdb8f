package dev.storm.functional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import dev.storm.test.DynamoDbLocal;

/**
 * Injects faults into the batch calls of a client talking to the real DynamoDB Local: on a steady share of calls it
 * throttles (the request never leaves the client), answers 500 after the server has processed the request (so the
 * outcome is unknown to the caller, as with a real server error), or withholds a third of the batch from the server
 * and reports it back as unprocessed, as DynamoDB does under load. The SDK's own retries are off on its clients, so
 * every recovery is STORM's. Thread-safe.
 */
final class FaultInjector implements ExecutionInterceptor {

    private enum Fault { NONE, THROTTLE, SERVER_ERROR, WITHHOLD, REFUSE }

    private static final ExecutionAttribute<Fault> FAULT = new ExecutionAttribute<>("storm.test.fault");
    private static final ExecutionAttribute<List<WriteRequest>> WITHHELD_WRITES =
            new ExecutionAttribute<>("storm.test.withheldWrites");
    private static final ExecutionAttribute<List<Map<String, AttributeValue>>> WITHHELD_KEYS =
            new ExecutionAttribute<>("storm.test.withheldKeys");
    private static final String SERVER_ERROR_BODY =
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"injected\"}";

    private volatile int throttleEvery;
    private volatile int serverErrorEvery;
    private volatile int withholdEvery;
    private volatile int refuseEvery;
    private final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger throttled = new AtomicInteger();
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger withheldCalls = new AtomicInteger();
    final AtomicInteger withheldItems = new AtomicInteger();

    /** Throttles every n-th batch call (0: never); a call gets one fault, the first that applies in this order. */
    FaultInjector throttleEvery(int n) {
        throttleEvery = n;
        return this;
    }

    /** Refuses every n-th batch call for good, with a ValidationException, as for a malformed request. */
    FaultInjector refuseEvery(int n) {
        refuseEvery = n;
        return this;
    }

    /** Answers every n-th batch call with a 500 after the server has processed it. */
    FaultInjector serverErrorEvery(int n) {
        serverErrorEvery = n;
        return this;
    }

    /** Withholds a third of every n-th batch call and reports it as unprocessed. */
    FaultInjector withholdEvery(int n) {
        withholdEvery = n;
        return this;
    }

    /** Configures a client with this injector and without SDK retries (see {@link Way#through}). */
    void configure(ClientOverrideConfiguration.Builder config) {
        config.retryStrategy(AwsRetryStrategy.doNotRetry()).addExecutionInterceptor(this);
    }

    /** A client of the local server with this injector and without SDK retries; the caller closes it. */
    DynamoDbClient client(DynamoDbLocal local) {
        return local.newClient(b -> b.overrideConfiguration(this::configure));
    }

    /** An async client of the local server with this injector and without SDK retries; the caller closes it. */
    DynamoDbAsyncClient asyncClient(DynamoDbLocal local) {
        return local.newAsyncClient(b -> b.overrideConfiguration(this::configure));
    }

    int batchCalls() {
        return calls.get();
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (!(request instanceof BatchWriteItemRequest) && !(request instanceof BatchGetItemRequest)) {
            attributes.putAttribute(FAULT, Fault.NONE);
            return request;
        }
        int n = calls.incrementAndGet();
        Fault fault = every(n, throttleEvery) ? Fault.THROTTLE : every(n, refuseEvery) ? Fault.REFUSE
                : every(n, serverErrorEvery) ? Fault.SERVER_ERROR : every(n, withholdEvery) ? Fault.WITHHOLD
                : Fault.NONE;
        attributes.putAttribute(FAULT, fault);
        if (fault != Fault.WITHHOLD) {
            return request;
        }
        if (request instanceof BatchWriteItemRequest write) {
            return withhold(write, attributes);
        }
        return withhold((BatchGetItemRequest) request, attributes);
    }

    private static boolean every(int n, int every) {
        return every > 0 && n % every == 0;
    }

    private SdkRequest withhold(BatchWriteItemRequest request, ExecutionAttributes attributes) {
        Map<String, List<WriteRequest>> sent = new HashMap<>();
        List<WriteRequest> withheld = new ArrayList<>();
        request.requestItems().forEach((table, writes) -> {
            List<WriteRequest> kept = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                (i % 3 == 0 && writes.size() > 1 ? withheld : kept).add(writes.get(i));
            }
            sent.put(table, kept);
        });
        attributes.putAttribute(WITHHELD_WRITES, withheld);
        count(withheld.size());
        return request.toBuilder().requestItems(sent).build();
    }

    private SdkRequest withhold(BatchGetItemRequest request, ExecutionAttributes attributes) {
        Map<String, KeysAndAttributes> sent = new HashMap<>();
        List<Map<String, AttributeValue>> withheld = new ArrayList<>();
        request.requestItems().forEach((table, keys) -> {
            List<Map<String, AttributeValue>> kept = new ArrayList<>();
            for (int i = 0; i < keys.keys().size(); i++) {
                (i % 3 == 0 && keys.keys().size() > 1 ? withheld : kept).add(keys.keys().get(i));
            }
            sent.put(table, keys.toBuilder().keys(kept).build());
        });
        attributes.putAttribute(WITHHELD_KEYS, withheld);
        count(withheld.size());
        return request.toBuilder().requestItems(sent).build();
    }

    private void count(int items) {
        if (items > 0) {
            withheldCalls.incrementAndGet();
            withheldItems.addAndGet(items);
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(FAULT) == Fault.THROTTLE) {
            throttled.incrementAndGet();
            throw throttling();
        }
        if (attributes.getAttribute(FAULT) == Fault.REFUSE) {
            refused.incrementAndGet();
            throw DynamoDbException.builder().statusCode(400).message("injected refusal")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
                            .errorMessage("injected refusal").serviceName("DynamoDb").build())
                    .build();
        }
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(FAULT) == Fault.SERVER_ERROR) {
            serverErrors.incrementAndGet();
            return context.httpResponse().toBuilder().statusCode(500).statusText("Internal Server Error").build();
        }
        return context.httpResponse();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        if (attributes.getAttribute(FAULT) == Fault.SERVER_ERROR) {
            context.responseBody().ifPresent(FaultInjector::drain);
            return Optional.of(new ByteArrayInputStream(SERVER_ERROR_BODY.getBytes(StandardCharsets.UTF_8)));
        }
        return context.responseBody();
    }

    /** The error DynamoDB answers a throttled request with. */
    static ProvisionedThroughputExceededException throttling() {
        return ProvisionedThroughputExceededException.builder().statusCode(400).message("injected throttling")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                        .errorMessage("injected throttling").serviceName("DynamoDb").build())
                .build();
    }

    /** Reads an answer to its end and closes it, or its connection never returns to the pool. */
    static void drain(InputStream body) {
        try (body) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        SdkResponse response = context.response();
        List<WriteRequest> writes = attributes.getAttribute(WITHHELD_WRITES);
        if (response instanceof BatchWriteItemResponse write && writes != null && !writes.isEmpty()) {
            String table = ((BatchWriteItemRequest) context.request()).requestItems().keySet().iterator().next();
            Map<String, List<WriteRequest>> unprocessed = new HashMap<>(write.unprocessedItems());
            List<WriteRequest> all = new ArrayList<>(unprocessed.getOrDefault(table, List.of()));
            all.addAll(writes);
            unprocessed.put(table, all);
            return write.toBuilder().unprocessedItems(unprocessed).build();
        }
        List<Map<String, AttributeValue>> keys = attributes.getAttribute(WITHHELD_KEYS);
        if (response instanceof BatchGetItemResponse get && keys != null && !keys.isEmpty()) {
            String table = ((BatchGetItemRequest) context.request()).requestItems().keySet().iterator().next();
            Map<String, KeysAndAttributes> unprocessed = new HashMap<>(get.unprocessedKeys());
            List<Map<String, AttributeValue>> all = new ArrayList<>();
            if (unprocessed.containsKey(table)) {
                all.addAll(unprocessed.get(table).keys());
            }
            all.addAll(keys);
            unprocessed.put(table, KeysAndAttributes.builder().keys(all).build());
            return get.toBuilder().unprocessedKeys(unprocessed).build();
        }
        return response;
    }
}
