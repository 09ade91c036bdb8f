package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamicCodecTest {

    private final Codec<Object> codec = Codecs.forType(new TypeRef<Map<String, Object>>() {}.type());

    record Point(int x, int y) {
    }

    @Test
    void freeFormMap_encodesEachValueByItsRuntimeType() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", "text");
        value.put("n", 42);
        value.put("b", true);
        value.put("none", null);
        value.put("list", List.of("a", 1));
        value.put("tags", new LinkedHashSet<>(List.of("x", "y")));
        value.put("point", new Point(1, 2));
        AttributeValue encoded = codec.encode(value);
        assertThat(encoded.m()).containsEntry("s", AttributeValue.fromS("text"))
                .containsEntry("n", AttributeValue.fromN("42"))
                .containsEntry("b", AttributeValue.fromBool(true))
                .containsEntry("none", AttributeValue.fromNul(true))
                .containsEntry("list", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("1"))))
                .containsEntry("tags", AttributeValue.fromSs(List.of("x", "y")))
                .containsEntry("point", AttributeValue.fromM(Map.of("x", AttributeValue.fromN("1"),
                        "y", AttributeValue.fromN("2"))));
    }

    @Test
    void freeFormMap_decodesToNaturalJavaTypes_numbersExactly() {
        AttributeValue stored = AttributeValue.fromM(Map.of(
                "small", AttributeValue.fromN("7"),
                "big", AttributeValue.fromN("12345678901"),
                "huge", AttributeValue.fromN("123456789012345678901234567890"),
                "fraction", AttributeValue.fromN("0.1"),
                "scores", AttributeValue.fromNs(List.of("1", "2.5")),
                "nested", AttributeValue.fromM(Map.of("flag", AttributeValue.fromBool(false)))));
        @SuppressWarnings("unchecked")
        Map<String, Object> decoded = (Map<String, Object>) codec.decode(stored);
        assertThat(decoded.get("small")).isEqualTo(7);
        assertThat(decoded.get("big")).isEqualTo(12345678901L);
        assertThat(decoded.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(decoded.get("fraction")).isEqualTo(new BigDecimal("0.1"));
        assertThat(decoded.get("scores")).isEqualTo(Set.of(1, new BigDecimal("2.5")));
        assertThat(decoded.get("nested")).isEqualTo(Map.of("flag", false));
    }

    @Test
    void freeFormValues_roundTrip() {
        Map<String, Object> value = Map.of("a", List.of(1, "two", Map.of("three", 3L)), "b", "x");
        Object decoded = codec.decode(codec.encode(value));
        assertThat(decoded).isEqualTo(Map.of("a", List.of(1, "two", Map.of("three", 3)), "b", "x"));
    }

    @Test
    void unsupportedFreeFormValues_areRejected() {
        assertThatThrownBy(() -> codec.encode(Map.of("t", Thread.currentThread())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Thread");
        assertThatThrownBy(() -> codec.encode(Map.of("s", Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty set");
        assertThatThrownBy(() -> codec.encode(Map.of("m", Map.of(1, "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a String");
        assertThatThrownBy(() -> codec.encode(Map.of("mixed", new LinkedHashSet<>(Arrays.asList("a", 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only strings or only numbers");
    }
}
