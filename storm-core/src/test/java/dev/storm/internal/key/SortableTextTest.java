package dev.storm.internal.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Sortable key text: its byte order is the values' order, alone and inside a longer key. */
class SortableTextTest {

    /** DynamoDB's order of strings: UTF-8 bytes, which is code-point order. */
    private static int compareKeys(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static void assertSameOrder(int valueOrder, String a, String b) {
        assertThat(Integer.signum(compareKeys(a, b))).as(a + " vs " + b).isEqualTo(Integer.signum(valueOrder));
        // inside a key, where the next separator and field follow
        assertThat(Integer.signum(compareKeys(a + "#N#x", b + "#N#y"))).as(a + "#.. vs " + b + "#..")
                .isEqualTo(valueOrder == 0 ? -1 : Integer.signum(valueOrder));
    }

    @Property
    void longs_sortAsTheirValues(@ForAll long a, @ForAll long b) {
        assertSameOrder(Long.compare(a, b), SortableText.render(a, 19), SortableText.render(b, 19));
    }

    @Property
    void smallInts_sortAsTheirValues_atAFewDigits(@ForAll @LongRange(min = -999, max = 999) long a,
                                                  @ForAll @LongRange(min = -999, max = 999) long b) {
        assertSameOrder(Long.compare(a, b), SortableText.render((int) a, 3), SortableText.render((int) b, 3));
    }

    @Property
    void decimals_sortAsTheirValues(@ForAll @BigRange(min = "-99999", max = "99999") @Scale(4) BigDecimal a,
                                    @ForAll @BigRange(min = "-99999", max = "99999") @Scale(4) BigDecimal b) {
        assertSameOrder(a.compareTo(b), SortableText.render(a, 5), SortableText.render(b, 5));
    }

    @Property
    void doubles_sortAsTheirValues(@ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
                                   @ForAll @DoubleRange(min = -1e6, max = 1e6) double b) {
        assertSameOrder(Double.compare(a == 0 ? 0 : a, b == 0 ? 0 : b), SortableText.render(a, 7),
                SortableText.render(b, 7));
    }

    @Property
    void instants_sortAsTime(@ForAll @LongRange(min = -62_000_000_000L, max = 253_000_000_000L) long secondsA,
                             @ForAll @LongRange(min = 0, max = 999_999_999) long nanosA,
                             @ForAll @LongRange(min = -62_000_000_000L, max = 253_000_000_000L) long secondsB,
                             @ForAll @LongRange(min = 0, max = 999_999_999) long nanosB) {
        Instant a = Instant.ofEpochSecond(secondsA, nanosA);
        Instant b = Instant.ofEpochSecond(secondsB, nanosB);
        assertSameOrder(a.compareTo(b), SortableText.render(a, 0), SortableText.render(b, 0));
    }

    @Test
    void numbers_renderAsDocumented() {
        assertThat(SortableText.render(42, 10)).isEqualTo("0000000042");
        assertThat(SortableText.render(-42, 10)).isEqualTo("-9999999957");
        assertThat(SortableText.render(0L, 3)).isEqualTo("000");
        assertThat(SortableText.render(new BigDecimal("25.50"), 8)).isEqualTo("00000025.5");
        assertThat(SortableText.render(-2.5, 2)).isEqualTo("-97.4~");
        assertThat(SortableText.render(-2.0, 2)).isEqualTo("-97~");
        assertThat(SortableText.render(-0.0, 2)).isEqualTo("00");
        assertThat(SortableText.render(0.1f, 1)).isEqualTo("0.1");
        assertThat(SortableText.render(Long.MIN_VALUE, 19)).isEqualTo("-0776627963145224191");
        assertThat(SortableText.render(new BigInteger("12345678901234567890123"), 25))
                .isEqualTo("0012345678901234567890123");
    }

    @Test
    void times_renderAtAFixedWidth() {
        assertThat(SortableText.render(Instant.parse("2024-03-05T10:15:30Z"), 0))
                .isEqualTo("2024-03-05T10:15:30.000000000Z");
        assertThat(SortableText.render(Instant.parse("2024-03-05T10:15:30.5Z"), 0))
                .isEqualTo("2024-03-05T10:15:30.500000000Z");
        assertThat(SortableText.render(LocalDateTime.of(2024, 3, 5, 10, 0), 0)).isEqualTo("2024-03-05T10:00:00.000000000");
        assertThat(SortableText.render(LocalTime.of(9, 5), 0)).isEqualTo("09:05:00.000000000");
        assertThat(SortableText.render(LocalDate.of(24, 1, 2), 0)).isEqualTo("0024-01-02");
    }

    @Test
    void valuesThatDoNotFit_areRefused_sayingWhy() {
        assertThatThrownBy(() -> SortableText.render(1000, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000 needs 4 integer digits but the key holds 3");
        assertThatThrownBy(() -> SortableText.render(-1000L, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 4");
        assertThatThrownBy(() -> SortableText.render(Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> SortableText.render(LocalDate.of(10000, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 10000");
        assertThatThrownBy(() -> SortableText.render(Instant.parse("-0001-01-01T00:00:00Z"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year -1");
    }
}
