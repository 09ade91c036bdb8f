package dev.storm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The layout of a STORM table: hash key {@code PK} and range key {@code SK} (both strings), on-demand billing, and
 * global secondary indexes {@code GSI1} (hash {@code GSI1PK}, range {@code SK}, the layout STORM for Python uses)
 * then {@code GSI2}, {@code GSI3}... (hash {@code GSInPK}, range {@code GSInSK}), each projecting all attributes.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * CreateTableRequest dryRun = TableDefinition.standard("shop");          // inspect or adapt it
 * TableDefinition.create(client, "shop", 2);                             // GSI1 and GSI2, waits until ACTIVE
 * }</pre>
 */
public final class TableDefinition {

    /** The most global secondary indexes DynamoDB allows on one table by default. */
    public static final int MAX_INDEX_COUNT = 20;

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private TableDefinition() {
    }

    /**
     * Returns the request that creates a STORM table with one global secondary index, {@code GSI1}. Sends nothing.
     *
     * @param tableName the table name: 3 to 255 characters among letters, digits, {@code _}, {@code -} and
     *     {@code .}
     * @return the request
     * @throws InvalidValueException when the table name is not one DynamoDB accepts
     */
    public static CreateTableRequest standard(String tableName) {
        return standard(tableName, 1);
    }

    /**
     * Returns the request that creates a STORM table with {@code indexCount} global secondary indexes,
     * {@code GSI1} to {@code GSI<indexCount>}. Sends nothing.
     *
     * @param tableName the table name: 3 to 255 characters among letters, digits, {@code _}, {@code -} and
     *     {@code .}
     * @param indexCount how many global secondary indexes, from 0 to {@value #MAX_INDEX_COUNT}
     * @return the request
     * @throws InvalidValueException when the table name is not one DynamoDB accepts or the count is out of range
     */
    public static CreateTableRequest standard(String tableName, int indexCount) {
        validateTableName(tableName);
        if (indexCount < 0 || indexCount > MAX_INDEX_COUNT) {
            throw new InvalidValueException("Table '" + tableName + "' cannot have " + indexCount
                    + " global secondary indexes: the index count must be between 0 and " + MAX_INDEX_COUNT + ".");
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        attributes.add(stringAttribute("PK"));
        attributes.add(stringAttribute("SK"));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (int n = 1; n <= indexCount; n++) {
            String hashKey = "GSI" + n + "PK";
            String rangeKey = n == 1 ? "SK" : "GSI" + n + "SK";
            attributes.add(stringAttribute(hashKey));
            if (n > 1) {
                attributes.add(stringAttribute(rangeKey));
            }
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName("GSI" + n)
                    .keySchema(key(hashKey, KeyType.HASH), key(rangeKey, KeyType.RANGE))
                    .projection(p -> p.projectionType(ProjectionType.ALL))
                    .build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
                .attributeDefinitions(attributes)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    /**
     * Creates a STORM table with index {@code GSI1} ({@code CreateTable}) and waits until it is {@code ACTIVE}
     * (polling {@code DescribeTable}); see {@link #standard(String)}.
     *
     * @param client the client to create the table with
     * @param tableName the table name
     * @throws InvalidValueException when the table name is not one DynamoDB accepts; nothing is sent
     * @throws StormException when the table does not become active
     */
    public static void create(DynamoDbClient client, String tableName) {
        create(client, tableName, 1);
    }

    /**
     * Creates a STORM table with {@code indexCount} global secondary indexes ({@code CreateTable}) and waits until
     * it is {@code ACTIVE} (polling {@code DescribeTable}); see {@link #standard(String, int)}.
     *
     * @param client the client to create the table with
     * @param tableName the table name
     * @param indexCount how many global secondary indexes, from 0 to {@value #MAX_INDEX_COUNT}
     * @throws InvalidValueException when the table name or the count is invalid; nothing is sent
     * @throws StormException when the table does not become active
     */
    public static void create(DynamoDbClient client, String tableName, int indexCount) {
        CreateTableRequest request = standard(tableName, indexCount);
        client.createTable(request);
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).build()) {
            waiter.waitUntilTableExists(describe -> describe.tableName(tableName));
        } catch (SdkClientException e) {
            throw new StormException("Table '" + tableName + "' was created but did not become ACTIVE: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Returns the request that turns on DynamoDB's Time to Live for the table, reading the attribute of the models'
     * {@link Ttl} field (a table has one TTL attribute, so models with a TTL share its name). Sends nothing.
     *
     * <pre>{@code UpdateTimeToLiveRequest dryRun = TableDefinition.timeToLive("shop", "expiresAt");}</pre>
     *
     * @param tableName the table name
     * @param attributeName the attribute holding epoch seconds
     * @return the request
     * @throws InvalidValueException when the table or attribute name is not one DynamoDB accepts
     */
    public static UpdateTimeToLiveRequest timeToLive(String tableName, String attributeName) {
        validateTableName(tableName);
        if (attributeName == null || attributeName.isEmpty() || attributeName.length() > 255) {
            throw new InvalidValueException("'" + attributeName + "' cannot be the TTL attribute of table '"
                    + tableName + "': use the attribute name of the @Ttl field (1 to 255 characters)");
        }
        return UpdateTimeToLiveRequest.builder()
                .tableName(tableName)
                .timeToLiveSpecification(spec -> spec.enabled(true).attributeName(attributeName))
                .build();
    }

    /**
     * Turns on Time to Live for the table ({@code UpdateTimeToLive}), once per table; see
     * {@link #timeToLive(String, String)}. DynamoDB then deletes expired items in the background, typically within
     * a few days, without consuming write capacity; STORM's reads skip them until then.
     *
     * <pre>{@code TableDefinition.enableTimeToLive(client, "shop", "expiresAt");}</pre>
     *
     * @param client the client to update the table with
     * @param tableName the table name
     * @param attributeName the attribute holding epoch seconds
     * @throws InvalidValueException when a name is invalid; nothing is sent
     */
    public static void enableTimeToLive(DynamoDbClient client, String tableName, String attributeName) {
        client.updateTimeToLive(timeToLive(tableName, attributeName));
    }

    private static void validateTableName(String tableName) {
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new InvalidValueException("'" + tableName + "' is not a valid DynamoDB table name: use 3 to 255 "
                    + "characters among letters, digits, '_', '-' and '.'.");
        }
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
