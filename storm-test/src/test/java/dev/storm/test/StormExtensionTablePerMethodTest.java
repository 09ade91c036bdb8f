package dev.storm.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@StormTest(tablePerMethod = true, indexCount = 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StormExtensionTablePerMethodTest {

    private static String firstTable;

    private String beforeEachTable;

    @BeforeEach
    void recordTestTable(@TableName String table) {
        beforeEachTable = table;
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    @Test
    @Order(1)
    void first_getsATableNamedAfterTheMethod(DynamoDbClient client, @TableName String table) {
        firstTable = table;

        assertThat(table).matches("storm_StormExtensionTablePerMethodTest_first_getsATableNamedAfterTheMethod_\\d+");
        assertThat(beforeEachTable).isEqualTo(table);
        assertThat(ConnectionManager.table().tableName()).isEqualTo(table);
        assertThat(client.listTables().tableNames()).contains(table);
    }

    @Test
    @Order(2)
    void second_getsAnotherTable_andTheFirstIsDeleted(DynamoDbClient client, @TableName String table) {
        assertThat(firstTable).isNotNull();
        assertThat(table).isNotEqualTo(firstTable);
        assertThat(beforeEachTable).isEqualTo(table);
        assertThat(ConnectionManager.table().tableName()).isEqualTo(table);
        assertThatThrownBy(() -> client.describeTable(d -> d.tableName(firstTable)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @Order(3)
    void indexCount_createsTheLaterIndexesWithTheirOwnKeys(DynamoDbClient client, @TableName String table) {
        TableDescription description = client.describeTable(d -> d.tableName(table)).table();

        assertThat(description.globalSecondaryIndexes())
                .extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactlyInAnyOrder("GSI1", "GSI2");
        GlobalSecondaryIndexDescription second = description.globalSecondaryIndexes().stream()
                .filter(index -> index.indexName().equals("GSI2"))
                .findFirst()
                .orElseThrow();
        assertThat(second.keySchema()).containsExactly(key("GSI2PK", KeyType.HASH), key("GSI2SK", KeyType.RANGE));
    }
}
