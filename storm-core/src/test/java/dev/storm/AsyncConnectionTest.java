package dev.storm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The async client of the connection manager: set process-wide, switched by table contexts, carried by executors. */
@SuppressWarnings("try") // contexts are opened for their effect, as callers do
class AsyncConnectionTest {

    private final ConnectionManager manager = new ConnectionManager(Map.<String, String>of()::get);
    // building a client sends nothing; these are never called
    private final DynamoDbAsyncClient processWide = DynamoDbAsyncClient.builder().region(Region.US_EAST_1).build();
    private final DynamoDbAsyncClient tenant = DynamoDbAsyncClient.builder().region(Region.US_EAST_1).build();

    @AfterEach
    void close() {
        processWide.close();
        tenant.close();
    }

    @Test
    void setAsyncClient_isSeenByEveryThread_andAContextSwitchesItForItsThreadOnly() throws Exception {
        manager.setAsyncClient(processWide);
        DynamoDbAsyncClient inside;
        DynamoDbAsyncClient otherThread;
        try (TableContext ignored = manager.tableContext("t", null, tenant)) {
            inside = manager.asyncClient();
            otherThread = CompletableFuture.supplyAsync(manager::asyncClient).get();
        }
        assertThat(inside).isSameAs(tenant);
        assertThat(otherThread).isSameAs(processWide);
        assertThat(manager.asyncClient()).isSameAs(processWide);
    }

    @Test
    void nestedContexts_keepTheOuterAsyncClient_unlessTheyGiveOne() {
        DynamoDbClient blocking = DynamoDbClient.builder().region(Region.US_EAST_1).build();
        try (TableContext outer = manager.tableContext("a", null, tenant)) {
            try (TableContext inner = manager.tableContext("b", blocking)) {
                assertThat(manager.asyncClient()).isSameAs(tenant);
                assertThat(manager.client()).isSameAs(blocking);
                assertThat(manager.tableName()).isEqualTo("b");
            }
            assertThat(manager.tableName()).isEqualTo("a");
        } finally {
            blocking.close();
        }
    }

    @Test
    void withCurrentContext_carriesTheSubmittersAsyncClient() throws Exception {
        manager.setAsyncClient(processWide);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (TableContext ignored = manager.tableContext("t", null, tenant)) {
            CompletableFuture<DynamoDbAsyncClient> seen = new CompletableFuture<>();
            manager.withCurrentContext(pool).execute(() -> seen.complete(manager.asyncClient()));
            assertThat(seen.get()).isSameAs(tenant);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theAsyncTarget_isTheContextsWhenTheCallIsMade() {
        String name;
        try (TableContext ignored = manager.tableContext("captured", null, tenant)) {
            name = manager.asyncTarget().tableName();
        }
        assertThat(name).isEqualTo("captured");
    }
}
