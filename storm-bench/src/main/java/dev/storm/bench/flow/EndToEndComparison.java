package dev.storm.bench.flow;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.bench.Comparison;
import dev.storm.bench.Median;
import dev.storm.bench.codec.HandCodec;
import dev.storm.bench.codec.Order;
import dev.storm.bench.codec.Order_;
import dev.storm.bench.codec.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A mix of calls through STORM and through the raw SDK with hand-built maps, against one DynamoDB Local in one run:
 * a round is a put, a get, and a query returning 50 items, each call counting as one operation. The two sides take
 * turns sample by sample, the first of each pair alternating, so drift in the machine touches both alike. Not
 * thread-safe: one instance runs on one thread.
 */
public final class EndToEndComparison {

    static final String QUERIED = "queried";
    static final String WRITTEN = "written";
    static final int QUERY_SIZE = 50;
    private static final int OPERATIONS_PER_ROUND = 3;

    private final DynamoDbClient client;
    private final String table;
    private int next;

    EndToEndComparison(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /**
     * Seeds the queried partition, warms both sides up for {@code warmupRounds} rounds each, then takes
     * {@code samples} samples of {@code rounds} rounds per side.
     */
    public static Comparison run(DynamoDbClient client, String table, int warmupRounds, int samples, int rounds) {
        EndToEndComparison bench = new EndToEndComparison(client, table);
        bench.seed();
        bench.stormRounds(warmupRounds);
        bench.sdkRounds(warmupRounds);
        List<Double> storm = new ArrayList<>();
        List<Double> sdk = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            // the side that goes first alternates, so neither always follows the other's garbage
            if (i % 2 == 0) {
                storm.add(bench.timed(() -> bench.stormRounds(rounds), rounds));
                sdk.add(bench.timed(() -> bench.sdkRounds(rounds), rounds));
            } else {
                sdk.add(bench.timed(() -> bench.sdkRounds(rounds), rounds));
                storm.add(bench.timed(() -> bench.stormRounds(rounds), rounds));
            }
        }
        return Comparison.rate("end-to-end", Median.of(storm), "sdk", Median.of(sdk), "ops/s");
    }

    void seed() {
        for (int i = 0; i < QUERY_SIZE; i++) {
            client.putItem(PutItemRequest.builder().tableName(table)
                    .item(HandCodec.toItem(Samples.order(QUERIED, i))).build());
        }
    }

    private double timed(Runnable work, int rounds) {
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return rounds * OPERATIONS_PER_ROUND / seconds;
    }

    /** Rounds through STORM; returns the number of items read, so that nothing is optimised away. */
    @SuppressWarnings("try")
    int stormRounds(int rounds) {
        int read = 0;
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            for (int r = 0; r < rounds; r++) {
                Order order = Samples.order(WRITTEN, next++ % 1000);
                order.save();
                Order got = Order.objects.get(Order_.customerId.eq(QUERIED), Order_.orderId.eq(orderId(r)));
                read += got.quantity();
                for (Order o : Order.objects.using(Order_.customerId.eq(QUERIED))) {
                    read += o.quantity();
                }
            }
        }
        return read;
    }

    /** The same rounds through the raw SDK and hand-built maps. */
    int sdkRounds(int rounds) {
        int read = 0;
        for (int r = 0; r < rounds; r++) {
            Order order = Samples.order(WRITTEN, next++ % 1000);
            client.putItem(PutItemRequest.builder().tableName(table).item(HandCodec.toItem(order)).build());
            Map<String, AttributeValue> key = Map.of(
                    "PK", AttributeValue.fromS("C#" + QUERIED + "#ORDER"),
                    "SK", AttributeValue.fromS("O#" + orderId(r)));
            Order got = HandCodec.fromItem(client.getItem(
                    GetItemRequest.builder().tableName(table).key(key).build()).item());
            read += got.quantity();
            QueryRequest query = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("#pk = :pk AND begins_with(#sk, :sk)")
                    .expressionAttributeNames(Map.of("#pk", "PK", "#sk", "SK"))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("C#" + QUERIED + "#ORDER"),
                            ":sk", AttributeValue.fromS("O#")))
                    .build();
            for (Map<String, AttributeValue> item : client.queryPaginator(query).items()) {
                read += HandCodec.fromItem(item).quantity();
            }
        }
        return read;
    }

    private static String orderId(int round) {
        return String.format("2024-%06d", round % QUERY_SIZE);
    }
}
