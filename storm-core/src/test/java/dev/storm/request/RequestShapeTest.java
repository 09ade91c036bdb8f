package dev.storm.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.F;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidQueryException;
import dev.storm.InvalidValueException;
import dev.storm.TableContext;
import dev.storm.model.Counter;
import dev.storm.model.Counter_;
import dev.storm.model.Order;
import dev.storm.model.Order_;
import dev.storm.model.TestModel;
import dev.storm.model.TestModel_;
import dev.storm.model.User;
import dev.storm.model.User_;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The requests each operation builds, without a network. */
class RequestShapeTest {

    private TableContext context;

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_requests", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    private static User ann() {
        return new User("user123", null, "a@b.c", "Ann", "a@b.c");
    }

    @Test
    void saveRequest_withOverride_putsKeysAndEveryFieldUnconditionally() {
        PutItemRequest request = User.objects.saveRequest(ann(), true);
        assertThat(request.tableName()).isEqualTo("storm_requests");
        assertThat(request.item()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PK", s("U#user123#USER"), "SK", s("T#METADATA"), "GSI1PK", s("E#a@b.c#USER"),
                "userId", s("user123"), "type", s("METADATA"), "email", s("a@b.c"), "name", s("Ann"),
                "emailGsi", s("a@b.c")));
        assertThat(request.conditionExpression()).isNull();
    }

    @Test
    void saveRequest_withoutOverride_isConditionalOnAbsence() {
        PutItemRequest request = User.objects.saveRequest(ann(), false);
        assertThat(request.conditionExpression()).isEqualTo("attribute_not_exists(#n0)");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "PK"));
    }

    @Test
    void saveRequest_writesNullFieldsAsNullAttributes_likeStormForPython() {
        PutItemRequest request = User.objects.saveRequest(new User("u1", null, null, null, "e"), true);
        assertThat(request.item().get("email")).isEqualTo(AttributeValue.fromNul(true));
    }

    @Test
    void getAndDeleteRequests_addressTheTableKey() {
        assertThat(User.objects.getRequest(ann()).key())
                .isEqualTo(Map.of("PK", s("U#user123#USER"), "SK", s("T#METADATA")));
        assertThat(User.objects.deleteRequest(ann()).key())
                .isEqualTo(Map.of("PK", s("U#user123#USER"), "SK", s("T#METADATA")));
        assertThat(User.objects.deleteRequest(ann()).tableName()).isEqualTo("storm_requests");
    }

    @Test
    void updateRequest_ofGsiField_rewritesGsi1pk_withPlaceholdersEverywhere() {
        UpdateItemRequest request = User.objects.updateRequest(ann(), User_.email.set("new@b.c"),
                User_.emailGsi.set("new@b.c"), User_.name.remove());
        assertThat(request.key()).isEqualTo(Map.of("PK", s("U#user123#USER"), "SK", s("T#METADATA")));
        assertThat(request.conditionExpression()).isEqualTo("attribute_exists(#n0)");
        assertThat(request.updateExpression())
                .isEqualTo("SET #n1 = :v0, #n2 = :v1, #n4 = :v2 REMOVE #n3");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of(
                "#n0", "PK", "#n1", "email", "#n2", "emailGsi", "#n3", "name", "#n4", "GSI1PK"));
        assertThat(request.expressionAttributeValues()).isEqualTo(Map.of(
                ":v0", s("new@b.c"), ":v1", s("new@b.c"), ":v2", s("E#new@b.c#USER")));
        assertThat(request.returnValues()).isEqualTo(ReturnValue.ALL_NEW);
    }

    @Test
    void updateRequest_withF_rendersServerSideArithmetic() {
        Counter c = new Counter("c1", 0, 0L);
        UpdateItemRequest request = Counter.objects.updateRequest(c,
                Counter_.hits.set(F.of(Counter_.hits).plus(1).plus(2)), Counter_.total.add(5));
        assertThat(request.updateExpression()).isEqualTo("SET #n1 = #n1 + :v0 ADD #n2 :v1");
        assertThat(request.expressionAttributeNames())
                .isEqualTo(Map.of("#n0", "PK", "#n1", "hits", "#n2", "total"));
        assertThat(request.expressionAttributeValues()).isEqualTo(Map.of(
                ":v0", AttributeValue.fromN("3"), ":v1", AttributeValue.fromN("5")));
    }

    @Test
    void updateRequest_withFOfTwoAttributes_usesBothNames() {
        Counter c = new Counter("c1", 0, 0L);
        UpdateItemRequest request = Counter.objects.updateRequest(c,
                Counter_.total.set(F.of(Counter_.total).minus(F.of("hits"))));
        assertThat(request.updateExpression()).isEqualTo("SET #n1 = #n1 - #n2");
        assertThat(request.expressionAttributeNames())
                .isEqualTo(Map.of("#n0", "PK", "#n1", "total", "#n2", "hits"));
    }

    @Test
    void fExpression_withTwoOperators_isRefused() {
        assertThatThrownBy(() -> F.of("a").plus(F.of("b")).plus(1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'a'");
    }

    @Test
    void updateRequest_ofKeyField_isInvalidKey() {
        assertThatThrownBy(() -> User.objects.updateRequest(ann(), User_.userId.set("other")))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.userId")
                .hasMessageContaining("PK");
        assertThatThrownBy(() -> User.objects.updateRequest(ann(), User_.type.set("OTHER")))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.type")
                .hasMessageContaining("SK");
    }

    @Test
    void updateRequest_removingTheOnlyGsiField_removesTheItemFromGsi1() {
        UpdateItemRequest request = User.objects.updateRequest(ann(), User_.emailGsi.remove());

        assertThat(request.updateExpression()).isEqualTo("REMOVE #n1, #n2");
        assertThat(request.expressionAttributeNames()).containsEntry("#n1", "emailGsi").containsEntry("#n2", "GSI1PK");
    }

    @Test
    void updateRequest_ofNumberFieldWithFractionForInt_isInvalidValue() {
        assertThatThrownBy(() -> Counter.objects.updateRequest(new Counter("c1", 0, 0L),
                Counter_.hits.set(1.5)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Counter.hits")
                .hasMessageContaining("1.5");
    }

    @Test
    void queryRequest_byPartition_narrowsToTheModelsSortKeys() {
        QueryRequest request = Order.objects.using(Order_.userId.eq("u1")).toRequest();
        assertThat(request.keyConditionExpression()).isEqualTo("#n0 = :v0 AND begins_with(#n1, :v1)");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "PK", "#n1", "SK"));
        assertThat(request.expressionAttributeValues())
                .isEqualTo(Map.of(":v0", s("U#u1#USER"), ":v1", s("O#")));
        assertThat(request.indexName()).isNull();
        assertThat(request.limit()).isNull();
        assertThat(request.scanIndexForward()).isNull();
    }

    @Test
    void queryRequest_withEveryOption_rendersEachOne() {
        QueryRequest request = Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq("o5"))
                .startingAfter(true).reverse().limit(20).consistent(true)
                .filter(Order_.amount.gt(50)).filter(Order_.status.in("NEW", "PAID"))
                .only(Order_.orderId, Order_.status).toRequest();
        // backwards from o5 down to the first Order key, o5 itself dropped by the filter
        assertThat(request.keyConditionExpression()).isEqualTo("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
        assertThat(request.filterExpression())
                .isEqualTo("((#n2 > :v3 AND #n3 IN (:v4, :v5)) AND (NOT #n4 = :v6))");
        // the key fields (userId) come along, so that a projected Order can still be updated or deleted
        assertThat(request.projectionExpression()).isEqualTo("#n4, #n3, #n5, #n1");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of(
                "#n0", "PK", "#n1", "SK", "#n2", "amount", "#n3", "status", "#n4", "orderId", "#n5", "userId"));
        assertThat(request.expressionAttributeValues()).isEqualTo(Map.of(
                ":v0", s("U#u1#USER"), ":v1", s("O#"), ":v2", s("O#o5"), ":v3", AttributeValue.fromN("50.0"),
                ":v4", s("NEW"), ":v5", s("PAID"), ":v6", s("o5")));
        assertThat(request.scanIndexForward()).isFalse();
        assertThat(request.consistentRead()).isTrue();
        assertThat(request.limit()).isNull();
    }

    @Test
    void queryRequest_withLimitAndNoFilter_setsDynamoDbLimit() {
        assertThat(Order.objects.using(Order_.userId.eq("u1")).limit(7).toRequest().limit()).isEqualTo(7);
    }

    @Test
    void queryRequest_onIndex_usesGsi1pk_andKeepsToTheModelsSortKeys() {
        QueryRequest request = TestModel.objects.using(TestModel_.eGsi.eq("eee"), TestModel_.fGsi.eq("fff"))
                .useIndex(true).toRequest();
        assertThat(request.indexName()).isEqualTo("GSI1");
        assertThat(request.keyConditionExpression()).isEqualTo("#n0 = :v0 AND begins_with(#n1, :v1)");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "GSI1PK", "#n1", "SK"));
        assertThat(request.expressionAttributeValues())
                .isEqualTo(Map.of(":v0", s("E#eee#F#fff#TestModel"), ":v1", s("C#")));
    }

    @Test
    void queryRequest_withReservedWordAttributes_usesPlaceholdersOnly() {
        QueryRequest request = User.objects.using(User_.userId.eq("u1"))
                .filter(User_.name.eq("Ann").and(User_.type.ne("X")).or(User_.email.notExists().not()))
                .toRequest();
        assertThat(request.filterExpression())
                .isEqualTo("((#n2 = :v2 AND #n3 <> :v3) OR (NOT attribute_not_exists(#n4)))");
        assertThat(request.filterExpression()).doesNotContain("name").doesNotContain("type");
    }

    @Test
    void queryRequest_isImmutable_eachCallMakesANewSet() {
        var base = Order.objects.using(Order_.userId.eq("u1"));
        var limited = base.limit(3);
        assertThat(base.toRequest().limit()).isNull();
        assertThat(limited.toRequest().limit()).isEqualTo(3);
    }

    @Test
    void using_withNonKeyField_orNonEquality_isInvalidQuery() {
        assertThatThrownBy(() -> User.objects.using(User_.email.eq("x")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("User.email");
        assertThatThrownBy(() -> User.objects.using(User_.userId.gt("x")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("filter");
    }

    @Test
    void using_withoutPartitionKey_isInvalidKey() {
        assertThatThrownBy(() -> Order.objects.using(Order_.orderId.eq("o1")).toRequest())
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("Order.userId");
    }

    @Test
    void consistentQueryOnIndex_isInvalidQuery() {
        assertThatThrownBy(() -> User.objects.using(User_.emailGsi.eq("e")).useIndex(true).consistent(true)
                .toRequest()).isInstanceOf(InvalidQueryException.class).hasMessageContaining("GSI1");
    }

    @Test
    void queryOnIndexTheModelIsNotIn_isInvalidQuery() {
        assertThatThrownBy(() -> Order.objects.using(Order_.userId.eq("u")).useIndex(true).toRequest())
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Order")
                .hasMessageContaining("GSI1");
    }
}
