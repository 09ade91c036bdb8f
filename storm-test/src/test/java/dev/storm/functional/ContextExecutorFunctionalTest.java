package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.BulkOptions;
import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;

/**
 * {@code ConnectionManager.table().withCurrentContext(executor)}: a task runs under the table context of the thread
 * that submitted it, not under whatever the worker thread has open; and bulk calls and parallel scans, whose requests
 * go out on other threads, keep the caller's context.
 */
@StormTest(tablePerMethod = true)
class ContextExecutorFunctionalTest {

    private DynamoDbClient client;
    private String testTable;
    private String tenantTable;
    private String workerTable;
    private ExecutorService pool;

    @BeforeEach
    void tables(DynamoDbClient client, @TableName String testTable) throws Exception {
        this.client = client;
        this.testTable = testTable;
        tenantTable = testTable + "_tenant";
        workerTable = testTable + "_worker";
        TableDefinition.create(client, tenantTable);
        TableDefinition.create(client, workerTable);
        // One worker thread that keeps a context of its own open: where a task lands that ignores the submitter's.
        pool = Executors.newSingleThreadExecutor();
        pool.submit(() -> ConnectionManager.table().tableContext(workerTable, client)).get();
    }

    @AfterEach
    void dropTables() throws Exception {
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        client.deleteTable(DeleteTableRequest.builder().tableName(tenantTable).build());
        client.deleteTable(DeleteTableRequest.builder().tableName(workerTable).build());
    }

    @Test
    void aSubmittedTask_usesTheSubmittersTable_notTheWorkers() {
        Executor propagating = ConnectionManager.table().withCurrentContext(pool);
        TableContext tenant = ConnectionManager.table().tableContext(tenantTable, null);
        try (tenant) {
            CompletableFuture.runAsync(() -> User.of("through-wrapper", "a@b.c").save(), propagating).join();
            CompletableFuture.runAsync(() -> User.of("plain", "a@b.c").save(), pool).join();
        }
        CompletableFuture.runAsync(() -> User.of("outside-tenant", "a@b.c").save(), propagating).join();

        assertThat(TableScan.pks(client, tenantTable, "U#")).containsExactly("U#through-wrapper#USER");
        // a plain executor runs the task under the worker's own context: the leak the wrapper prevents
        assertThat(TableScan.pks(client, workerTable, "U#")).containsExactly("U#plain#USER");
        // submitted under the test's context: the test's table, not the worker's
        assertThat(TableScan.pks(client, testTable, "U#")).containsExactly("U#outside-tenant#USER");
    }

    @Test
    void afterAPropagatedTask_theWorkerHasItsOwnContextBack() {
        Executor propagating = ConnectionManager.table().withCurrentContext(pool);
        TableContext tenant = ConnectionManager.table().tableContext(tenantTable, null);
        try (tenant) {
            CompletableFuture.runAsync(() -> User.of("first", "a@b.c").save(), propagating).join();
        }
        String workerSees = CompletableFuture.supplyAsync(() -> ConnectionManager.table().tableName(), pool).join();

        assertThat(workerSees).isEqualTo(workerTable);
    }

    @Test
    void eachTask_runsUnderTheContextOfItsOwnSubmission() {
        Executor propagating = ConnectionManager.table().withCurrentContext(pool);
        CompletableFuture<String> inTenant;
        CompletableFuture<String> inTest;
        TableContext tenant = ConnectionManager.table().tableContext(tenantTable, null);
        try (tenant) {
            inTenant = CompletableFuture.supplyAsync(() -> ConnectionManager.table().tableName(), propagating);
        }
        inTest = CompletableFuture.supplyAsync(() -> ConnectionManager.table().tableName(), propagating);

        assertThat(inTenant.join()).isEqualTo(tenantTable);
        assertThat(inTest.join()).isEqualTo(testTable);
    }

    @Test
    void bulkCallsAndParallelScans_keepTheCallersContext() {
        List<Order> orders = IntStream.range(0, 60).mapToObj(i -> Order.of("u" + i % 3, "o" + i, i)).toList();
        Order.objects.bulkSave(List.of(Order.of("u0", "in-test-table", 1)));
        TableContext tenant = ConnectionManager.table().tableContext(tenantTable, null);
        try (tenant) {
            BulkOptions fourThreads = BulkOptions.defaults().withConcurrency(4);
            assertThat(Order.objects.bulkSave(orders, fourThreads).succeeded()).isEqualTo(60);
            assertThat(Order.objects.bulkGet(orders, fourThreads)).isEqualTo(orders);
            assertThat(Order.objects.all().segments(4).parallelStream().toList())
                    .containsExactlyInAnyOrderElementsOf(orders);
            assertThat(Order.objects.bulkDelete(orders.subList(0, 30), fourThreads).succeeded()).isEqualTo(30);
        }
        assertThat(TableScan.pks(client, tenantTable, "U#")).hasSize(30);
        assertThat(Order.objects.using(Order_.userId.eq("u0")).list()).extracting(Order::orderId)
                .containsExactly("in-test-table");
        assertThat(TableScan.items(client, workerTable)).isEmpty();
    }
}
