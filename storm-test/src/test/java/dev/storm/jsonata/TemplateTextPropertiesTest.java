package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.ConnectionManager;
import dev.storm.JsonataTemplate;
import dev.storm.TableContext;
import dev.storm.functional.model.User;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** For any text: a literal evaluates to it, and a key built from it is the manager's key. */
class TemplateTextPropertiesTest {

    private static final String GET = JsonataTemplate.of(User.class).getRequest();

    /** Whether the text is whole UTF-16 (no lone surrogate), as any text sent as JSON is. */
    private static boolean wellFormed(String text) {
        return text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    @Property(tries = 300)
    void literal_evaluatesToExactlyTheText(@ForAll @StringLength(max = 40) String text) throws JsonProcessingException {
        Assume.that(wellFormed(text));
        String template = StepFunctionsJsonata.JSON.writeValueAsString("{% " + JsonataTemplate.literal(text) + " %}");
        StepFunctionsJsonata.Outcome outcome = StepFunctionsJsonata.evaluate(template, "{}", Map.of());
        assertThat(outcome.result().textValue()).isEqualTo(text);
    }

    @Property(tries = 200)
    @SuppressWarnings("try")
    void keysFromAnyText_areTheManagersKeys(@ForAll @StringLength(min = 1, max = 30) String userId,
                                            @ForAll @StringLength(min = 1, max = 30) String type) {
        Assume.that(wellFormed(userId) && wellFormed(type) && userId.indexOf('#') < 0 && type.indexOf('#') < 0);
        User user = new User(userId, type, null, null, null, 0);
        ObjectNode input = Evaluation.inputOf(user).put("secret", "leaked");
        try (TableContext ignored = ConnectionManager.table().tableContext("users", null)) {
            Evaluation.assertEvaluatesTo(GET, input, "users", User.objects.getRequest(user));
        }
    }
}
