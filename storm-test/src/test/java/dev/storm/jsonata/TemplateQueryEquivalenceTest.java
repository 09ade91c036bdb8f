package dev.storm.jsonata;

import static dev.storm.jsonata.Evaluation.assertEvaluatesTo;
import static dev.storm.jsonata.Evaluation.inputOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.Condition;
import dev.storm.JsonataTemplate;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.TestModel;
import dev.storm.functional.model.TestModel_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import org.junit.jupiter.api.Test;

/** Query templates with every query-set option, evaluated, are the first Query the manager's query set sends. */
@StormTest
class TemplateQueryEquivalenceTest {

    private static final Order ORDER = new Order("u1", "2024-0002", 75.5, "BIG", null);
    private static final JsonataTemplate<Order> ORDERS = JsonataTemplate.of(Order.class);

    @Test
    void queryRequest_ofThePartition_isTheManagersQuery(@TableName String table) {
        JsonNode evaluated = assertEvaluatesTo(ORDERS.queryRequest(qs -> qs), inputOf(ORDER), table,
                Order.objects.using(Order_.userId.eq("u1")).toRequest());
        assertThat(evaluated.at("/ExpressionAttributeValues/:v1/S").textValue()).isEqualTo("O#");
    }

    @Test
    void queryRequest_withLimitReverseOnlyAndConsistent_isTheManagersQuery(@TableName String table) {
        String template = ORDERS.queryRequest(qs -> qs.limit(10).reverse().only(Order_.orderId, Order_.amount)
                .consistent(true));
        JsonNode evaluated = assertEvaluatesTo(template, inputOf(ORDER), table, Order.objects
                .using(Order_.userId.eq("u1")).limit(10).reverse().only(Order_.orderId, Order_.amount)
                .consistent(true).toRequest());
        assertThat(evaluated.get("Limit").intValue()).isEqualTo(10);
        assertThat(evaluated.get("ScanIndexForward").booleanValue()).isFalse();
    }

    @Test
    void queryRequest_withFiltersOfExpressionsAndConstants_isTheManagersQuery(@TableName String table) {
        ObjectNode input = inputOf(ORDER).put("wanted", "BIG").put("prefix", "B").put("other", "HUGE");
        Condition<Order> templateFilter = Order_.status.eq("$states.input.wanted")
                .and(Order_.amount.between(50, 100))
                .or(Order_.status.in("$states.input.wanted", "$states.input.other").and(Order_.payload.notExists()))
                .and(Order_.status.beginsWith("$states.input.prefix").and(Order_.status.contains("'I'")).not().not());
        Condition<Order> managerFilter = Order_.status.eq("BIG")
                .and(Order_.amount.between(50, 100))
                .or(Order_.status.in("BIG", "HUGE").and(Order_.payload.notExists()))
                .and(Order_.status.beginsWith("B").and(Order_.status.contains("I")).not().not());
        String template = ORDERS.queryRequest(qs -> qs.filter(templateFilter).filter(Order_.amount.gt(50)).limit(5));
        assertEvaluatesTo(template, input, table, Order.objects.using(Order_.userId.eq("u1"))
                .filter(managerFilter).filter(Order_.amount.gt(50)).limit(5).toRequest());
    }

    @Test
    void queryRequest_withSortKeyValues_narrowsTheSortKeyAsTheManagerDoes(@TableName String table) {
        ObjectNode input = inputOf(ORDER).put("after", "2024-0001");
        assertEvaluatesTo(ORDERS.queryRequest(qs -> qs.using(Order_.orderId.eq("$states.input.orderId"))), input,
                table, Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq("2024-0002")).toRequest());
        assertEvaluatesTo(ORDERS.queryRequest(qs -> qs.using(Order_.orderId.eq("$states.input.after"))
                .startingAfter(true).reverse()), input, table, Order.objects.using(Order_.userId.eq("u1"),
                Order_.orderId.eq("2024-0001")).startingAfter(true).reverse().toRequest());

        TestModel m = new TestModel("aaa", "bbb", "ccc", "ddd", "eee", "fff", null, null, null);
        JsonNode evaluated = assertEvaluatesTo(JsonataTemplate.of(TestModel.class)
                        .queryRequest(qs -> qs.using(TestModel_.cSk.eq("$states.input.cSk"))), inputOf(m), table,
                TestModel.objects.using(TestModel_.aPk.eq("aaa"), TestModel_.bPk.eq("bbb"), TestModel_.cSk.eq("ccc"))
                        .toRequest());
        assertThat(evaluated.get("KeyConditionExpression").textValue()).contains("begins_with");
        assertThat(evaluated.at("/ExpressionAttributeValues/:v1/S").textValue()).isEqualTo("C#ccc#D#");
    }

    @Test
    void queryRequest_onTheIndex_isTheManagersQuery(@TableName String table) {
        User ann = new User("u1", null, "ann@x.io", "Ann", "ann@x.io", 0);
        JsonNode evaluated = assertEvaluatesTo(JsonataTemplate.of(User.class).queryRequest(qs -> qs.useIndex(true)),
                inputOf(ann), table, User.objects.using(User_.emailGsi.eq("ann@x.io")).useIndex(true).toRequest());
        assertThat(evaluated.get("IndexName").textValue()).isEqualTo("GSI1");
        assertThat(evaluated.at("/ExpressionAttributeValues/:v0/S").textValue()).isEqualTo("E#ann@x.io#USER");
    }
}
