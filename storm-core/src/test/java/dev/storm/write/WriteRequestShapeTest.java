package dev.storm.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.model.Doc;
import dev.storm.model.Doc_;
import dev.storm.model.Order;
import dev.storm.model.Order_;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The single-item requests of conditional and versioned writes, built without a network. */
class WriteRequestShapeTest {

    private static final ReturnValuesOnConditionCheckFailure ALL_OLD = ReturnValuesOnConditionCheckFailure.ALL_OLD;

    private TableContext context;

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_requests", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static Order order() {
        return new Order("u1", "o1", 10, "OPEN", null);
    }

    @Test
    void saveRequest_ofAPlainModel_isUnconditional_andAsksForNothingBack() {
        PutItemRequest request = Order.objects.saveRequest(order(), true);

        assertThat(request.conditionExpression()).isNull();
        assertThat(request.returnValuesOnConditionCheckFailure()).isNull();
        assertThat(request.hasExpressionAttributeNames()).isFalse();
    }

    @Test
    void saveRequest_withACondition_rendersItWithPlaceholders_andAsksForTheOldItemOnFailure() {
        PutItemRequest request = Order.objects.saveRequest(order(), Order_.status.eq("OPEN").and(Order_.amount.lt(50)));

        assertThat(request.conditionExpression()).isEqualTo("(#n0 = :v0 AND #n1 < :v1)");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "status", "#n1", "amount"));
        assertThat(request.expressionAttributeValues()).isEqualTo(Map.of(":v0", s("OPEN"), ":v1", n("50.0")));
        assertThat(request.returnValuesOnConditionCheckFailure()).isEqualTo(ALL_OLD);
    }

    @Test
    void saveRequest_ofANewVersionedModel_acceptsOnlyAnUnversionedItem_andStoresVersionOne() {
        PutItemRequest request = Doc.objects.saveRequest(new Doc("d1", "Draft", 0), true);

        assertThat(request.item()).containsEntry("version", n("1"));
        assertThat(request.conditionExpression())
                .isEqualTo("((attribute_not_exists(#n0) OR attribute_type(#n0, :v0)) OR #n0 = :v1)");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "version"));
        assertThat(request.expressionAttributeValues()).isEqualTo(Map.of(":v0", s("NULL"), ":v1", n("0")));
    }

    @Test
    void saveRequest_ofAVersionedModel_isConditionalOnItsVersion_andIncrementsIt() {
        PutItemRequest request = Doc.objects.saveRequest(new Doc("d1", "Draft", 3), Doc_.title.eq("Draft"));

        assertThat(request.item()).containsEntry("version", n("4"));
        assertThat(request.conditionExpression()).isEqualTo("#n0 = :v0 AND (#n1 = :v1)");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "version", "#n1", "title"));
        assertThat(request.expressionAttributeValues()).isEqualTo(Map.of(":v0", n("3"), ":v1", s("Draft")));
    }

    @Test
    void createRequest_ofAVersionedModel_onlyRequiresAbsence() {
        PutItemRequest request = Doc.objects.saveRequest(new Doc("d1", "Draft", 0), false);

        assertThat(request.conditionExpression()).isEqualTo("attribute_not_exists(#n0)");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "PK"));
        assertThat(request.item()).containsEntry("version", n("1"));
    }

    @Test
    void updateRequest_withACondition_joinsItToTheExistenceCheck() {
        UpdateItemRequest request = Order.objects.updateRequest(order(), Order_.amount.gt(5),
                List.of(Order_.status.set("PAID")));

        assertThat(request.updateExpression()).isEqualTo("SET #n1 = :v0");
        assertThat(request.conditionExpression()).isEqualTo("attribute_exists(#n0) AND #n2 > :v1");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "PK", "#n1", "status",
                "#n2", "amount"));
        assertThat(request.returnValuesOnConditionCheckFailure()).isEqualTo(ALL_OLD);
    }

    @Test
    void updateRequest_ofAVersionedModel_setsTheNextVersion_andChecksTheCurrentOne() {
        UpdateItemRequest request = Doc.objects.updateRequest(new Doc("d1", "Draft", 2), Doc_.title.set("Final"));

        assertThat(request.updateExpression()).isEqualTo("SET #n1 = :v0, #n2 = :v1");
        assertThat(request.conditionExpression()).isEqualTo("attribute_exists(#n0) AND #n2 = :v2");
        assertThat(request.expressionAttributeNames()).containsEntry("#n2", "version");
        assertThat(request.expressionAttributeValues()).containsEntry(":v1", n("3")).containsEntry(":v2", n("2"));
    }

    @Test
    void deleteRequest_withACondition_isConditional() {
        DeleteItemRequest request = Order.objects.deleteRequest(order(), Order_.status.ne("LOCKED"));

        assertThat(request.key()).isEqualTo(Map.of("PK", s("U#u1#USER"), "SK", s("O#o1")));
        assertThat(request.conditionExpression()).isEqualTo("#n0 <> :v0");
        assertThat(request.returnValuesOnConditionCheckFailure()).isEqualTo(ALL_OLD);
        assertThat(Order.objects.deleteRequest(order()).conditionExpression()).isNull();
    }

    @Test
    void deleteRequest_ofAVersionedModel_checksItsVersion() {
        DeleteItemRequest request = Doc.objects.deleteRequest(new Doc("d1", "Draft", 5));

        assertThat(request.conditionExpression()).isEqualTo("#n0 = :v0");
        assertThat(request.expressionAttributeValues()).isEqualTo(Map.of(":v0", n("5")));
    }
}
