package dev.storm.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.Jsonata;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonataTextTest {

    private static Object evaluate(String expression, Map<String, Object> input) {
        Jsonata jsonata = Jsonata.jsonata(expression);
        Jsonata.Frame frame = jsonata.createFrame();
        frame.bind("states", Map.of("input", input));
        return jsonata.evaluate(null, frame);
    }

    @Property(tries = 300)
    void quote_isALiteralThatEvaluatesToTheText(@ForAll String text) {
        assertThat(evaluate(JsonataText.quote(text), Map.of())).isEqualTo(text);
    }

    @Test
    void quote_escapesQuotesAndBackslashes() {
        assertThat(JsonataText.quote("it's a \\ \"test\"")).isEqualTo("'it\\u0027s a \\\\ \"test\"'");
    }

    @Test
    void member_quotesNamesThatAreNotIdentifiers() {
        assertThat(JsonataText.member("$states.input", "userId")).isEqualTo("$states.input.userId");
        assertThat(JsonataText.member("$states.input", "user-id")).isEqualTo("$states.input.`user-id`");
        assertThat(JsonataText.member("$states.input", "a`b")).isEqualTo("$lookup($states.input, 'a`b')");
        Map<String, Object> input = Map.of("user-id", "u1", "a`b", "x");
        assertThat(evaluate(JsonataText.member("$states.input", "user-id"), input)).isEqualTo("u1");
        assertThat(evaluate(JsonataText.member("$states.input", "a`b"), input)).isEqualTo("x");
    }

    @Test
    void concatenation_parenthesizesOnlyOperandsThatNeedIt() {
        Markers markers = new Markers();
        String path = markers.text("$states.input.id");
        String call = markers.text("$lowercase($states.input.email)");
        String ternary = markers.text("$states.input.a ? 'x' : 'y'");
        List<Object> parts = markers.split("U#" + path + "#" + call + "#" + ternary + "#END");
        assertThat(JsonataText.concatenation(parts)).isEqualTo("'U#' & $states.input.id & '#' & "
                + "($lowercase($states.input.email)) & '#' & ($states.input.a ? 'x' : 'y') & '#END'");
        assertThat(evaluate(JsonataText.concatenation(parts), Map.of("id", "1", "email", "A@B", "a", true)))
                .isEqualTo("U#1#a@b#x#END");
    }

    @Test
    void split_leavesTextWithoutMarkersWhole_andIgnoresMarkersItDidNotIssue() {
        Markers markers = new Markers();
        String marker = markers.text("$x");
        assertThat(markers.split("plain")).containsExactly("plain");
        assertThat(markers.split("a\uE0007\uE001b")).containsExactly("a\uE0007\uE001b");
        assertThat(markers.whole(marker)).isEqualTo(new Markers.Entry("$x", null, false));
        assertThat(markers.whole("x" + marker)).isNull();
    }
}
