package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storm.InvalidTemplateException;
import dev.storm.JsonataTemplate;
import dev.storm.model.Order;
import dev.storm.model.Order_;
import dev.storm.model.Reading;
import dev.storm.model.Reading_;
import org.junit.jupiter.api.Test;

/** Templates of models with sort-key ranges, TTL and timestamps: judged where they run, not when they are built. */
class SingleTableTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void queryTemplate_ofAModelWithTtl_judgesExpiryWhenTheQueryRuns() throws Exception {
        JsonNode query = JSON.readTree(JsonataTemplate.of(Reading.class).queryRequest(qs -> qs));

        assertThat(query.get("FilterExpression").textValue()).isEqualTo("(NOT #n2 <= :v2)");
        assertThat(query.at("/ExpressionAttributeNames/#n2").textValue()).isEqualTo("expiresAt");
        assertThat(query.at("/ExpressionAttributeValues/:v2/N").textValue())
                .startsWith("{% ($v := $floor($millis() / 1000); ").contains("$formatNumber($v, '0')");
    }

    @Test
    void queryTemplate_withASortKeyRange_keepsItsBounds() throws Exception {
        JsonNode query = JSON.readTree(JsonataTemplate.of(Order.class)
                .queryRequest(qs -> qs.using(Order_.orderId.ge("$states.input.from"))));

        assertThat(query.get("KeyConditionExpression").textValue()).isEqualTo("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
        assertThat(query.at("/ExpressionAttributeValues/:v1/S").textValue())
                .startsWith("{% 'O#' & ($k := $states.input.from; ").endsWith(") %}");
        assertThat(query.at("/ExpressionAttributeValues/:v2/S").textValue()).isEqualTo("O$");
    }

    @Test
    void aSortableKeyPartFromAnExpression_isRefused_sayingWhy() {
        assertThatThrownBy(() -> JsonataTemplate.of(Reading.class).getRequest())
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("Reading.at is @Sortable")
                .hasMessageContaining("fixed width");
    }

    @Test
    void sortableKeyPartsGivenAsConstants_areRenderedAtTheirFixedWidth() throws Exception {
        JsonNode query = JSON.readTree(JsonataTemplate.of(Reading.class).queryRequest(qs ->
                qs.using(Reading_.at.eq(java.time.Instant.EPOCH), Reading_.value.ge(1.5))));

        assertThat(query.at("/ExpressionAttributeValues/:v1/S").textValue())
                .isEqualTo("T#1970-01-01T00:00:00.000000000Z#V#001.5");
    }
}
