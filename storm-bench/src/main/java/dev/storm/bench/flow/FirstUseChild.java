package dev.storm.bench.flow;

import dev.storm.ConnectionManager;
import dev.storm.Model;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * One side of the first-use comparison, run in a fresh JVM: {@code storm|enhanced <endpoint> <table>}. The SDK
 * client is built and has made one call before the clock starts, since both sides share that cost; the clock then
 * runs from the mapper's first touch until the twentieth model's first PutItem has completed. Prints
 * {@code first-use-ms=<milliseconds>}.
 */
public final class FirstUseChild {

    private FirstUseChild() {
    }

    public static void main(String[] args) {
        String side = args[0];
        String table = args[2];
        try (DynamoDbClient client = LocalClient.of(args[1])) {
            client.putItem(PutItemRequest.builder().tableName(table).item(Map.of(
                    "PK", AttributeValue.fromS("warm-up"), "SK", AttributeValue.fromS("warm-up"))).build());
            String id = side + "-" + ProcessHandle.current().pid();
            long start = System.nanoTime();
            if (side.equals("storm")) {
                storm(client, table, id);
            } else {
                enhanced(client, table, id);
            }
            long elapsed = System.nanoTime() - start;
            System.out.println("first-use-ms=" + elapsed / 1e6);
        }
    }

    private static void storm(DynamoDbClient client, String table, String id) {
        ConnectionManager.table().setClient(client);
        ConnectionManager.table().setTableName(table);
        for (Model<?> model : FirstUseModels.all(id)) {
            model.save();
        }
    }

    private static void enhanced(DynamoDbClient client, String table, String id) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        for (FirstUseBean bean : FirstUseBeans.all(id)) {
            put(enhanced, table, bean);
        }
    }

    private static <T extends FirstUseBean> void put(DynamoDbEnhancedClient enhanced, String table, T bean) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) bean.getClass();
        enhanced.table(table, TableSchema.fromBean(type)).putItem(bean);
    }
}
