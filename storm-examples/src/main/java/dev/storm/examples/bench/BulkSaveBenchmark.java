package dev.storm.examples.bench;

import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.test.DynamoDbLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Writes the same items once with {@code bulkSave} (BatchWriteItem, default {@link BulkOptions}) and once one by one
 * with {@code save} (PutItem), each into its own empty table on an embedded DynamoDB Local reached over HTTP, after a
 * warm-up of both paths, and prints the throughput of each:
 * {@code compare bulk: storm=<items/s> one-by-one=<items/s> ratio=<x> unit=items/s}. The first argument, if any, is
 * the number of items (default 10,000).
 */
public final class BulkSaveBenchmark {

    private static final int DEFAULT_ITEMS = 10_000;
    private static final int WARM_UP_ITEMS = 2_000;

    private BulkSaveBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ITEMS;
        try (DynamoDbLocal local = DynamoDbLocal.start()) {
            DynamoDbClient client = local.client();
            warmUp(client);
            List<Reading> items = readings("s", count);

            long bulkNanos = timed(client, "storm_bench_bulk", () -> {
                BulkResult result = Reading.objects.bulkSave(items);
                result.orThrow();
            });
            long oneByOneNanos = timed(client, "storm_bench_one_by_one", () -> {
                for (Reading r : items) {
                    r.save();
                }
            });

            check(client, "storm_bench_bulk", count);
            check(client, "storm_bench_one_by_one", count);
            double bulk = count / (bulkNanos / 1e9);
            double oneByOne = count / (oneByOneNanos / 1e9);
            System.out.printf(Locale.ROOT, "bulkSave of %d items: %.2f s; save one by one: %.2f s%n", count,
                    bulkNanos / 1e9, oneByOneNanos / 1e9);
            System.out.printf(Locale.ROOT, "compare bulk: storm=%.0f one-by-one=%.0f ratio=%.2f unit=items/s%n",
                    bulk, oneByOne, bulk / oneByOne);
        }
    }

    /** Runs both paths once on a scratch table, so that neither is measured while the JIT is still cold. */
    private static void warmUp(DynamoDbClient client) {
        List<Reading> items = readings("warm", WARM_UP_ITEMS);
        timed(client, "storm_bench_warm_up", () -> {
            Reading.objects.bulkSave(items).orThrow();
            for (Reading r : items) {
                r.save();
            }
        });
    }

    @SuppressWarnings("try")
    private static long timed(DynamoDbClient client, String table, Runnable work) {
        TableDefinition.create(client, table);
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            long start = System.nanoTime();
            work.run();
            return System.nanoTime() - start;
        }
    }

    private static List<Reading> readings(String prefix, int count) {
        List<Reading> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(new Reading(prefix + (i % 100), String.format(Locale.ROOT, "%08d", i), i * 0.5, "celsius",
                    "reading " + i + " of sensor " + prefix + (i % 100)));
        }
        return items;
    }

    private static void check(DynamoDbClient client, String table, int expected) {
        int stored = 0;
        var pages = client.scanPaginator(ScanRequest.builder().tableName(table).select(Select.COUNT).build());
        for (var page : pages) {
            stored += page.count();
        }
        if (stored != expected) {
            throw new IllegalStateException(table + " holds " + stored + " items, expected " + expected);
        }
    }
}
