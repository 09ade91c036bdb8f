package dev.storm.internal.write;

import dev.storm.ConnectionManager;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The table and client of the calling thread, from the {@link ConnectionManager}. */
final class Tables {

    private Tables() {
    }

    static String name() {
        return ConnectionManager.table().tableName();
    }

    static DynamoDbClient client() {
        return ConnectionManager.table().client();
    }
}
