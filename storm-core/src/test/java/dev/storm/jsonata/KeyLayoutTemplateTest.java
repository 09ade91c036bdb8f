package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storm.InvalidTemplateException;
import dev.storm.JsonataTemplate;
import dev.storm.model.seed.Order;
import dev.storm.model.seed.User;
import dev.storm.model.seed.nested.Deep;
import org.junit.jupiter.api.Test;

/** Step Functions templates compose keys in the model's layout. */
class KeyLayoutTemplateTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void templatesOfAStorm01Model_writeItsPartitionKeys() throws Exception {
        JsonNode get = json(JsonataTemplate.of(Order.class).getRequest());
        JsonNode put = json(JsonataTemplate.of(User.class).saveRequest(true));

        assertThat(get.at("/Key/PK/S").textValue()).startsWith("{% ($key := 'ORDER#U#' & ($k := $states.input.user_id; ")
                .contains(") & '#ORDER'; $u := ");
        assertThat(get.at("/Key/SK/S").textValue()).startsWith("{% ($key := 'O#' & ($k := $states.input.order_id; ")
                .endsWith(" : $key) %}");
        assertThat(put.get("Item").textValue()).contains("'PK': {'S': (($key := 'USER#U#' & ($k := $states.input.user_id; ",
                "{'GSI1PK': {'S': (($key := 'USER#E#' & ($k := $states.input.email_gsi; ");
    }

    @Test
    void aBooleanKeyPartOfAStorm01Model_cannotBeComposedByATemplate() {
        assertThatThrownBy(() -> JsonataTemplate.of(Deep.class).getRequest())
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("Deep.flag is a boolean part of the SK of Deep")
                .hasMessageContaining("True/False");
    }
}
