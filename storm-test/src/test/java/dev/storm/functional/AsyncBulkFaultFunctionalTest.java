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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The async bulk calls against DynamoDB Local while a {@link FaultInjector} on the async client throttles, answers
 * 500s and withholds parts of batches: the same proofs as {@link BulkFaultFunctionalTest}, every item written (or
 * read) exactly once or reported with its reason, with retries scheduled rather than slept.
 */
@StormTest(tablePerMethod = true)
class AsyncBulkFaultFunctionalTest {

    private static final BulkOptions FAST = BulkOptions.defaults().withBaseDelay(Duration.ofMillis(1))
            .withMaxDelay(Duration.ofMillis(20)).withDeadline(Duration.ofMinutes(2));

    /**
     * Starts the async work with the async client switched on this thread, and waits for it after the context is
     * closed: the call keeps the client it was made with.
     */
    @SuppressWarnings("try")
    private static <T> T on(DynamoDbAsyncClient client, Supplier<CompletableFuture<T>> work) {
        CompletableFuture<T> started;
        try (TableContext ignored = ConnectionManager.table().tableContext(null, null, client)) {
            started = work.get();
        }
        return started.join();
    }

    @Test
    void bulkSave_of5000Items_underThrottling500sAndPartialBatches_writesEachExactlyOnce(
            DynamoDbLocal local, DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders(5_000);
        FaultInjector faults = new FaultInjector().throttleEvery(5).serverErrorEvery(7).withholdEvery(2);

        BulkResult result;
        try (DynamoDbAsyncClient faulty = faults.asyncClient(local)) {
            result = on(faulty, () -> Order.objects.async().bulkSave(orders, FAST));
        }

        assertThat(result.failed()).isEmpty();
        assertThat(result.succeeded()).isEqualTo(5_000);
        assertThat(faults.throttled.get()).isGreaterThan(20);
        assertThat(faults.serverErrors.get()).isGreaterThan(10);
        assertThat(faults.withheldItems.get()).isGreaterThan(500);
        BulkProofs.assertEachStoredOnce(client, table, orders);
    }

    @Test
    void bulkSave_throttledPastTheDeadline_reportsEveryItemWithItsReason(DynamoDbLocal local, DynamoDbClient client,
                                                                        @TableName String table) {
        List<Order> orders = orders(60);
        FaultInjector faults = new FaultInjector().throttleEvery(1);

        BulkResult result;
        try (DynamoDbAsyncClient faulty = faults.asyncClient(local)) {
            result = on(faulty,
                    () -> Order.objects.async().bulkSave(orders, FAST.withDeadline(Duration.ofMillis(300))));
        }

        BulkProofs.assertAllThrottledPastDeadline(result, orders, client, table);
        assertThat(faults.throttled.get()).isGreaterThan(3);
    }

    @Test
    void bulkSave_withSomeBatchesRefusedForGood_writesTheOthers_andListsExactlyTheRefused(
            DynamoDbLocal local, DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders(250);
        FaultInjector faults = new FaultInjector().refuseEvery(3).withholdEvery(2);

        BulkResult result;
        try (DynamoDbAsyncClient faulty = faults.asyncClient(local)) {
            result = on(faulty, () -> Order.objects.async().bulkSave(orders, FAST));
        }

        assertThat(faults.refused.get()).isPositive();
        BulkProofs.assertRefusedAreExactlyTheUnstored(result, client, table, 250);
    }

    @Test
    void bulkGet_underFaults_returnsEveryItemInTheOrderAsked(DynamoDbLocal local) {
        List<Order> orders = orders(1_000);
        Order.objects.bulkSave(orders).orThrow();
        List<Order> keys = BulkProofs.keysWithAbsentAndRepeated(orders);
        FaultInjector faults = new FaultInjector().throttleEvery(5).serverErrorEvery(7).withholdEvery(2);

        BulkGetResult<Order> result;
        try (DynamoDbAsyncClient faulty = faults.asyncClient(local)) {
            result = on(faulty, () -> Order.objects.async().bulkGetResult(keys, FAST));
        }

        BulkProofs.assertReadInOrder(result, orders);
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
        try (DynamoDbAsyncClient faulty = faults.asyncClient(local)) {
            result = on(faulty, () -> Order.objects.async().bulkDelete(orders, FAST));
        }

        assertThat(result.succeeded()).isEqualTo(1_000);
        assertThat(result.failed()).isEmpty();
        assertThat(TableScan.items(client, table)).isEmpty();
    }
}
