package dev.storm.bench.layer;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.bench.codec.HandCodec;
import dev.storm.bench.codec.Order;
import dev.storm.bench.codec.OrderBean;
import dev.storm.bench.codec.Order_;
import dev.storm.bench.codec.Samples;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A round of typical calls, by each side: put one order, get one by its key, and query the {@value #QUERY_SIZE}
 * orders of the queried customer, decoding everything read. STORM, the raw SDK with the tight hand-written codec,
 * and the Enhanced Client with a given schema send the same requests. Not thread-safe.
 */
public final class Rounds {

    static final String QUERIED = "queried";
    static final String WRITTEN = "written";
    static final int QUERY_SIZE = 50;

    private final DynamoDbClient client;
    private final String table;
    private final HandCodec codec = new HandCodec();
    private int next;

    public Rounds(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** Writes the queried customer's orders (as the hand-written codec and STORM both write them). */
    public void seed() {
        for (int i = 0; i < QUERY_SIZE; i++) {
            client.putItem(PutItemRequest.builder().tableName(table).item(codec.toItem(Samples.order(QUERIED, i)))
                    .build());
        }
    }

    /** Rounds through STORM; returns the sum of the quantities read, so that nothing is optimised away. */
    @SuppressWarnings("try")
    public long storm(int rounds) {
        long read = 0;
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            for (int r = 0; r < rounds; r++) {
                Samples.order(WRITTEN, next++ % 1000).save();
                read += Order.objects.get(Order_.customerId.eq(QUERIED), Order_.orderId.eq(orderId(r))).quantity();
                read += Reads.storm(client, table, QUERIED);
            }
        }
        return read;
    }

    /** The same rounds through the raw SDK and the tight hand-written codec. */
    public long hand(int rounds) {
        long read = 0;
        for (int r = 0; r < rounds; r++) {
            client.putItem(PutItemRequest.builder().tableName(table)
                    .item(codec.toItem(Samples.order(WRITTEN, next++ % 1000))).build());
            Map<String, AttributeValue> key = Map.of(
                    "PK", AttributeValue.fromS(Reads.pk(QUERIED)), "SK", AttributeValue.fromS("O#" + orderId(r)));
            read += codec.fromItem(client.getItem(GetItemRequest.builder().tableName(table).key(key).build()).item())
                    .quantity();
            read += Reads.hand(client, table, QUERIED, codec);
        }
        return read;
    }

    /** The same rounds through the Enhanced Client's table. */
    public long enhanced(DynamoDbTable<OrderBean> beans, int rounds) {
        long read = 0;
        for (int r = 0; r < rounds; r++) {
            beans.putItem(Samples.bean(Samples.order(WRITTEN, next++ % 1000)));
            read += beans.getItem(Key.builder().partitionValue(Reads.pk(QUERIED)).sortValue("O#" + orderId(r))
                    .build()).getQuantity();
            read += Reads.enhanced(beans, QUERIED);
        }
        return read;
    }

    static String orderId(int round) {
        return String.format("2024-%06d", round % QUERY_SIZE);
    }
}
