package dev.storm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class TableDefinitionTest {

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static GlobalSecondaryIndex index(String name, String hashKey, String rangeKey) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(hash(hashKey), range(rangeKey))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    @Test
    void standard_isTheStormLayoutWithOneIndex() {
        CreateTableRequest expected = CreateTableRequest.builder()
                .tableName("shop")
                .keySchema(hash("PK"), range("SK"))
                .attributeDefinitions(string("PK"), string("SK"), string("GSI1PK"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(index("GSI1", "GSI1PK", "SK"))
                .build();

        assertThat(TableDefinition.standard("shop")).isEqualTo(expected);
        assertThat(TableDefinition.standard("shop", 1)).isEqualTo(expected);
    }

    @Test
    void standard_withNoIndex_hasOnlyTheTableKeys() {
        CreateTableRequest request = TableDefinition.standard("shop", 0);

        assertThat(request).isEqualTo(CreateTableRequest.builder()
                .tableName("shop")
                .keySchema(hash("PK"), range("SK"))
                .attributeDefinitions(string("PK"), string("SK"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        assertThat(request.hasGlobalSecondaryIndexes()).isFalse();
    }

    @Test
    void standard_withThreeIndexes_givesLaterIndexesTheirOwnSortKey() {
        CreateTableRequest request = TableDefinition.standard("shop", 3);

        assertThat(request).isEqualTo(CreateTableRequest.builder()
                .tableName("shop")
                .keySchema(hash("PK"), range("SK"))
                .attributeDefinitions(string("PK"), string("SK"), string("GSI1PK"), string("GSI2PK"),
                        string("GSI2SK"), string("GSI3PK"), string("GSI3SK"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(index("GSI1", "GSI1PK", "SK"), index("GSI2", "GSI2PK", "GSI2SK"),
                        index("GSI3", "GSI3PK", "GSI3SK"))
                .build());
    }

    @Test
    void standard_withTwentyIndexes_definesEveryKeyAttributeOnce() {
        CreateTableRequest request = TableDefinition.standard("shop", 20);

        List<String> names = request.attributeDefinitions().stream()
                .map(AttributeDefinition::attributeName)
                .collect(Collectors.toList());
        Map<String, Long> counts = names.stream()
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        assertThat(request.globalSecondaryIndexes()).hasSize(20);
        assertThat(request.globalSecondaryIndexes().get(19).indexName()).isEqualTo("GSI20");
        assertThat(names).hasSize(2 + 1 + 19 * 2).contains("GSI20PK", "GSI20SK");
        assertThat(counts.values()).containsOnly(1L);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 21, Integer.MAX_VALUE})
    void standard_withIndexCountOutOfRange_isRejected(int indexCount) {
        assertThatThrownBy(() -> TableDefinition.standard("shop", indexCount))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'shop'")
                .hasMessageContaining(Integer.toString(indexCount))
                .hasMessageContaining("between 0 and 20");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ab", "my table", "shop#1", "tâble", "shop/orders"})
    void standard_withInvalidTableName_isRejected(String tableName) {
        assertThatThrownBy(() -> TableDefinition.standard(tableName))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'" + tableName + "' is not a valid DynamoDB table name")
                .hasMessageContaining("3 to 255");
    }

    @Test
    void standard_withTableNameOf256Characters_isRejected() {
        assertThatThrownBy(() -> TableDefinition.standard("a".repeat(256)))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "My-Table_1.v2", "storm_UserTest_3"})
    void standard_withValidTableName_usesItVerbatim(String tableName) {
        assertThat(TableDefinition.standard(tableName).tableName()).isEqualTo(tableName);
    }

    @Test
    void standard_withTableNameOf255Characters_isAccepted() {
        assertThat(TableDefinition.standard("a".repeat(255)).tableName()).hasSize(255);
    }

    @Test
    void create_withInvalidTableName_sendsNothing() {
        assertThatThrownBy(() -> TableDefinition.create(null, "x"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TableDefinition.create(null, "shop", 21))
                .isInstanceOf(InvalidValueException.class);
    }
}
