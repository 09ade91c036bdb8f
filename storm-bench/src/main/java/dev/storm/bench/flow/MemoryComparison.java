package dev.storm.bench.flow;

import dev.storm.bench.ChildJvm;
import dev.storm.bench.Comparison;
import dev.storm.bench.codec.HandCodec;
import dev.storm.bench.codec.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Iterating one query over {@code items} orders in a JVM capped at {@value #HEAP}: STORM's query set against the
 * SDK's paginator with hand-written decoding, each in its own child JVM ({@link MemoryChild}). The server runs here,
 * so only the client side is capped. Stateless.
 */
public final class MemoryComparison {

    public static final String HEAP = "-Xmx64m";
    static final String CUSTOMER = "many";
    private static final int BATCH = 25;

    private MemoryComparison() {
    }

    /**
     * Seeds the partition with {@code items} orders, then iterates it once per side. Two lines: the items each side
     * iterated under the cap, and the most heap each kept alive (see {@link MemoryChild}).
     */
    public static List<Comparison> run(DynamoDbClient client, String endpoint, String table, int items) {
        seed(client, table, items);
        Map<String, String> storm = iterate("storm", endpoint, table);
        Map<String, String> sdk = iterate("sdk", endpoint, table);
        return List.of(
                Comparison.rate("memory-items", Double.parseDouble(storm.get("items")), "sdk",
                        Double.parseDouble(sdk.get("items")), "items"),
                Comparison.cost("memory-peak-heap", Double.parseDouble(storm.get("peak-heap-mib")), "sdk",
                        Double.parseDouble(sdk.get("peak-heap-mib")), "MiB"));
    }

    static Map<String, String> iterate(String side, String endpoint, String table) {
        return ChildJvm.run(MemoryChild.class, List.of(HEAP), List.of(side, endpoint, table, CUSTOMER));
    }

    /** Writes the orders with plain BatchWriteItem, resending what DynamoDB leaves unprocessed. */
    static void seed(DynamoDbClient client, String table, int items) {
        List<WriteRequest> batch = new ArrayList<>(BATCH);
        HandCodec codec = new HandCodec();
        for (int i = 0; i < items; i++) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(codec.toItem(Samples.order(CUSTOMER, i))).build()).build());
            if (batch.size() == BATCH || i == items - 1) {
                write(client, table, batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    private static void write(DynamoDbClient client, String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        while (!pending.isEmpty()) {
            BatchWriteItemResponse response = client.batchWriteItem(
                    BatchWriteItemRequest.builder().requestItems(pending).build());
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }
}
