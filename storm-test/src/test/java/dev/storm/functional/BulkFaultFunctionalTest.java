package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.BulkFailure;
import dev.storm.BulkGetResult;
import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.functional.model.Order;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulk operations against the real DynamoDB Local while a {@link FaultInjector} throttles, fails with 500s and
 * withholds parts of batches: every item ends up written (or read) exactly once, or is reported with its reason.
 */
@StormTest(tablePerMethod = true)
class BulkFaultFunctionalTest {

    private static final BulkOptions FAST = BulkOptions.defaults().withBaseDelay(Duration.ofMillis(1))
            .withMaxDelay(Duration.ofMillis(20)).withDeadline(Duration.ofMinutes(2));

    /** Runs the work with the table and client switched on this thread (null keeps the test's own). */
    @SuppressWarnings("try")
    private static <T> T on(String table, DynamoDbClient client, Supplier<T> work) {
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            return work.get();
        }
    }

    private static List<Order> orders(int count) {
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(new Order("u" + (i % 50), "o" + i, i, "NEW", "payload of order " + i));
        }
        return orders;
    }

    @Test
    void bulkSave_of10000Items_underThrottling500sAndPartialBatches_writesEachExactlyOnce(
            DynamoDbLocal local, DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders(10_000);
        FaultInjector faults = new FaultInjector().throttleEvery(5).serverErrorEvery(7).withholdEvery(2);

        BulkResult result;
        try (DynamoDbClient faulty = faults.client(local)) {
            result = on(null, faulty, () -> Order.objects.bulkSave(orders, FAST));
        }

        assertThat(result.failed()).isEmpty();
        assertThat(result.succeeded()).isEqualTo(10_000);
        assertThat(faults.throttled.get()).isGreaterThan(50);
        assertThat(faults.serverErrors.get()).isGreaterThan(30);
        assertThat(faults.withheldItems.get()).isGreaterThan(1_000);
        List<Map<String, AttributeValue>> stored = TableScan.items(client, table);
        assertThat(stored).hasSize(10_000);
        Map<String, Double> amountByKey = new HashMap<>();
        for (Map<String, AttributeValue> item : stored) {
            String key = item.get("PK").s() + "|" + item.get("SK").s();
            assertThat(amountByKey.put(key, Double.valueOf(item.get("amount").n()))).as(key).isNull();
        }
        for (Order o : orders) {
            assertThat(amountByKey).containsEntry(o.getPk() + "|" + o.getSk(), o.amount());
        }
    }

    @Test
    void bulkSave_throttledPastTheDeadline_reportsEveryItemWithItsReason(DynamoDbLocal local, DynamoDbClient client,
                                                                        @TableName String table) {
        List<Order> orders = orders(60);
        FaultInjector faults = new FaultInjector().throttleEvery(1);

        BulkResult result;
        try (DynamoDbClient faulty = faults.client(local)) {
            result = on(null, faulty,
                    () -> Order.objects.bulkSave(orders, FAST.withDeadline(Duration.ofMillis(300))));
        }

        assertThat(result.succeeded()).isZero();
        assertThat(result.failed()).extracting(BulkFailure::model).containsExactlyElementsOf(orders);
        assertThat(result.failed()).allSatisfy(f -> {
            assertThat(f.reason()).contains("ProvisionedThroughputExceededException", "deadline of PT0.3S");
            assertThat(f.cause()).isNotNull();
        });
        assertThat(faults.throttled.get()).isGreaterThan(3);
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @Test
    void bulkSave_withSomeBatchesRefusedForGood_writesTheOthers_andListsExactlyTheRefused(
            DynamoDbLocal local, DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders(250);
        FaultInjector faults = new FaultInjector().refuseEvery(3).withholdEvery(2);

        BulkResult result;
        try (DynamoDbClient faulty = faults.client(local)) {
            result = on(null, faulty, () -> Order.objects.bulkSave(orders, FAST));
        }

        assertThat(faults.refused.get()).isPositive();
        assertThat(result.failed()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.reason()).contains("refused by DynamoDB", "ValidationException"));
        assertThat(result.succeeded() + result.failed().size()).isEqualTo(250);
        List<String> storedKeys = new ArrayList<>();
        for (Map<String, AttributeValue> item : TableScan.items(client, table)) {
            storedKeys.add(item.get("PK").s() + "|" + item.get("SK").s());
        }
        List<String> failedKeys = new ArrayList<>();
        for (Order o : result.failedModels(Order.class)) {
            failedKeys.add(o.getPk() + "|" + o.getSk());
        }
        assertThat(storedKeys).hasSize(result.succeeded()).doesNotContainAnyElementsOf(failedKeys);
        List<String> allKeys = new ArrayList<>(storedKeys);
        allKeys.addAll(failedKeys);
        assertThat(allKeys).hasSize(250).doesNotHaveDuplicates();
    }

    @Test
    void bulkSave_toAMissingTable_failsEveryItemAtOnce_withTheReason(DynamoDbClient client) {
        List<Order> orders = orders(30);

        BulkResult result = on("storm_no_such_table", null, () -> Order.objects.bulkSave(orders, FAST));

        assertThat(result.succeeded()).isZero();
        assertThat(result.failed()).hasSize(30)
                .allSatisfy(f -> assertThat(f.reason()).contains("refused by DynamoDB", "TableNotFoundException",
                        "Table 'storm_no_such_table' does not exist", "TableDefinition.create"));
    }

    @Test
    void bulkGet_underFaults_returnsEveryItemInTheOrderAsked(DynamoDbLocal local) {
        List<Order> orders = orders(1_000);
        Order.objects.bulkSave(orders).orThrow();
        List<Order> keys = new ArrayList<>(orders);
        keys.add(0, Order.of("nobody", "none", 0));
        keys.add(orders.get(7));
        FaultInjector faults = new FaultInjector().throttleEvery(5).serverErrorEvery(7).withholdEvery(2);

        BulkGetResult<Order> result;
        try (DynamoDbClient faulty = faults.client(local)) {
            result = on(null, faulty, () -> Order.objects.bulkGetResult(keys, FAST));
        }

        assertThat(result.isComplete()).isTrue();
        List<Order> expected = new ArrayList<>(orders);
        expected.add(0, null);
        expected.add(orders.get(7));
        assertThat(result.items()).containsExactlyElementsOf(expected);
        assertThat(result.missing()).containsExactly(Order.of("nobody", "none", 0));
        assertThat(faults.withheldItems.get()).isPositive();
        assertThat(faults.throttled.get() + faults.serverErrors.get()).isPositive();
    }

    @Test
    void bulkDelete_underFaults_deletesEveryItem(DynamoDbLocal local, DynamoDbClient client,
                                                 @TableName String table) {
        List<Order> orders = orders(1_000);
        Order.objects.bulkSave(orders).orThrow();
        FaultInjector faults = new FaultInjector().throttleEvery(5).serverErrorEvery(7).withholdEvery(2);

        BulkResult result;
        try (DynamoDbClient faulty = faults.client(local)) {
            result = on(null, faulty, () -> Order.objects.bulkDelete(orders, FAST));
        }

        assertThat(result.succeeded()).isEqualTo(1_000);
        assertThat(result.failed()).isEmpty();
        assertThat(TableScan.items(client, table)).isEmpty();
    }
}
