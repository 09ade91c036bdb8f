package dev.storm.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidQueryException;
import dev.storm.TableContext;
import dev.storm.model.Ledger;
import dev.storm.model.Ledger_;
import dev.storm.model.Order;
import dev.storm.model.Order_;
import dev.storm.model.Reading;
import dev.storm.model.Reading_;
import dev.storm.model.TestModel;
import dev.storm.model.TestModel_;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The key conditions of sort-key ranges: BETWEEN bounds inside the model's own keys, so that no range runs into
 * another model's items of the partition. Order's sort key is one field ({@code O#<orderId>}); TestModel's two
 * ({@code C#<cSk>#D#<dSk>}).
 */
class SortKeyRangeRequestTest {

    private TableContext context;

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_requests", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    private static QueryRequest order(dev.storm.Condition<Order> range) {
        return Order.objects.using(Order_.userId.eq("u1"), range).toRequest();
    }

    private static QueryRequest testModel(dev.storm.Condition<TestModel> range) {
        return TestModel.objects.using(TestModel_.aPk.eq("a"), TestModel_.bPk.eq("b"), range).toRequest();
    }

    /** The sort-key condition with its values substituted, and the filter likewise: easy to read and compare. */
    private static String readable(QueryRequest request) {
        String text = request.keyConditionExpression()
                + (request.filterExpression() == null ? "" : " FILTER " + request.filterExpression());
        for (Map.Entry<String, String> e : request.expressionAttributeNames().entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        Map<String, AttributeValue> values = request.expressionAttributeValues();
        for (int i = values.size() - 1; i >= 0; i--) {
            AttributeValue v = values.get(":v" + i);
            text = text.replace(":v" + i, "'" + (v.s() != null ? v.s() : v.n()) + "'");
        }
        return text;
    }

    @Test
    void rangesOnTheLastSortKeyField_areBetweenTheModelsBounds() {
        assertThat(readable(order(Order_.orderId.ge("o5")))).isEqualTo("PK = 'U#u1#USER' AND SK BETWEEN 'O#o5' AND 'O$'");
        assertThat(readable(order(Order_.orderId.le("o5")))).isEqualTo("PK = 'U#u1#USER' AND SK BETWEEN 'O#' AND 'O#o5'");
        assertThat(readable(order(Order_.orderId.between("o2", "o5"))))
                .isEqualTo("PK = 'U#u1#USER' AND SK BETWEEN 'O#o2' AND 'O#o5'");
        assertThat(readable(order(Order_.orderId.beginsWith("2024-"))))
                .isEqualTo("PK = 'U#u1#USER' AND begins_with(SK, 'O#2024-')");
    }

    @Test
    void exclusiveRangesOnTheLastField_filterOutTheBoundItem() {
        assertThat(readable(order(Order_.orderId.gt("o5"))))
                .isEqualTo("PK = 'U#u1#USER' AND SK BETWEEN 'O#o5' AND 'O$' FILTER orderId <> 'o5'");
        assertThat(readable(order(Order_.orderId.lt("o5"))))
                .isEqualTo("PK = 'U#u1#USER' AND SK BETWEEN 'O#' AND 'O#o5' FILTER orderId <> 'o5'");
    }

    @Test
    void rangesOnAFieldFollowedByOthers_boundAboveEveryKeyThatContinuesTheValue() {
        assertThat(readable(testModel(TestModel_.cSk.gt("c5"))))
                .isEqualTo("PK = 'A#a#B#b#TestModel' AND SK BETWEEN 'C#c5$' AND 'C$'");
        assertThat(readable(testModel(TestModel_.cSk.ge("c5"))))
                .isEqualTo("PK = 'A#a#B#b#TestModel' AND SK BETWEEN 'C#c5' AND 'C$'");
        assertThat(readable(testModel(TestModel_.cSk.le("c5"))))
                .isEqualTo("PK = 'A#a#B#b#TestModel' AND SK BETWEEN 'C#' AND 'C#c5$'");
        assertThat(readable(testModel(TestModel_.cSk.lt("c5"))))
                .isEqualTo("PK = 'A#a#B#b#TestModel' AND SK BETWEEN 'C#' AND 'C#c5'");
        assertThat(readable(testModel(TestModel_.cSk.between("c2", "c5"))))
                .isEqualTo("PK = 'A#a#B#b#TestModel' AND SK BETWEEN 'C#c2' AND 'C#c5$'");
    }

    @Test
    void rangesAfterLeadingEqualities_stayInsideTheirPrefix() {
        assertThat(readable(TestModel.objects.using(TestModel_.aPk.eq("a"), TestModel_.bPk.eq("b"),
                TestModel_.cSk.eq("c1"), TestModel_.dSk.gt("d3")).toRequest()))
                .isEqualTo("PK = 'A#a#B#b#TestModel' AND SK BETWEEN 'C#c1#D#d3' AND 'C#c1#D$' FILTER dSk <> 'd3'");
        assertThat(readable(TestModel.objects.using(TestModel_.aPk.eq("a"), TestModel_.bPk.eq("b"),
                TestModel_.cSk.eq("c1")).toRequest()))
                .isEqualTo("PK = 'A#a#B#b#TestModel' AND begins_with(SK, 'C#c1#D#')");
    }

    @Test
    void sortableNumbersAndInstants_areComparedInTheirFixedWidthText() {
        QueryRequest request = Reading.objects.using(Reading_.sensor.eq("s1"),
                Reading_.at.eq(Instant.parse("2024-03-05T10:00:00Z")), Reading_.value.between(-2.5, 10)).toRequest();
        assertThat(readable(request)).isEqualTo("PK = 'S#s1#Reading' AND SK BETWEEN"
                + " 'T#2024-03-05T10:00:00.000000000Z#V#-997.4~' AND 'T#2024-03-05T10:00:00.000000000Z#V#010'"
                + " FILTER (NOT expiresAt <= '" + request.expressionAttributeValues().get(":v3").n() + "')");
    }

    @Test
    void rangeOnAnIndexSortKey_usesTheIndexSortKeyAttribute() {
        QueryRequest request = Reading.objects.using(Reading_.building.eq("b1"),
                Reading_.updatedAt.ge(Instant.parse("2024-01-01T00:00:00Z"))).useIndex(2).toRequest();
        assertThat(request.indexName()).isEqualTo("GSI2");
        assertThat(readable(request)).startsWith("GSI2PK = 'B#b1#Reading' AND GSI2SK BETWEEN"
                + " 'U#2024-01-01T00:00:00.000000000Z' AND 'U$'");
    }

    @Test
    void onGsi1_aRangeOnTheTableSortKey_works() {
        assertThat(readable(TestModel.objects.using(TestModel_.eGsi.eq("e"), TestModel_.fGsi.eq("f"),
                TestModel_.cSk.lt("c9")).useIndex(1).toRequest()))
                .isEqualTo("GSI1PK = 'E#e#F#f#TestModel' AND SK BETWEEN 'C#' AND 'C#c9'");
    }

    @Test
    void aLaterSortKeyFieldWithoutTheEarlierOnes_isRefused_ratherThanIgnored() {
        assertThatThrownBy(() -> TestModel.objects.using(TestModel_.aPk.eq("a"), TestModel_.bPk.eq("b"),
                TestModel_.dSk.eq("d1")).toRequest())
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("TestModel.dSk is given")
                .hasMessageContaining("TestModel.cSk before it is not");
        assertThatThrownBy(() -> testModel(TestModel_.dSk.gt("d1")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("give [cSk] with eq(...) first");
    }

    @Test
    void rangesThatCannotWork_areRefused_namingModelFieldAndValue() {
        assertThatThrownBy(() -> Order.objects.using(Order_.userId.eq("u1"), Order_.amount.gt(5)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Order.amount")
                .hasMessageContaining("not part of a sort key");
        assertThatThrownBy(() -> order(Order_.orderId.between("o9", "o1")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("o9")
                .hasMessageContaining("lower bound sorts above the upper one");
        assertThatThrownBy(() -> order(Order_.orderId.beginsWith("a#b")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'#'");
        assertThatThrownBy(() -> Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.gt("a"),
                Order_.orderId.lt("z"))).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("one sort-key range");
        assertThatThrownBy(() -> Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq("a"))
                .using(Order_.orderId.gt("a"))).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("both a value");
        assertThatThrownBy(() -> order(Order_.orderId.ne("o1"))).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("filter(...)");
        assertThatThrownBy(() -> Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.gt("o1"))
                .startingAfter(true).toRequest()).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("page(cursor)");
        assertThatThrownBy(() -> Reading.objects.using(Reading_.sensor.eq("s"), Reading_.at.eq(Instant.EPOCH),
                Reading_.value.gt(1000)).toRequest()).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("Reading.value = 1000.0").hasMessageContaining("needs 4 integer digits");
    }

    @Test
    void aRangeOnAPlainNumberOrInstantKey_isRefused_pointingToSortable() {
        assertThatThrownBy(() -> Ledger.objects.using(Ledger_.account.eq("a1"), Ledger_.entryNo.gt(3)).toRequest())
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Ledger.entryNo is a int")
                .hasMessageContaining("(\"10\" < \"9\")").hasMessageContaining("@Sortable(digits = ...) on Ledger");
        assertThatThrownBy(() -> Ledger.objects.using(Ledger_.currency.eq("EUR"), Ledger_.postedAt.lt(Instant.EPOCH))
                .useIndex(2).toRequest()).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Ledger.postedAt is a Instant").hasMessageContaining("@Sortable on Ledger");
        assertThat(readable(Ledger.objects.using(Ledger_.account.eq("a1"), Ledger_.entryNo.beginsWith("1"))
                .toRequest())).isEqualTo("PK = 'A#a1#Ledger' AND begins_with(SK, 'E#1')");
    }
}
