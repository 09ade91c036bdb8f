package dev.storm.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonataTextTest {

    @Test
    void quote_escapesQuotesAndBackslashes() {
        assertThat(JsonataText.quote("it's a \\ \"test\"")).isEqualTo("'it\\u0027s a \\\\ \"test\"'");
    }

    @Test
    void member_quotesNamesThatAreNotIdentifiers() {
        assertThat(JsonataText.member("$states.input", "userId")).isEqualTo("$states.input.userId");
        assertThat(JsonataText.member("$states.input", "user-id")).isEqualTo("$states.input.`user-id`");
        assertThat(JsonataText.member("$states.input", "a`b")).isEqualTo("$lookup($states.input, 'a`b')");
    }

    @Test
    void concatenation_parenthesizesOnlyOperandsThatNeedIt() {
        Markers markers = new Markers();
        String path = markers.text("$states.input.table");
        String ternary = markers.text("$states.input.a ? 'x' : 'y'");
        assertThat(JsonataText.concatenation(markers.split("T-" + path + "-" + ternary)))
                .isEqualTo("'T-' & $states.input.table & '-' & ($states.input.a ? 'x' : 'y')");
    }

    @Test
    void split_leavesTextWithoutMarkersWhole_andIgnoresMarkersItDidNotIssue() {
        Markers markers = new Markers();
        String marker = markers.text("$x");
        Markers other = new Markers();
        String foreign = other.text("$y");
        assertThat(markers.split("plain")).containsExactly("plain");
        assertThat(markers.split("a\uE0000\uE001b")).containsExactly("a\uE0000\uE001b");
        assertThat(markers.split("a" + foreign + "b")).containsExactly("a" + foreign + "b");
        assertThat(markers.whole(marker)).isEqualTo(new Markers.Entry("$x", null, false, null));
        assertThat(markers.whole("x" + marker)).isNull();
    }
}
