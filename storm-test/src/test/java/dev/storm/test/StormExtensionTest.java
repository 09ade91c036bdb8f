package dev.storm.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ConnectionManager;
import dev.storm.StormException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@StormTest
class StormExtensionTest {

    private static String classTable;

    private final String constructorTable;
    private String beforeEachTable;

    StormExtensionTest(@TableName String table) {
        this.constructorTable = table;
    }

    @BeforeAll
    static void recordClassTable(@TableName String table) {
        classTable = table;
    }

    @BeforeEach
    void recordTestTable(@TableName String table) {
        beforeEachTable = table;
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    @Test
    void table_isCreatedWithTheStandardLayout(DynamoDbClient client, @TableName String table) {
        TableDescription description = client.describeTable(d -> d.tableName(table)).table();

        assertThat(table).matches("storm_StormExtensionTest_\\d+");
        assertThat(description.keySchema()).containsExactly(key("PK", KeyType.HASH), key("SK", KeyType.RANGE));
        assertThat(description.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(description.globalSecondaryIndexes()).hasSize(1);
        GlobalSecondaryIndexDescription index = description.globalSecondaryIndexes().get(0);
        assertThat(index.indexName()).isEqualTo("GSI1");
        assertThat(index.keySchema()).containsExactly(key("GSI1PK", KeyType.HASH), key("SK", KeyType.RANGE));
        assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
    }

    @Test
    void tableName_isTheClassTable_everywhereInTheClass(@TableName String table) {
        assertThat(table).isEqualTo(classTable).isEqualTo(constructorTable).isEqualTo(beforeEachTable);
    }

    @Test
    void parameters_areTheSharedServerAndItsClient(DynamoDbClient client, DynamoDbLocal local) {
        assertThat(local).isSameAs(DynamoDbLocal.shared());
        assertThat(client).isSameAs(local.client());
    }

    @Test
    void connectionManager_onTheTestThread_usesTheTestTableAndClient(DynamoDbClient client, @TableName String table) {
        assertThat(ConnectionManager.table().tableName()).isEqualTo(table);
        assertThat(ConnectionManager.table().client()).isSameAs(client);
    }

    @Test
    void connectionManager_onAnotherThread_doesNotSeeTheTestTable(@TableName String table) {
        String seenElsewhere = CompletableFuture.supplyAsync(() -> {
            try {
                return ConnectionManager.table().tableName();
            } catch (StormException noTableName) {
                return null;
            }
        }).join();

        assertThat(seenElsewhere).isNotEqualTo(table);
    }

    @Test
    void injectedClient_putThenGet_roundTripsAnItem(DynamoDbClient client, @TableName String table) {
        Map<String, AttributeValue> item = Map.of(
                "PK", AttributeValue.fromS("U#u1#USER"),
                "SK", AttributeValue.fromS("METADATA"),
                "name", AttributeValue.fromS("Ann"));

        client.putItem(put -> put.tableName(table).item(item));
        Map<String, AttributeValue> read = client.getItem(get -> get.tableName(table)
                .key(Map.of("PK", item.get("PK"), "SK", item.get("SK")))
                .consistentRead(true)).item();

        assertThat(read).isEqualTo(item);
    }

    @Nested
    class WithoutItsOwnAnnotation {

        @Test
        void sharesTheOuterClassTable(@TableName String table) {
            assertThat(table).isEqualTo(classTable);
            assertThat(ConnectionManager.table().tableName()).isEqualTo(classTable);
        }
    }

    @Nested
    @StormTest(indexCount = 0)
    class WithItsOwnAnnotation {

        @Test
        void getsATableOfItsOwn_withItsSettings(DynamoDbClient client, @TableName String table) {
            TableDescription description = client.describeTable(d -> d.tableName(table)).table();

            assertThat(table).isNotEqualTo(classTable).matches("storm_WithItsOwnAnnotation_\\d+");
            assertThat(ConnectionManager.table().tableName()).isEqualTo(table);
            assertThat(description.hasGlobalSecondaryIndexes()).isFalse();
        }
    }
}
