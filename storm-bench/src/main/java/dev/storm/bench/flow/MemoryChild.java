package dev.storm.bench.flow;

import dev.storm.ConnectionManager;
import dev.storm.bench.codec.HandCodec;
import dev.storm.bench.codec.Order;
import dev.storm.bench.codec.Order_;
import dev.storm.bench.layer.LocalClient;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * One side of the memory comparison, run in a JVM with a capped heap: {@code storm|sdk <endpoint> <table>
 * <customerId>} iterates every order of the partition, decoding each, and prints {@code items=}, {@code seconds=}
 * and {@code peak-heap-mib=}: the most heap still in use after a full collection, sampled every
 * {@value #SAMPLE_EVERY} items, which is what iterating keeps alive. The SDK side pages with the SDK's own paginator.
 * A {@code main} only.
 */
public final class MemoryChild {

    static final int SAMPLE_EVERY = 10_000;

    private MemoryChild() {
    }

    public static void main(String[] args) {
        String side = args[0];
        String table = args[2];
        String customerId = args[3];
        LiveHeap heap = new LiveHeap();
        try (DynamoDbClient client = LocalClient.of(args[1])) {
            long start = System.nanoTime();
            long items = side.equals("storm") ? storm(client, table, customerId, heap)
                    : sdk(client, table, customerId, heap);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println("items=" + items);
            System.out.println("seconds=" + seconds);
            System.out.println("peak-heap-mib=" + heap.peakMib());
        }
    }

    private static long storm(DynamoDbClient client, String table, String customerId, LiveHeap heap) {
        ConnectionManager.table().setClient(client);
        ConnectionManager.table().setTableName(table);
        long items = 0;
        for (Order order : Order.objects.using(Order_.customerId.eq(customerId))) {
            items += order.quantity() > 0 ? 1 : 0;
            if (items % SAMPLE_EVERY == 0) {
                heap.sample();
            }
        }
        return items;
    }

    private static long sdk(DynamoDbClient client, String table, String customerId, LiveHeap heap) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :sk)")
                .expressionAttributeNames(Map.of("#pk", "PK", "#sk", "SK"))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("C#" + customerId + "#ORDER"),
                        ":sk", AttributeValue.fromS("O#")))
                .build();
        long items = 0;
        HandCodec codec = new HandCodec();
        for (Map<String, AttributeValue> item : client.queryPaginator(query).items()) {
            items += codec.fromItem(item).quantity() > 0 ? 1 : 0;
            if (items % SAMPLE_EVERY == 0) {
                heap.sample();
            }
        }
        return items;
    }
}
