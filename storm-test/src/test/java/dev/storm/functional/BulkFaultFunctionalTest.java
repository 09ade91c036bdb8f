package dev.storm.functional;

import static dev.storm.functional.BulkProofs.orders;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Bulk operations against the real DynamoDB Local while a {@link FaultInjector} throttles, fails with 500s and
 * withholds parts of batches: every item ends up written (or read) exactly once, or is reported with its reason.
 * Every scenario runs through the blocking calls and through their async twins, whose waits are scheduled.
 */
@StormTest(tablePerMethod = true)
class BulkFaultFunctionalTest {

    private static final BulkOptions FAST = BulkOptions.defaults().withBaseDelay(Duration.ofMillis(1))
            .withMaxDelay(Duration.ofMillis(20)).withDeadline(Duration.ofMinutes(2));

    @ParameterizedTest
    @EnumSource(Way.class)
    void bulkSave_of5000Items_underThrottling500sAndPartialBatches_writesEachExactlyOnce(
            Way way, DynamoDbLocal local, DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders(5_000);
        FaultInjector faults = new FaultInjector().throttleEvery(5).serverErrorEvery(7).withholdEvery(2);

        BulkResult[] result = new BulkResult[1];
        way.through(faults::configure, local, table, () -> result[0] = way.of(Order.objects).bulkSave(orders, FAST));

        assertThat(result[0].failed()).isEmpty();
        assertThat(result[0].succeeded()).isEqualTo(5_000);
        assertThat(faults.throttled.get()).isGreaterThan(20);
        assertThat(faults.serverErrors.get()).isGreaterThan(10);
        assertThat(faults.withheldItems.get()).isGreaterThan(500);
        BulkProofs.assertEachStoredOnce(client, table, orders);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void bulkSave_throttledPastTheDeadline_reportsEveryItemWithItsReason(Way way, DynamoDbLocal local,
                                                                        DynamoDbClient client,
                                                                        @TableName String table) {
        List<Order> orders = orders(60);
        FaultInjector faults = new FaultInjector().throttleEvery(1);

        BulkResult[] result = new BulkResult[1];
        way.through(faults::configure, local, table, () -> result[0] = way.of(Order.objects).bulkSave(orders,
                FAST.withDeadline(Duration.ofMillis(300))));

        BulkProofs.assertAllThrottledPastDeadline(result[0], orders, client, table);
        assertThat(faults.throttled.get()).isGreaterThan(3);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void bulkSave_withSomeBatchesRefusedForGood_writesTheOthers_andListsExactlyTheRefused(
            Way way, DynamoDbLocal local, DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders(250);
        FaultInjector faults = new FaultInjector().refuseEvery(3).withholdEvery(2);

        BulkResult[] result = new BulkResult[1];
        way.through(faults::configure, local, table, () -> result[0] = way.of(Order.objects).bulkSave(orders, FAST));

        assertThat(faults.refused.get()).isPositive();
        BulkProofs.assertRefusedAreExactlyTheUnstored(result[0], client, table, 250);
    }

    @Test
    @SuppressWarnings("try")
    void bulkSave_toAMissingTable_failsEveryItemAtOnce_withTheReason() {
        List<Order> orders = orders(30);

        BulkResult result;
        try (TableContext ignored = ConnectionManager.table().tableContext("storm_no_such_table", null)) {
            result = Order.objects.bulkSave(orders, FAST);
        }

        assertThat(result.succeeded()).isZero();
        assertThat(result.failed()).hasSize(30)
                .allSatisfy(f -> assertThat(f.reason()).contains("refused by DynamoDB", "TableNotFoundException",
                        "Table 'storm_no_such_table' does not exist", "TableDefinition.create"));
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void bulkGet_underFaults_returnsEveryItemInTheOrderAsked(Way way, DynamoDbLocal local, @TableName String table) {
        List<Order> orders = orders(1_000);
        Order.objects.bulkSave(orders).orThrow();
        List<Order> keys = BulkProofs.keysWithAbsentAndRepeated(orders);
        FaultInjector faults = new FaultInjector().throttleEvery(5).serverErrorEvery(7).withholdEvery(2);

        List<BulkGetResult<Order>> result = new ArrayList<>();
        way.through(faults::configure, local, table, () -> result.add(way.of(Order.objects).bulkGetResult(keys,
                FAST)));

        BulkProofs.assertReadInOrder(result.get(0), orders);
        assertThat(faults.withheldItems.get()).isPositive();
        assertThat(faults.throttled.get() + faults.serverErrors.get()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void bulkDelete_underFaults_deletesEveryItem(Way way, DynamoDbLocal local, DynamoDbClient client,
                                                 @TableName String table) {
        List<Order> orders = orders(1_000);
        Order.objects.bulkSave(orders).orThrow();
        FaultInjector faults = new FaultInjector().throttleEvery(5).serverErrorEvery(7).withholdEvery(2);

        BulkResult[] result = new BulkResult[1];
        way.through(faults::configure, local, table, () -> result[0] = way.of(Order.objects).bulkDelete(orders,
                FAST));

        assertThat(result[0].succeeded()).isEqualTo(1_000);
        assertThat(result[0].failed()).isEmpty();
        assertThat(TableScan.items(client, table)).isEmpty();
    }
}
