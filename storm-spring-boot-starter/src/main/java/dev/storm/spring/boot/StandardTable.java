package dev.storm.spring.boot;

import dev.storm.TableDefinition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Creates the standard STORM table at start-up when it is absent. */
final class StandardTable {

    private StandardTable() {
    }

    /**
     * Creates the table ({@code CreateTable}, then waits for {@code ACTIVE}) unless {@code DescribeTable} finds it.
     * Another instance of the application creating it at the same time is not an error.
     */
    static void createIfAbsent(DynamoDbClient client, String tableName, int indexCount) {
        try {
            client.describeTable(describe -> describe.tableName(tableName));
            return;
        } catch (ResourceNotFoundException absent) {
            // created below
        }
        try {
            TableDefinition.create(client, tableName, indexCount);
        } catch (ResourceInUseException createdMeanwhile) {
            try (DynamoDbWaiter waiter = client.waiter()) {
                waiter.waitUntilTableExists(describe -> describe.tableName(tableName));
            }
        }
    }
}
