package dev.storm.jsonata;

import static dev.storm.jsonata.Evaluation.assertEvaluatesTo;
import static dev.storm.jsonata.Evaluation.inputOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.InvalidTemplateException;
import dev.storm.JsonataTemplate;
import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Everything_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Expressions and text never pass for one another: a String is an expression, {@code JsonataTemplate.literal} text,
 * and text of any characters (quotes, backslashes, {@code %}}, the markers a template is built with, code) stays
 * text from the state input to the table.
 */
@StormTest(tablePerMethod = true)
class TemplateLiteralsTest {

    /** Text a template must carry as it is: JSONata and JSON syntax, an injection attempt, the builder's markers. */
    static final List<String> TEXTS = List.of("Ann", "it's", "\"quoted\"", "back\\slash\\", "%}", "{% $states %}",
            "' & $states.input.secret & '", "\" & $states.input.secret & \"", "ünïcödé 😀 \u0000\u001f",
            "\uE000" + "0\uE001", "x\uE000" + "00000000000000000000000000000000:0\uE001y", "$table_name", "`a`");

    @Test
    void aStringIsAnExpression_andOneStartingWithAName_isRefused_pointingToLiteral() {
        JsonataTemplate<User> users = JsonataTemplate.of(User.class);
        assertThatThrownBy(() -> users.updateRequest(User_.name.set("Ann")))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("User.name")
                .hasMessageContaining("\"Ann\"").hasMessageContaining("JsonataTemplate.literal(\"Ann\")")
                .hasMessageContaining("$states.input.name");
        assertThatThrownBy(() -> users.bind(User_.type, "METADATA")).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("User.type").hasMessageContaining("literal(\"METADATA\")");
        assertThatThrownBy(() -> users.queryRequest(qs -> qs.filter(User_.name.eq("Ann Smith"))))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("begins with the name Ann");
        assertThat(users.bind(User_.type, "true ? 'A' : 'B'").expression(User_.type)).isEqualTo("true ? 'A' : 'B'");
    }

    @Test
    void literalText_isWrittenAsItIs_whateverItHolds(DynamoDbClient client, @TableName String table) {
        User ann = new User("u1", null, "a@x.io", "Ann", "a@x.io", 1);
        User.objects.create(ann);
        JsonataTemplate<User> users = JsonataTemplate.of(User.class);
        for (String text : TEXTS) {
            String template = users.updateRequest(User_.name.set(JsonataTemplate.literal(text)),
                    User_.email.set(JsonataTemplate.literal(text)));
            JsonNode update = assertEvaluatesTo(template, inputOf(ann).put("secret", "leaked"), table,
                    User.objects.updateRequest(ann, User_.name.set(text), User_.email.set(text)));
            client.updateItem(SdkJson.<UpdateItemRequest>fromJson(update, UpdateItemRequest::builder));
            User got = User.objects.get(User_.userId.eq("u1"));
            assertThat(got.name()).isEqualTo(text);
            assertThat(got.email()).isEqualTo(text);
        }
        assertThat(JsonataTemplate.literal(null)).isEqualTo("null");
        assertThat(users.updateRequest(User_.name.set(JsonataTemplate.literal(null))))
                .contains("\":v0\": {\n      \"NULL\": true");
    }

    @Test
    void stateInputText_staysText_inKeysAttributesAndIndexKeys(DynamoDbClient client, @TableName String table) {
        for (String text : TEXTS) {
            if (text.isEmpty()) {
                continue;
            }
            User user = new User(text, text, text, text, text, 2);
            ObjectNode input = inputOf(user).put("secret", "leaked");
            JsonNode put = assertEvaluatesTo(JsonataTemplate.of(User.class).saveRequest(true), input, table,
                    User.objects.saveRequest(user, true));
            client.putItem(SdkJson.<PutItemRequest>fromJson(put, PutItemRequest::builder));
            assertThat(User.objects.get(User_.userId.eq(text), User_.type.eq(text))).isEqualTo(user);
        }
    }

    @Test
    void constantsHoldingMarkerCharacters_areNeverTakenForExpressions(@TableName String table) {
        Everything e = Samples.everything("all");
        List<String> tags = List.of("\uE000" + "0\uE001", "\uE000" + "1\uE001", "%}");
        String template = JsonataTemplate.of(Everything.class).updateRequest(Everything_.tags.set(tags),
                Everything_.text.set(JsonataTemplate.literal("\uE000" + "0\uE001")));
        assertEvaluatesTo(template, TemplateRequestEquivalenceTest.everythingInput(e), table,
                Everything.objects.updateRequest(e, Everything_.tags.set(tags), Everything_.text.set("\uE000" + "0\uE001")));
    }
}
