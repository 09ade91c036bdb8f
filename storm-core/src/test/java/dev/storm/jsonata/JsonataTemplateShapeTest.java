package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storm.InvalidTemplateException;
import dev.storm.JsonataTemplate;
import dev.storm.StateMachine;
import dev.storm.TaskState;
import dev.storm.model.NoSort;
import dev.storm.model.Order;
import dev.storm.model.Order_;
import dev.storm.model.User;
import dev.storm.model.User_;
import org.junit.jupiter.api.Test;

/** The exact arguments and states the templates write, without a network or a table name set. */
class JsonataTemplateShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonataTemplate<User> USERS = JsonataTemplate.of(User.class);

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void getRequest_isTheTableNameAndTheKeyAsConcatenations() throws Exception {
        JsonNode get = json(USERS.getRequest());
        assertThat(get.get("TableName").textValue()).isEqualTo("{% $table_name %}");
        assertThat(get.at("/Key/PK/S").textValue()).startsWith("{% ($key := 'U#' & ($k := $states.input.userId; ")
                .contains(") & '#USER'; $u := $encodeUrlComponent($key); ", "$bytes > 2048 ? $error('The PK of User").contains("$error('User.userId contains #, the key separator");
        assertThat(get.at("/Key/SK/S").textValue()).startsWith("{% ($key := 'T#' & ($k := $states.input.type; ")
                .contains("$bytes > 1024 ? $error('The SK of User");
        assertThat(USERS.getRequest()).isEqualTo(USERS.getRequest()).startsWith("{\n  \"TableName\": ");
    }

    @Test
    void saveRequest_withoutOverride_writesEveryFieldAndTheCondition() throws Exception {
        JsonNode put = json(USERS.bind(User_.type, "'METADATA'").tableName("'users'").saveRequest(false));
        assertThat(put.get("TableName").textValue()).isEqualTo("{% 'users' %}");
        // an item whose emailGsi is null is absent from GSI1, so the item is one expression adding GSI1PK when set
        String item = put.get("Item").textValue();
        assertThat(item).startsWith("{% $merge([{'PK': {'S': (($key := 'U#' & ($k := $states.input.userId; ")
                .contains("'SK': {'S': (($key := 'T#' & ($k := 'METADATA'; ", "'userId': {'S': (($v := $states.input.userId; ",
                        "'name': (($v0 := $states.input.name; $not($exists($v0)) or $v0 = null ? {'NULL': true} : "
                        + "{'S': $type($v0) = 'string' ? $v0 : $error('User.name: ' & ",
                        ", ((($x := $states.input.emailGsi; $not($exists($x)) or $x = null)) ? {} : {'GSI1PK': {'S': (($key := 'E#'"
                        + " & ($k := $states.input.emailGsi; ")
                .endsWith(" : $key))}})]) %}");
        assertThat(put.get("ConditionExpression").textValue()).isEqualTo("attribute_not_exists(#n0)");
        assertThat(put.at("/ExpressionAttributeNames/#n0").textValue()).isEqualTo("PK");
    }

    @Test
    void numbersGoInNAsString_andNullBindingsWriteNull() throws Exception {
        JsonNode put = json(JsonataTemplate.of(Order.class).bind(Order_.count, "null").saveRequest(true));
        assertThat(put.at("/Item/amount/N").textValue()).startsWith("{% ($v := $states.input.amount; ")
                .contains("$number($string($v)) = $v ? $string($v)");
        assertThat(put.at("/Item/count/NULL").booleanValue()).isTrue();
    }

    @Test
    void nonStringKeyParts_areConcatenatedFromTheirExpressions() throws Exception {
        JsonNode key = json(JsonataTemplate.of(NoSort.class).getRequest()).get("Key");
        assertThat(key.at("/PK/S").textValue()).startsWith("{% ($key := 'I#' & ($k := $states.input.id; ")
                .contains(" & '#S#' & ($k := $states.input.shard; ", " & '#D#' & ($k := $states.input.day; ",
                        " & '#C#' & ($k := $states.input.color; ", "$formatNumber($k, '0')").contains(" & '#NoSort'; $u := ");
        assertThat(key.at("/SK/S").textValue()).isEqualTo("NoSort");
    }

    @Test
    void updateRequest_keepsTheManagersPlaceholders() throws Exception {
        JsonNode update = json(USERS.updateRequest(User_.email.set("$states.input.email"), User_.name.remove()));
        assertThat(update.get("UpdateExpression").textValue()).isEqualTo("SET #n1 = :v0 REMOVE #n2");
        assertThat(update.get("ConditionExpression").textValue()).isEqualTo("attribute_exists(#n0)");
        assertThat(update.get("ReturnValues").textValue()).isEqualTo("ALL_NEW");
        assertThat(update.at("/ExpressionAttributeValues/:v0").textValue()).startsWith("{% ($v0 := $states.input.email;");
    }

    @Test
    void bind_returnsANewTemplate_andLeavesTheOriginalAsItWas() {
        JsonataTemplate<User> bound = USERS.bind(User_.email, "$states.input.contact.email");
        assertThat(bound.expression(User_.email)).isEqualTo("$states.input.contact.email");
        assertThat(USERS.expression(User_.email)).isEqualTo("$states.input.email");
    }

    @Test
    void literalsThatLookLikeExpressions_stayLiterals() throws Exception {
        JsonNode update = json(JsonataTemplate.of(Order.class).updateRequest(Order_.count.set(3)));
        assertThat(update.at("/ExpressionAttributeValues/:v0/N").textValue()).isEqualTo("3");
    }

    @Test
    void taskStates_andStateMachines_writeJsonataStates() throws Exception {
        JsonNode state = json(TaskState.query(USERS.queryRequest(qs -> qs.limit(5))).output("$states.result.Items")
                .next("Done").toJson());
        assertThat(state.get("Type").textValue()).isEqualTo("Task");
        assertThat(state.get("QueryLanguage").textValue()).isEqualTo("JSONata");
        assertThat(state.get("Resource").textValue()).isEqualTo("arn:aws:states:::aws-sdk:dynamodb:query");
        assertThat(state.at("/Arguments/Limit").intValue()).isEqualTo(5);
        assertThat(state.get("Output").textValue()).isEqualTo("{% $states.result.Items %}");
        assertThat(state.get("Next").textValue()).isEqualTo("Done");

        JsonNode machine = json(StateMachine.startAt("Delete")
                .state("Delete", TaskState.deleteItem(USERS.deleteRequest()).next("Done"))
                .state("Done", "{\"Type\": \"Succeed\"}").toJson());
        assertThat(machine.get("QueryLanguage").textValue()).isEqualTo("JSONata");
        assertThat(machine.at("/States/Delete/Resource").textValue()).isEqualTo("arn:aws:states:::dynamodb:deleteItem");
        assertThat(machine.at("/States/Delete/Arguments/Key/PK/S").textValue()).contains("'U#'");
        assertThat(machine.at("/States/Done/Type").textValue()).isEqualTo("Succeed");
        assertThat(json(TaskState.updateItem(USERS.updateRequest(User_.name.remove())).toJson()).get("End")
                .booleanValue()).isTrue();
    }

    @Test
    void stateMachines_refuseUnknownStates() {
        TaskState get = TaskState.getItem(USERS.getRequest());
        assertThatThrownBy(() -> StateMachine.startAt("Missing").state("Get", get).toJson())
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("Missing");
        assertThatThrownBy(() -> StateMachine.startAt("Get").state("Get", get.next("Nowhere")).toJson())
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("Nowhere");
        assertThatThrownBy(() -> StateMachine.startAt("Get").state("Get", get).state("Get", get))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> StateMachine.startAt("P").state("P", "{\"Next\": \"P\"}"))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("Type");
    }
}
