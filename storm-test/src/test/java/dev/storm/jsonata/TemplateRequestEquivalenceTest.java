package dev.storm.jsonata;

import static dev.storm.jsonata.Evaluation.assertEvaluatesTo;
import static dev.storm.jsonata.Evaluation.inputOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.F;
import dev.storm.JsonataTemplate;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Everything_;
import dev.storm.functional.model.TestModel;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every GetItem, PutItem, UpdateItem and DeleteItem template, evaluated by a JSONata engine against a state input
 * holding a model's values, is the request the manager builds for that model.
 */
@StormTest
class TemplateRequestEquivalenceTest {

    private static final User ANN = new User("u1", null, "ann@x.io", "Ann", "ann@x.io", 3);

    /** Everything's input; numbers a JSON number cannot hold exactly go in as strings. */
    static ObjectNode everythingInput(Everything e) {
        ObjectNode input = inputOf(e);
        input.put("aLong", Long.toString(e.aLong()));
        input.put("decimal", e.decimal().toPlainString());
        input.put("bigInteger", e.bigInteger().toString());
        return input;
    }

    @Test
    void getRequest_isTheManagersGetItem(@TableName String table) {
        String template = JsonataTemplate.of(User.class).getRequest();
        assertEvaluatesTo(template, inputOf(ANN), table, User.objects.getRequest(ANN));
    }

    @Test
    void deleteRequest_isTheManagersDeleteItem(@TableName String table) {
        String template = JsonataTemplate.of(User.class).deleteRequest();
        assertEvaluatesTo(template, inputOf(ANN), table, User.objects.deleteRequest(ANN));
    }

    @Test
    void saveRequest_withAndWithoutOverride_isTheManagersPutItem(@TableName String table) {
        JsonataTemplate<User> t = JsonataTemplate.of(User.class);
        assertEvaluatesTo(t.saveRequest(true), inputOf(ANN), table, User.objects.saveRequest(ANN, true));
        assertEvaluatesTo(t.saveRequest(false), inputOf(ANN), table, User.objects.saveRequest(ANN, false));
    }

    @Test
    void saveRequest_ofEveryFieldType_isTheManagersPutItem(@TableName String table) {
        Everything e = Samples.everything("all");
        String template = JsonataTemplate.of(Everything.class).saveRequest(true);
        JsonNode evaluated = assertEvaluatesTo(template, everythingInput(e), table,
                Everything.objects.saveRequest(e, true));
        assertThat(evaluated.at("/Item/aLong/N").textValue()).isEqualTo(Long.toString(Long.MAX_VALUE));
        assertThat(evaluated.at("/Item/history/L/0/M/zip_code/NULL").booleanValue()).isTrue();

        Everything withNulls = Samples.other("nulls");
        evaluated = assertEvaluatesTo(template, everythingInput(withNulls), table,
                Everything.objects.saveRequest(withNulls, true));
        assertThat(evaluated.at("/Item/boxedInt/NULL").booleanValue()).isTrue();
        assertThat(evaluated.at("/Item/address/NULL").booleanValue()).isTrue();
    }

    @Test
    void saveRequest_ofFreeFormMapsAndRenamedKeys_isTheManagersPutItem(@TableName String table) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("text", "it's \"quoted\"");
        extra.put("flag", false);
        extra.put("count", 42);
        extra.put("nothing", null);
        List<Object> list = new ArrayList<>(List.of(1, "two", Map.of("three", 3), List.of()));
        list.add(null);
        extra.put("list", list);
        extra.put("empty", Map.of());
        TestModel m = new TestModel("aaa", "bbb", "ccc", "ddd", "eee", "fff", "x", extra, null);
        assertEvaluatesTo(JsonataTemplate.of(TestModel.class).bind(dev.storm.functional.model.TestModel_.number,
                "null").saveRequest(true), inputOf(m), table, TestModel.objects.saveRequest(m, true));

        Counter c = new Counter("c1", 5, 9_007_199_254_740_991L);
        assertEvaluatesTo(JsonataTemplate.of(Counter.class).saveRequest(false), inputOf(c), table,
                Counter.objects.saveRequest(c, false));
    }

    @Test
    void updateRequest_settingStringFieldsFromExpressions_rewritesTheIndexKey(@TableName String table) {
        ObjectNode input = inputOf(ANN).put("newEmail", "new@x.io");
        String template = JsonataTemplate.of(User.class).updateRequest(User_.email.set("$states.input.newEmail"),
                User_.emailGsi.set("$lowercase($states.input.newEmail)"));
        JsonNode evaluated = assertEvaluatesTo(template, input, table, User.objects.updateRequest(ANN,
                User_.email.set("new@x.io"), User_.emailGsi.set("new@x.io")));
        assertThat(evaluated.at("/ExpressionAttributeValues/:v2/S").textValue()).isEqualTo("E#new@x.io#USER");
    }

    @Test
    void updateRequest_withF_remove_add_andConstants_isTheManagersUpdateItem(@TableName String table) {
        String template = JsonataTemplate.of(User.class).updateRequest(User_.logins.set(F.of(User_.logins).plus(2)),
                User_.name.remove());
        assertEvaluatesTo(template, inputOf(ANN), table, User.objects.updateRequest(ANN,
                User_.logins.set(F.of(User_.logins).plus(2)), User_.name.remove()));

        Counter c = new Counter("c1", 5, 10L);
        assertEvaluatesTo(JsonataTemplate.of(Counter.class).updateRequest(Counter_.hits.add(3), Counter_.total.set(0)),
                inputOf(c), table, Counter.objects.updateRequest(c, Counter_.hits.add(3), Counter_.total.set(0)));
    }

    @Test
    void updateRequest_settingAnyTypeFromAnExpression_isTheManagersUpdateItem(@TableName String table) {
        Everything e = Samples.everything("all");
        ObjectNode input = everythingInput(e);
        input.put("logins", 7).put("huge", "98765432109876543210");
        input.set("moves", inputOf(Samples.other("other")).get("history"));
        JsonataTemplate<Everything> t = JsonataTemplate.of(Everything.class);
        String template = t.updateRequest(t.set(Everything_.anInt, "$states.input.logins"),
                t.set(Everything_.bigInteger, "$states.input.huge"), t.set(Everything_.history, "$states.input.moves"),
                t.set(Everything_.text, "null"), t.set(Everything_.aBoolean, "$not($states.input.aBoolean)"));
        assertEvaluatesTo(template, input, table, Everything.objects.updateRequest(e, Everything_.anInt.set(7),
                Everything_.bigInteger.set(new BigInteger("98765432109876543210")),
                Everything_.history.set(Samples.other("other").history()), Everything_.text.set((String) null),
                Everything_.aBoolean.set(false)));
    }
}
