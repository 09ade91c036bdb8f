package dev.storm.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidCursorException;
import java.util.Base64;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Cursors round-trip their key, are URL-safe, and refuse any change or any other query. */
class CursorsTest {

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk));
    }

    @Property
    void cursor_roundTripsItsKey_andIsUrlSafe(@ForAll @StringLength(min = 1, max = 200) String pk,
                                              @ForAll @StringLength(min = 1, max = 200) String sk) {
        String cursor = Cursors.encode("query", key(pk, sk));

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursors.decode("query", cursor, "Order query")).isEqualTo(key(pk, sk));
    }

    @Test
    void everySingleBitFlip_isDetected() {
        String cursor = Cursors.encode("query", key("U#u1#USER", "O#o5"));
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = bytes.clone();
                changed[i] ^= (byte) (1 << bit);
                String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
                assertThatThrownBy(() -> Cursors.decode("query", tampered, "Order query"))
                        .isInstanceOf(InvalidCursorException.class);
            }
        }
    }

    @Test
    void cursorOfAnotherQuery_isRefused_sayingSo() {
        String cursor = Cursors.encode("query A", key("U#u1#USER", "O#o5"));

        assertThatThrownBy(() -> Cursors.decode("query B", cursor, "Order query"))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("cannot continue the Order query")
                .hasMessageContaining("another model or query").hasMessageContaining("page(null)");
    }

    @Test
    void textThatIsNoCursor_isRefused() {
        assertThatThrownBy(() -> Cursors.decode("q", "%%%", "Order query")).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("base64url");
        assertThatThrownBy(() -> Cursors.decode("q", "AAAA", "Order query")).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("not a STORM cursor");
    }
}
