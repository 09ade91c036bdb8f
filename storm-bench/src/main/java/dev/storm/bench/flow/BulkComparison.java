package dev.storm.bench.flow;

import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.bench.Comparison;
import dev.storm.bench.Interleaved;
import dev.storm.bench.codec.Order;
import dev.storm.bench.codec.Samples;
import dev.storm.bench.layer.StubClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Saving many orders: {@code Order.objects.bulkSave} (BatchWriteItem) against BatchWriteItem built by hand
 * ({@link HandBatch}) at the same concurrency, and against {@code save()} one by one (PutItem each). Three settings:
 * a {@link StubClient}, where the client's CPU per item is all there is; DynamoDB Local on the same machine; and
 * DynamoDB Local behind a simulated network round trip ({@link Delay}). Not thread-safe.
 */
public final class BulkComparison {

    static final int CPU_BATCH = 100;
    private static final BulkOptions ONE_THREAD = BulkOptions.defaults().withConcurrency(1);

    private final DynamoDbClient client;
    private final String table;

    BulkComparison(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** Client CPU per item against a stub: bulkSave on one thread against the hand-built batch and save(). */
    public static List<Comparison> cpu(Duration warmUp, int rounds, Duration slice) {
        BulkComparison stub = new BulkComparison(new StubClient(List.of(), 1), "bench_bulk_cpu");
        List<Order> orders = orders("cpu", CPU_BATCH);
        Interleaved.Result r = new Interleaved()
                .side("storm", count -> stub.repeat(count, () -> stub.bulk(orders, ONE_THREAD)))
                .side("handwritten", count -> stub.repeat(count, () -> stub.hand(orders, 1)))
                .side("save", count -> stub.repeat(count, () -> stub.oneByOne(orders)))
                .run(warmUp, rounds, slice);
        return List.of(r.cpu("bulk-cpu-hand", "storm", "handwritten", CPU_BATCH),
                r.cpu("bulk-cpu-save", "storm", "save", CPU_BATCH));
    }

    /**
     * Items per second against DynamoDB Local: bulkSave with its default four threads against the hand-built batch
     * on four threads, and (when {@code oneByOne}) against save() one by one, {@code rounds} runs of {@code items}
     * each, the sides taking turns.
     */
    public static List<Comparison> rate(DynamoDbClient client, String table, String name, int items, int rounds,
                                        boolean oneByOne) {
        BulkComparison bench = new BulkComparison(client, table);
        List<Order> orders = orders(name, items);
        bench.bulk(orders, BulkOptions.defaults());
        bench.hand(orders, BulkOptions.defaults().concurrency());
        List<Double> storm = new ArrayList<>();
        List<Double> hand = new ArrayList<>();
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            storm.add(items / seconds(() -> bench.bulk(orders, BulkOptions.defaults())));
            hand.add(items / seconds(() -> bench.hand(orders, BulkOptions.defaults().concurrency())));
            if (oneByOne) {
                single.add(items / seconds(() -> bench.oneByOne(orders)));
            }
        }
        List<Comparison> lines = new ArrayList<>();
        lines.add(Comparison.paired(name + "-hand", storm, "handwritten", hand, "items/s", true));
        if (oneByOne) {
            lines.add(Comparison.paired(name, storm, "one-by-one", single, "items/s", true));
        }
        return lines;
    }

    static List<Order> orders(String customerPrefix, int count) {
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(Samples.order(customerPrefix + "-" + i % 100, i));
        }
        return orders;
    }

    /** One bulkSave; fails unless every order was written. */
    @SuppressWarnings("try")
    long bulk(List<Order> orders, BulkOptions options) {
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            BulkResult result = Order.objects.bulkSave(orders, options);
            result.orThrow();
            return result.succeeded();
        }
    }

    long hand(List<Order> orders, int concurrency) {
        return HandBatch.write(client, table, orders, concurrency);
    }

    /** One PutItem per order through save(). */
    @SuppressWarnings("try")
    long oneByOne(List<Order> orders) {
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            for (Order order : orders) {
                order.save();
            }
        }
        return orders.size();
    }

    private long repeat(int count, LongSupplier work) {
        long folded = 0;
        for (int i = 0; i < count; i++) {
            folded += work.getAsLong();
        }
        return folded;
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
