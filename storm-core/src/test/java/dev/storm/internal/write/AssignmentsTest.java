package dev.storm.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Reading back what an update expression does to each attribute, and recognising an item it stored. */
class AssignmentsTest {

    private static UpdateItemRequest request(String expression, Map<String, String> names,
                                             Map<String, AttributeValue> values) {
        return UpdateItemRequest.builder().tableName("t").key(Map.of("PK", AttributeValue.fromS("A#1#X"),
                "SK", AttributeValue.fromS("X"))).updateExpression(expression).expressionAttributeNames(names)
                .expressionAttributeValues(values).build();
    }

    @Test
    void constantsRemovesAndComputedParts_areToldApart() {
        Assignments a = Assignments.of(request("SET #n1 = :v0, #n2 = #n2 + :v1, #n3 = :v2 REMOVE #n4, #n5 ADD #n6 :v3",
                Map.of("#n1", "title", "#n2", "hits", "#n3", "version", "#n4", "old", "#n5", "gone", "#n6", "total",
                        "#n0", "PK"),
                Map.of(":v0", AttributeValue.fromS("b"), ":v1", AttributeValue.fromN("1"),
                        ":v2", AttributeValue.fromN("2"), ":v3", AttributeValue.fromN("5"))));

        assertThat(a.constants()).isEqualTo(Map.of("title", AttributeValue.fromS("b"),
                "version", AttributeValue.fromN("2")));
        assertThat(a.removed()).isEqualTo(Set.of("old", "gone"));
        assertThat(a.computed()).isTrue();
    }

    @Test
    void onlyConstants_isNotComputed_andTheStoredItemIsRecognisedAsDynamoDbCompares() {
        Assignments a = Assignments.of(request("SET #n1 = :v0, #n2 = :v1 REMOVE #n3",
                Map.of("#n1", "amount", "#n2", "tags", "#n3", "old"),
                Map.of(":v0", AttributeValue.fromN("2.50"), ":v1", AttributeValue.fromSs(List.of("a", "b")))));

        assertThat(a.computed()).isFalse();
        Map<String, AttributeValue> stored = Map.of("PK", AttributeValue.fromS("A#1#X"),
                "amount", AttributeValue.fromN("2.5"), "tags", AttributeValue.fromSs(List.of("b", "a")));
        assertThat(a.heldBy(stored)).isTrue();
        assertThat(a.heldBy(Map.of("amount", AttributeValue.fromN("2.5"), "tags", AttributeValue.fromSs(List.of("a")))))
                .isFalse();
        assertThat(a.heldBy(Map.of("amount", AttributeValue.fromN("2.5"), "tags", AttributeValue.fromSs(
                List.of("a", "b")), "old", AttributeValue.fromS("still here")))).isFalse();
        assertThat(a.heldBy(null)).isFalse();
    }

    @Test
    void theKnownItem_isTheKeysAndTheSetValues() {
        Assignments a = Assignments.of(request("SET #n1 = :v0", Map.of("#n1", "payload"),
                Map.of(":v0", AttributeValue.fromS("x"))));
        assertThat(a.knownItem(Map.of("PK", AttributeValue.fromS("p"), "SK", AttributeValue.fromS("s"))))
                .containsOnlyKeys("PK", "SK", "payload");
    }
}
