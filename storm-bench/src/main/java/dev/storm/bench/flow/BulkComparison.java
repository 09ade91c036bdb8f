package dev.storm.bench.flow;

import dev.storm.BulkResult;
import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.bench.Comparison;
import dev.storm.bench.Median;
import dev.storm.bench.codec.Order;
import dev.storm.bench.codec.Samples;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Saving many orders with {@code Order.objects.bulkSave} (BatchWriteItem, default options) against saving them one by
 * one with {@code save()} (PutItem each), both through STORM over HTTP to DynamoDB Local, each run into its own empty
 * table, the two sides taking turns after a warm-up of both. Not thread-safe: one instance runs on one thread.
 */
public final class BulkComparison {

    private static final int WARM_UP_ITEMS = 500;

    private final DynamoDbClient client;
    private final String tablePrefix;
    private int tables;

    BulkComparison(DynamoDbClient client, String tablePrefix) {
        this.client = client;
        this.tablePrefix = tablePrefix;
    }

    /** Runs {@code runs} timed runs of {@code items} orders per side; items saved per second. */
    public static List<Comparison> run(DynamoDbClient client, String tablePrefix, int items, int runs) {
        BulkComparison bench = new BulkComparison(client, tablePrefix);
        List<Order> warmUp = orders(WARM_UP_ITEMS);
        bench.bulk(warmUp);
        bench.oneByOne(warmUp);
        List<Order> orders = orders(items);
        List<Double> bulk = new ArrayList<>();
        List<Double> oneByOne = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bulk.add(items / bench.bulk(orders));
            oneByOne.add(items / bench.oneByOne(orders));
        }
        return List.of(Comparison.rate("bulk", Median.of(bulk), "one-by-one", Median.of(oneByOne), "items/s"));
    }

    static List<Order> orders(int count) {
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(Samples.order("bulk-" + i % 100, i));
        }
        return orders;
    }

    /** Seconds to save the orders with one bulkSave into a new table; fails unless every order was written. */
    @SuppressWarnings("try")
    double bulk(List<Order> orders) {
        try (TableContext ignored = ConnectionManager.table().tableContext(newTable(), client)) {
            long start = System.nanoTime();
            BulkResult result = Order.objects.bulkSave(orders);
            double seconds = (System.nanoTime() - start) / 1e9;
            result.orThrow();
            return seconds;
        }
    }

    /** Seconds to save the orders one PutItem each into a new table. */
    @SuppressWarnings("try")
    double oneByOne(List<Order> orders) {
        try (TableContext ignored = ConnectionManager.table().tableContext(newTable(), client)) {
            long start = System.nanoTime();
            for (Order order : orders) {
                order.save();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private String newTable() {
        String table = tablePrefix + "_" + tables++;
        TableDefinition.create(client, table);
        return table;
    }
}
