package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class NumberCodecsTest {

    private static AttributeValue encode(Class<?> type, Object value) {
        return Codecs.forType(type).encode(value);
    }

    private static Object decode(Class<?> type, String number) {
        return Codecs.forType(type).decode(AttributeValue.fromN(number));
    }

    @Test
    void encode_integralTypes_isPlainN() {
        assertThat(encode(int.class, 5)).isEqualTo(AttributeValue.fromN("5"));
        assertThat(encode(Integer.class, -42)).isEqualTo(AttributeValue.fromN("-42"));
        assertThat(encode(long.class, Long.MIN_VALUE)).isEqualTo(AttributeValue.fromN("-9223372036854775808"));
        assertThat(encode(short.class, (short) 300)).isEqualTo(AttributeValue.fromN("300"));
        assertThat(encode(Byte.class, (byte) -128)).isEqualTo(AttributeValue.fromN("-128"));
    }

    @Test
    void encode_floatingTypes_isShortestN_inPlainNotation() {
        assertThat(encode(double.class, 0.1)).isEqualTo(AttributeValue.fromN("0.1"));
        assertThat(encode(Double.class, 1e10)).isEqualTo(AttributeValue.fromN("10000000000.0"));
        assertThat(encode(double.class, 1e7)).isEqualTo(AttributeValue.fromN("10000000.0"));
        assertThat(encode(double.class, 12345678.0)).isEqualTo(AttributeValue.fromN("12345678.0"));
        assertThat(encode(double.class, 0.0001)).isEqualTo(AttributeValue.fromN("0.0001"));
        assertThat(encode(double.class, 1.5e-5)).isEqualTo(AttributeValue.fromN("0.000015"));
        assertThat(encode(double.class, 12.0)).isEqualTo(AttributeValue.fromN("12.0"));
        assertThat(encode(float.class, 2.5e8f)).isEqualTo(AttributeValue.fromN("250000000.0"));
        assertThat(encode(float.class, 1.1f)).isEqualTo(AttributeValue.fromN("1.1"));
        assertThat(encode(double.class, -0.0)).isEqualTo(AttributeValue.fromN("0.0"));
        assertThat(encode(float.class, -0.0f)).isEqualTo(AttributeValue.fromN("0.0"));
    }

    @Test
    void encode_bigDecimal_isCanonicalPlainText_withoutTrailingZeros() {
        assertThat(encode(BigDecimal.class, new BigDecimal("1E+3"))).isEqualTo(AttributeValue.fromN("1000"));
        assertThat(encode(BigDecimal.class, new BigDecimal("19.90"))).isEqualTo(AttributeValue.fromN("19.9"));
        assertThat(encode(BigDecimal.class, new BigDecimal("2.50"))).isEqualTo(encode(BigDecimal.class,
                new BigDecimal("2.5")));
        assertThat(encode(BigDecimal.class, new BigDecimal("0.00"))).isEqualTo(AttributeValue.fromN("0"));
        assertThat(encode(BigDecimal.class, new BigDecimal("12.0"))).isEqualTo(AttributeValue.fromN("12"));
        assertThat(encode(BigDecimal.class, new BigDecimal("0.1000000000000000055511151231257827")))
                .isEqualTo(AttributeValue.fromN("0.1000000000000000055511151231257827"));
        assertThat(encode(BigDecimal.class, new BigDecimal("-1E-5"))).isEqualTo(AttributeValue.fromN("-0.00001"));
    }

    @Test
    void encode_bigInteger_isDecimalText() {
        assertThat(encode(BigInteger.class, BigInteger.TWO.pow(100)))
                .isEqualTo(AttributeValue.fromN("1267650600228229401496703205376"));
    }

    @Test
    void encode_anyNumberForANumericType_usesTheValueGiven() {
        assertThat(encode(double.class, 50)).isEqualTo(AttributeValue.fromN("50"));
        assertThat(encode(int.class, 2.5)).isEqualTo(AttributeValue.fromN("2.5"));
        assertThat(encode(long.class, new AtomicLong(7))).isEqualTo(AttributeValue.fromN("7"));
    }

    @Test
    void encode_nan_isRejected() {
        assertThatThrownBy(() -> encode(double.class, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NaN cannot be stored as a DynamoDB number");
        assertThatThrownBy(() -> encode(Float.class, Float.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NaN cannot be stored as a DynamoDB number");
        DoubleAdder adder = new DoubleAdder();
        adder.add(Double.NaN);
        assertThatThrownBy(() -> encode(double.class, adder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN cannot be stored as a DynamoDB number");
    }

    @Test
    void encode_infinities_areRejected() {
        assertThatThrownBy(() -> encode(double.class, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Infinity cannot be stored as a DynamoDB number");
        assertThatThrownBy(() -> encode(float.class, Float.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Infinity cannot be stored as a DynamoDB number");
    }

    @Test
    void encode_doubleOutsideDynamoDbRange_isRejected() {
        assertThatThrownBy(() -> encode(double.class, 1e126))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("1.0E126 is outside the range of a DynamoDB number");
        assertThatThrownBy(() -> encode(double.class, -Double.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the range");
        assertThatThrownBy(() -> encode(double.class, Double.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the range");
        assertThatThrownBy(() -> encode(double.class, 9.9e-131))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the range");
    }

    @Test
    void encode_doubleAtDynamoDbRangeEdges_isAccepted() {
        assertThat(encode(double.class, Math.nextDown(1e126)))
                .isEqualTo(AttributeValue.fromN("9999999999999998" + "0".repeat(110) + ".0"));
        assertThat(encode(double.class, -1e-130)).isEqualTo(AttributeValue.fromN("-0." + "0".repeat(129) + "1"));
    }

    @Test
    void encode_bigDecimalOutsideDynamoDbLimits_isRejected() {
        assertThatThrownBy(() -> encode(BigDecimal.class, new BigDecimal("1E+126")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("1E+126 is outside the range of a DynamoDB number");
        assertThatThrownBy(() -> encode(BigDecimal.class, new BigDecimal("1E-131")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the range");
        assertThatThrownBy(() -> encode(BigDecimal.class, new BigDecimal("1." + "1".repeat(38))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the 38 significant digits");
    }

    @Test
    void encode_bigNumbersWithinDynamoDbLimits_areAccepted() {
        String max = "9." + "9".repeat(37) + "E+125";
        assertThat(encode(BigDecimal.class, new BigDecimal(max)).n())
                .isEqualTo(new BigDecimal(max).toPlainString())
                .hasSize(126);
        assertThat(encode(BigDecimal.class, new BigDecimal("1E-130")).n()).isEqualTo("0." + "0".repeat(129) + "1");
        assertThat(encode(BigDecimal.class, new BigDecimal("1." + "1".repeat(37) + "000")).n())
                .isEqualTo("1." + "1".repeat(37));
        assertThat(encode(BigInteger.class, BigInteger.TEN.pow(125)).n()).isEqualTo("1" + "0".repeat(125));
    }

    @Test
    void encode_bigIntegerOutsideDynamoDbLimits_isRejected() {
        assertThatThrownBy(() -> encode(BigInteger.class, BigInteger.TEN.pow(126)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the range");
        assertThatThrownBy(() -> encode(BigInteger.class, new BigInteger("1".repeat(39))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the 38 significant digits");
    }

    @Test
    void decode_integralTypes_useTheirRange() {
        assertThat(decode(int.class, "5")).isEqualTo(5);
        assertThat(decode(long.class, "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(decode(short.class, "-32768")).isEqualTo(Short.MIN_VALUE);
        assertThat(decode(byte.class, "127")).isEqualTo((byte) 127);
    }

    @Test
    void decode_integralFromExponentOrTrailingZeros_isExact() {
        assertThat(decode(int.class, "5.0")).isEqualTo(5);
        assertThat(decode(Integer.class, "1E+3")).isEqualTo(1000);
        assertThat(decode(long.class, "9.223372036854775807E+18")).isEqualTo(Long.MAX_VALUE);
        assertThat(decode(short.class, "3.00E2")).isEqualTo((short) 300);
        assertThat(decode(byte.class, "1.2E1")).isEqualTo((byte) 12);
        assertThat(decode(BigInteger.class, "1E+40")).isEqualTo(BigInteger.TEN.pow(40));
    }

    @Test
    void decode_fractionForIntegralType_isRejected() {
        assertThatThrownBy(() -> decode(int.class, "5.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("N 5.5 is not a whole number within the range of Integer");
        assertThatThrownBy(() -> decode(BigInteger.class, "1.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("N 1.5 is not a whole number within the range of BigInteger");
    }

    @Test
    void decode_numberBeyondIntegralRange_isRejected() {
        assertThatThrownBy(() -> decode(int.class, "3000000000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("N 3000000000 is not a whole number within the range of Integer");
        assertThatThrownBy(() -> decode(byte.class, "128"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("N 128 is not a whole number within the range of Byte");
        assertThatThrownBy(() -> decode(long.class, "1E+19"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("N 1E+19 is not a whole number within the range of Long");
    }

    @Test
    void decode_floatingAndDecimalTypes() {
        assertThat(decode(double.class, "1E+3")).isEqualTo(1000.0);
        assertThat(decode(double.class, "0.1")).isEqualTo(0.1);
        assertThat(decode(float.class, "1.1")).isEqualTo(1.1f);
        assertThat(decode(BigDecimal.class, "19.90")).isEqualTo(new BigDecimal("19.90"));
        assertThat((BigDecimal) decode(BigDecimal.class, "1E+3")).isEqualByComparingTo("1000");
    }

    @Test
    void decode_textThatIsNotANumber_isRejected() {
        assertThatThrownBy(() -> decode(int.class, "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"abc\" is not a number (reading Integer)");
        assertThatThrownBy(() -> decode(double.class, "1,5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"1,5\" is not a number (reading Double)");
        assertThatThrownBy(() -> decode(BigDecimal.class, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"\" is not a number (reading BigDecimal)");
    }

    @Test
    void decode_wrongAttributeType_isRejectedNamingBothTypes() {
        assertThatThrownBy(() -> Codecs.forType(int.class).decode(AttributeValue.fromS("5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type N (number) for Integer but found S (string)");
        assertThatThrownBy(() -> Codecs.forType(BigDecimal.class).decode(AttributeValue.fromNs(List.of("5"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type N (number) for BigDecimal but found NS (number set)");
    }

    @Test
    void isNumeric_isTrueForPrimitivesBoxesAndBigNumbersOnly() {
        for (Class<?> type : List.of(byte.class, short.class, int.class, long.class, float.class, double.class,
                Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class,
                BigInteger.class)) {
            assertThat(Codecs.isNumeric(type)).as(type.getName()).isTrue();
        }
        for (Class<?> type : List.of(boolean.class, Boolean.class, char.class, Character.class, String.class,
                Number.class, AtomicLong.class, Object.class)) {
            assertThat(Codecs.isNumeric(type)).as(type.getName()).isFalse();
        }
        assertThat(Codecs.isNumeric(new TypeRef<List<Integer>>() {}.type())).isFalse();
    }
}
