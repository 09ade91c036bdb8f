package dev.storm.support;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.test.DynamoDbLocal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A client (and an async client) of the shared DynamoDB Local that record every request they send, made the calling
 * thread's STORM clients for the given table until closed.
 */
public final class RequestCounter implements AutoCloseable {

    private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private final TableContext context;

    public RequestCounter(DynamoDbLocal server, String table) {
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution execution, ExecutionAttributes attributes) {
                requests.add(execution.request());
            }
        };
        client = server.newClient(b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(recorder)));
        asyncClient = server.newAsyncClient(b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(recorder)));
        context = ConnectionManager.table().tableContext(table, client, asyncClient);
    }

    /** Every request sent so far, in order. */
    public List<SdkRequest> requests() {
        return List.copyOf(requests);
    }

    /** How many requests of the type were sent. */
    public long count(Class<? extends SdkRequest> type) {
        return requests.stream().filter(type::isInstance).count();
    }

    /** Forgets the requests recorded so far. */
    public void reset() {
        requests.clear();
    }

    @Override
    public void close() {
        context.close();
        client.close();
        asyncClient.close();
    }
}
