package dev.storm.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Item sizes by DynamoDB's published rules. */
class ItemSizeTest {

    @Property
    void aStringAttribute_countsItsNameAndValueInUtf8Bytes(@ForAll String name, @ForAll String value) {
        long expected = name.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;

        assertThat(ItemSize.of(Map.of(name, AttributeValue.fromS(value)))).isEqualTo(expected);
    }

    @Property
    void addingAnAttribute_neverMakesAnItemSmaller(@ForAll String value, @ForAll long number) {
        Map<String, AttributeValue> one = Map.of("a", AttributeValue.fromS(value));
        Map<String, AttributeValue> two = Map.of("a", AttributeValue.fromS(value),
                "b", AttributeValue.fromN(Long.toString(number)));

        assertThat(ItemSize.of(two)).isGreaterThan(ItemSize.of(one));
    }

    @Property
    void anIntegralNumber_countsAsItsText(@ForAll long number) {
        // counted from the value by the generated codecs, from the text everywhere else
        long[] tens = {number / 10 * 10, number / 1000 * 1000, 0, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long n : List.of(number, tens[0], tens[1], tens[2], tens[3], tens[4])) {
            assertThat(dev.storm.internal.codec.AttributeSize.number(n)).as(Long.toString(n))
                    .isEqualTo(ItemSize.of(AttributeValue.fromN(Long.toString(n))))
                    .isEqualTo(dev.storm.internal.codec.AttributeSize.number(Long.toString(n)));
        }
    }

    @Property
    void aText_countsItsUtf8Bytes_asciiOrNot(@ForAll String ascii, @ForAll String any) {
        String text = ascii.replaceAll("[^\\x00-\\x7f]", "a") + any;
        assertThat(dev.storm.internal.codec.AttributeSize.utf8(text))
                .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void numbers_takeOneBytePerTwoSignificantDigits_plusOne() {
        assertThat(ItemSize.of(AttributeValue.fromN("0"))).as("zero counts as one digit").isEqualTo(2);
        assertThat(ItemSize.of(AttributeValue.fromN("7"))).isEqualTo(2);
        assertThat(ItemSize.of(AttributeValue.fromN("123"))).isEqualTo(3);
        assertThat(ItemSize.of(AttributeValue.fromN("-1200.000"))).isEqualTo(2);
        assertThat(ItemSize.of(AttributeValue.fromN("0.0012345"))).isEqualTo(4);
    }

    @Test
    void collections_countTheirOverheadAndElements() {
        assertThat(ItemSize.of(AttributeValue.fromBool(true))).isEqualTo(1);
        assertThat(ItemSize.of(AttributeValue.fromNul(true))).isEqualTo(1);
        assertThat(ItemSize.of(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10])))).isEqualTo(10);
        assertThat(ItemSize.of(AttributeValue.fromL(List.of(AttributeValue.fromS("ab"), AttributeValue.fromS("c")))))
                .isEqualTo(3 + 1 + 2 + 1 + 1);
        assertThat(ItemSize.of(AttributeValue.fromM(Map.of("key", AttributeValue.fromS("value")))))
                .isEqualTo(3 + 1 + 3 + 5);
        assertThat(ItemSize.of(AttributeValue.fromSs(List.of("ab", "cde")))).isEqualTo(5);
        assertThat(ItemSize.of(AttributeValue.fromNs(List.of("1", "22")))).isEqualTo(4);
    }

    @Test
    void check_refusesAnItemOver400Kb_namingItsLargestAttribute() {
        Map<String, AttributeValue> item = Map.of("PK", AttributeValue.fromS("A#1#X"),
                "body", AttributeValue.fromS("x".repeat(ItemSize.MAX_ITEM_BYTES)));

        assertThatThrownBy(() -> ItemSize.check(item, "X(PK=A#1#X)")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("X(PK=A#1#X) is 409611 bytes").hasMessageContaining("'body' (409604 bytes)");
        assertThat(ItemSize.check(Map.of("body", AttributeValue.fromS("x".repeat(409_596))), "fits"))
                .isEqualTo(ItemSize.MAX_ITEM_BYTES);
    }
}
