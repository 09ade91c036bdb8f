package dev.storm.bench.layer;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.bench.codec.HandCodec;
import dev.storm.bench.codec.Order;
import dev.storm.bench.codec.OrderBean;
import dev.storm.bench.codec.Order_;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One query of a customer's orders, read to the end and decoded, by each side: STORM's query set, the raw SDK
 * paging by hand with the tight hand-written codec, and the Enhanced Client with a given table schema. All send the
 * same key condition ({@code PK = :pk AND begins_with(SK, "O#")}). Not thread-safe.
 */
public final class Reads {

    private Reads() {
    }

    /** Every order of the customer through STORM; returns the sum of their quantities. */
    @SuppressWarnings("try")
    public static long storm(DynamoDbClient client, String table, String customerId) {
        long read = 0;
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            for (Order order : Order.objects.using(Order_.customerId.eq(customerId))) {
                read += order.quantity();
            }
        }
        return read;
    }

    /** The same through the raw SDK and {@code codec}. */
    public static long hand(DynamoDbClient client, String table, String customerId, HandCodec codec) {
        QueryRequest request = request(table, customerId);
        long read = 0;
        while (true) {
            QueryResponse response = client.query(request);
            for (Map<String, AttributeValue> item : response.items()) {
                read += codec.fromItem(item).quantity();
            }
            if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
                return read;
            }
            request = request.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
        }
    }

    /** The same through the Enhanced Client. */
    public static long enhanced(DynamoDbTable<OrderBean> table, String customerId) {
        long read = 0;
        QueryConditional condition = QueryConditional.sortBeginsWith(
                Key.builder().partitionValue(pk(customerId)).sortValue("O#").build());
        for (OrderBean bean : table.query(condition).items()) {
            read += bean.getQuantity();
        }
        return read;
    }

    /** The Enhanced Client's table of orders with the given schema. */
    public static DynamoDbTable<OrderBean> table(DynamoDbClient client, String table, TableSchema<OrderBean> schema) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(table, schema);
    }

    static QueryRequest request(String table, String customerId) {
        return QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :sk)")
                .expressionAttributeNames(Map.of("#pk", "PK", "#sk", "SK"))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk(customerId)),
                        ":sk", AttributeValue.fromS("O#")))
                .build();
    }

    static String pk(String customerId) {
        return "C#" + customerId + "#ORDER";
    }
}
