package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ScalarCodecsTest {

    enum Color { RED, GREEN }

    enum Operation {
        PLUS {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        };

        abstract int apply(int a, int b);
    }

    private static Codec<Object> codec(Class<?> type) {
        return Codecs.forType(type);
    }

    @Test
    void encode_string_isS() {
        assertThat(codec(String.class).encode("héllo 😀")).isEqualTo(AttributeValue.fromS("héllo 😀"));
        assertThat(codec(String.class).encode("")).isEqualTo(AttributeValue.fromS(""));
    }

    @Test
    void decode_s_givesString() {
        assertThat(codec(String.class).decode(AttributeValue.fromS("abc"))).isEqualTo("abc");
    }

    @Test
    void encode_stringWithUnpairedSurrogate_isRejected() {
        assertThatThrownBy(() -> codec(String.class).encode("ab\uD800c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate U+D800 at index 2");
        assertThatThrownBy(() -> codec(String.class).encode("\uDC00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+DC00 at index 0");
    }

    @Test
    void decode_numberAsString_isRejectedNamingBothTypes() {
        assertThatThrownBy(() -> codec(String.class).decode(AttributeValue.fromN("5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type S (string) for String but found N (number)");
    }

    @Test
    void encode_char_isOneCharacterS() {
        assertThat(codec(char.class).encode('x')).isEqualTo(AttributeValue.fromS("x"));
        assertThat(codec(Character.class).decode(AttributeValue.fromS("é"))).isEqualTo('é');
    }

    @Test
    void decode_charFromLongerOrEmptyString_isRejected() {
        assertThatThrownBy(() -> codec(char.class).decode(AttributeValue.fromS("xy")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single character")
                .hasMessageContaining("\"xy\"");
        assertThatThrownBy(() -> codec(char.class).decode(AttributeValue.fromS("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single character");
    }

    @Test
    void encode_loneSurrogateChar_isRejected() {
        assertThatThrownBy(() -> codec(char.class).encode('\uD83D'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
    }

    @Test
    void encode_boolean_isBool() {
        assertThat(codec(boolean.class).encode(true)).isEqualTo(AttributeValue.fromBool(true));
        assertThat(codec(Boolean.class).encode(false)).isEqualTo(AttributeValue.fromBool(false));
        assertThat(codec(boolean.class).decode(AttributeValue.fromBool(true))).isEqualTo(true);
    }

    @Test
    void decode_stringAsBoolean_isRejected() {
        assertThatThrownBy(() -> codec(boolean.class).decode(AttributeValue.fromS("true")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type BOOL (boolean) for Boolean but found S (string)");
    }

    @Test
    void encode_enum_isSWithName() {
        assertThat(codec(Color.class).encode(Color.GREEN)).isEqualTo(AttributeValue.fromS("GREEN"));
        assertThat(codec(Color.class).decode(AttributeValue.fromS("RED"))).isEqualTo(Color.RED);
    }

    @Test
    void encode_enumConstantWithBody_usesName() {
        assertThat(codec(Operation.class).encode(Operation.PLUS)).isEqualTo(AttributeValue.fromS("PLUS"));
        assertThat(codec(Operation.class).decode(AttributeValue.fromS("PLUS"))).isSameAs(Operation.PLUS);
    }

    @Test
    void decode_unknownEnumConstant_isRejectedNamingEnumAndValue() {
        assertThatThrownBy(() -> codec(Color.class).decode(AttributeValue.fromS("PURPLE")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enum dev.storm.internal.codec.ScalarCodecsTest$Color has no constant \"PURPLE\";"
                        + " known: [RED, GREEN]");
    }

    @Test
    void encode_uuid_isCanonicalS() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(codec(UUID.class).encode(id)).isEqualTo(AttributeValue.fromS("123e4567-e89b-12d3-a456-426614174000"));
        assertThat(codec(UUID.class).decode(AttributeValue.fromS("123e4567-e89b-12d3-a456-426614174000"))).isEqualTo(id);
    }

    @Test
    void decode_malformedUuid_isRejected() {
        assertThatThrownBy(() -> codec(UUID.class).decode(AttributeValue.fromS("not-a-uuid")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"not-a-uuid\" is not a valid UUID");
    }

    @Test
    void encode_javaTime_isIsoTextWithSeconds() {
        assertThat(codec(Instant.class).encode(Instant.parse("2024-01-02T03:04:00Z")))
                .isEqualTo(AttributeValue.fromS("2024-01-02T03:04:00Z"));
        assertThat(codec(Instant.class).encode(Instant.parse("2024-01-02T03:04:05.120Z")))
                .isEqualTo(AttributeValue.fromS("2024-01-02T03:04:05.120Z"));
        assertThat(codec(LocalDate.class).encode(LocalDate.of(2024, 1, 2)))
                .isEqualTo(AttributeValue.fromS("2024-01-02"));
        assertThat(codec(LocalDateTime.class).encode(LocalDateTime.of(2024, 1, 2, 3, 4)))
                .isEqualTo(AttributeValue.fromS("2024-01-02T03:04:00"));
        assertThat(codec(OffsetDateTime.class).encode(OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(2))))
                .isEqualTo(AttributeValue.fromS("2024-01-02T03:04:00+02:00"));
        assertThat(codec(ZonedDateTime.class).encode(
                ZonedDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneId.of("Europe/Paris"))))
                .isEqualTo(AttributeValue.fromS("2024-01-02T03:04:00+01:00[Europe/Paris]"));
        assertThat(codec(ZonedDateTime.class).encode(ZonedDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC)))
                .isEqualTo(AttributeValue.fromS("2024-01-02T03:04:00Z"));
        assertThat(codec(LocalTime.class).encode(LocalTime.of(3, 4))).isEqualTo(AttributeValue.fromS("03:04:00"));
    }

    @Test
    void decode_javaTime_acceptsIsoTextWithoutSeconds() {
        assertThat(codec(LocalDateTime.class).decode(AttributeValue.fromS("2024-01-02T03:04")))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4));
        assertThat(codec(LocalTime.class).decode(AttributeValue.fromS("23:59:59.999999999")))
                .isEqualTo(LocalTime.MAX);
        assertThat(codec(ZonedDateTime.class).decode(AttributeValue.fromS("2024-07-02T03:04:00+02:00[Europe/Paris]")))
                .isEqualTo(ZonedDateTime.of(2024, 7, 2, 3, 4, 0, 0, ZoneId.of("Europe/Paris")));
    }

    @Test
    void encode_extremeJavaTimes_roundTrip() {
        for (Object value : new Object[] {Instant.MIN, Instant.MAX, Instant.EPOCH, LocalDate.MIN, LocalDate.MAX,
                LocalDateTime.MIN, LocalDateTime.MAX, OffsetDateTime.MIN, OffsetDateTime.MAX, LocalTime.MIN,
                LocalTime.MAX, LocalDate.of(10_000, 1, 1)}) {
            Codec<Object> codec = codec(value.getClass());
            assertThat(codec.decode(codec.encode(value))).isEqualTo(value);
        }
    }

    @Test
    void decode_malformedDate_isRejectedNamingType() {
        assertThatThrownBy(() -> codec(LocalDate.class).decode(AttributeValue.fromS("2024-13-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"2024-13-01\" is not a valid LocalDate");
    }

    @Test
    void encode_bytes_isBAndCopiesTheArray() {
        byte[] bytes = {1, 2, 3};
        AttributeValue encoded = codec(byte[].class).encode(bytes);
        bytes[0] = 9;

        assertThat(encoded).isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})));
        assertThat((byte[]) codec(byte[].class).decode(encoded)).containsExactly(1, 2, 3);
    }

    @Test
    void decode_stringAsBytes_isRejected() {
        assertThatThrownBy(() -> codec(byte[].class).decode(AttributeValue.fromS("AQID")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type B (binary) for byte[] but found S (string)");
    }

    @Test
    void attributeValueField_passesThrough() {
        AttributeValue value = AttributeValue.fromSs(java.util.List.of("a", "b"));
        assertThat(codec(AttributeValue.class).encode(value)).isSameAs(value);
        assertThat(codec(AttributeValue.class).decode(value)).isSameAs(value);
    }
}
