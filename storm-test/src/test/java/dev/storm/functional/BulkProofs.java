package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.BulkFailure;
import dev.storm.BulkGetResult;
import dev.storm.BulkResult;
import dev.storm.functional.model.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The orders and the checks that the blocking and the async bulk fault proofs share. */
final class BulkProofs {

    private BulkProofs() {
    }

    /** Orders spread over 50 partitions, each with its own amount. */
    static List<Order> orders(int count) {
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(new Order("u" + (i % 50), "o" + i, i, "NEW", "payload of order " + i));
        }
        return orders;
    }

    /** Every order is stored exactly once, with its own amount, and nothing else is. */
    static void assertEachStoredOnce(DynamoDbClient client, String table, List<Order> orders) {
        List<Map<String, AttributeValue>> stored = TableScan.items(client, table);
        assertThat(stored).hasSize(orders.size());
        Map<String, Double> amountByKey = new HashMap<>();
        for (Map<String, AttributeValue> item : stored) {
            String key = item.get("PK").s() + "|" + item.get("SK").s();
            assertThat(amountByKey.put(key, Double.valueOf(item.get("amount").n()))).as(key).isNull();
        }
        for (Order o : orders) {
            assertThat(amountByKey).containsEntry(o.getPk() + "|" + o.getSk(), o.amount());
        }
    }

    /** Every order failed for throttling until the deadline, with its cause, and nothing is stored. */
    static void assertAllThrottledPastDeadline(BulkResult result, List<Order> orders, DynamoDbClient client,
                                               String table) {
        assertThat(result.succeeded()).isZero();
        assertThat(result.failed()).extracting(BulkFailure::model).containsExactlyElementsOf(orders);
        assertThat(result.failed()).allSatisfy(f -> {
            assertThat(f.reason()).contains("ProvisionedThroughputExceededException", "deadline of PT0.3S");
            assertThat(f.cause()).isNotNull();
        });
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    /** The refused orders are exactly those not stored; together they are every order, once. */
    static void assertRefusedAreExactlyTheUnstored(BulkResult result, DynamoDbClient client, String table,
                                                   int total) {
        assertThat(result.failed()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.reason()).contains("refused by DynamoDB", "ValidationException"));
        assertThat(result.succeeded() + result.failed().size()).isEqualTo(total);
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
        assertThat(allKeys).hasSize(total).doesNotHaveDuplicates();
    }

    /** The keys of the orders, with an absent key first and the eighth order asked twice. */
    static List<Order> keysWithAbsentAndRepeated(List<Order> orders) {
        List<Order> keys = new ArrayList<>(orders);
        keys.add(0, Order.of("nobody", "none", 0));
        keys.add(orders.get(7));
        return keys;
    }

    /** The read of {@link #keysWithAbsentAndRepeated}: every item in the order asked, the absent one missing. */
    static void assertReadInOrder(BulkGetResult<Order> result, List<Order> orders) {
        assertThat(result.isComplete()).isTrue();
        List<Order> expected = new ArrayList<>(orders);
        expected.add(0, null);
        expected.add(orders.get(7));
        assertThat(result.items()).containsExactlyElementsOf(expected);
        assertThat(result.missing()).containsExactly(Order.of("nobody", "none", 0));
    }
}
