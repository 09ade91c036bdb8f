package dev.storm.key;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;
import static java.time.format.DateTimeFormatter.ISO_LOCAL_TIME;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.internal.schema.ModelSchema;
import dev.storm.model.KeyParts01;
import dev.storm.model.KeyParts02;
import dev.storm.model.NoSort;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key-part text over every key-part type, in both layouts: what each layout writes, computed here independently from
 * the values' own digits, and that a model read back from its item composes the very keys it was written under.
 */
class KeyPartTextPropertiesTest {

    /** A number given by its digits: the value, the text Python prints, and a text with needless trailing zeros. */
    record Decimal(String canonical, String padded) {
    }

    /** A double whose shortest text has at most 15 significant digits, with the plain text Python prints for it. */
    record PlainDouble(double value, String python) {
    }

    @Provide
    Arbitrary<PlainDouble> doubles() {
        // digits without trailing zeros, then the point moved: every <= 15-digit decimal is a distinct double
        Arbitrary<String> digits = Arbitraries.longs().between(1, 999_999_999_999_999L)
                .filter(d -> d % 10 != 0).map(Object::toString);
        return Combinators.combine(digits, Arbitraries.integers().between(-20, 20), Arbitraries.of(1, -1))
                .as((d, shift, sign) -> {
                    String python = placePoint(d, shift);
                    return new PlainDouble(sign * Double.parseDouble(python), (sign < 0 ? "-" : "") + python);
                });
    }

    /** The digits with the decimal point moved {@code shift} places right of the first digit's units place. */
    private static String placePoint(String digits, int shift) {
        // the value is digits * 10^shift
        if (shift >= 0) {
            return digits + "0".repeat(shift) + ".0";
        }
        int point = digits.length() + shift;
        if (point > 0) {
            return digits.substring(0, point) + "." + digits.substring(point);
        }
        return "0." + "0".repeat(-point) + digits;
    }

    @Provide
    Arbitrary<Decimal> decimals() {
        Arbitrary<String> whole = Arbitraries.longs().between(0, 10_000_000_000L).map(Object::toString);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMaxLength(12)
                .map(f -> f.replaceAll("0+$", ""));
        return Combinators.combine(whole, fraction, Arbitraries.integers().between(0, 4), Arbitraries.of("", "-"))
                .as((w, f, zeros, sign) -> {
                    String canonical = w + (f.isEmpty() ? "" : "." + f);
                    boolean zero = canonical.matches("0(\\.0*)?");
                    String padded = w + "." + f + "0".repeat(zeros);
                    return new Decimal(zero ? "0" : sign + canonical, (zero ? "" : sign) + padded);
                });
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0020', '\u0022').withCharRange('\u0024', '\u007e')
                .withCharRange('\u00a0', '\u2fff').ofMinLength(1).ofMaxLength(20);
    }

    @Property(tries = 300)
    void everyKeyPartType_isWrittenAsEachLayoutSays_andReadsBackToTheSameKeys(
            @ForAll("texts") String text, @ForAll char c, @ForAll boolean flag, @ForAll long l, @ForAll int i,
            @ForAll short sh, @ForAll byte by, @ForAll("doubles") PlainDouble d, @ForAll("decimals") Decimal dec,
            @ForAll BigInteger big, @ForAll NoSort.Color color) {
        char part = c == '#' || Character.isSurrogate(c) ? 'x' : c;
        UUID uuid = new UUID(l, i);
        Instant instant = Instant.ofEpochSecond(Math.floorMod(l, 253_402_300_799L), Math.floorMod(i, 1_000_000_000));
        LocalDateTime dateTime = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        OffsetDateTime offset = dateTime.atOffset(ZoneOffset.ofHours(sh % 18));
        ZonedDateTime zoned = dateTime.atZone(ZoneOffset.UTC);
        LocalDate date = dateTime.toLocalDate();
        LocalTime time = dateTime.toLocalTime();
        float f = by / 4f;
        BigDecimal padded = new BigDecimal(dec.padded());
        KeyParts01 seed = new KeyParts01(text, part, flag, uuid, i, l, sh, by, d.value(), f, padded, big, instant, date,
                dateTime, offset, zoned, time, color);
        KeyParts02 modern = new KeyParts02(text, part, flag, uuid, i, l, sh, by, d.value(), f, padded, big, instant,
                date, dateTime, offset, zoned, time, color);
        String floatText = by % 4 == 0 ? (by / 4) + ".0" : Float.toString(f);

        String head = "S#" + text + "#C#" + part + "#B#";
        String tail = "#UU#" + uuid;
        assertThat(seed.getPk()).isEqualTo("PARTS#" + head + (flag ? "True" : "False") + tail + "#PARTS");
        assertThat(modern.getPk()).isEqualTo(head + flag + tail + "#Parts");
        String sk = "I#" + i + "#L#" + l + "#SH#" + sh + "#BY#" + by + "#D#" + d.python() + "#F#" + floatText
                + "#DEC#" + dec.canonical() + "#BI#" + big;
        assertThat(seed.getSk()).isEqualTo(sk);
        assertThat(modern.getSk()).isEqualTo(sk);
        String gsiParts = "IN#" + instant + "#LD#" + date + "#LDT#" + ISO_LOCAL_DATE_TIME.format(dateTime)
                + "#ODT#" + ISO_OFFSET_DATE_TIME.format(offset) + "#ZDT#" + ISO_ZONED_DATE_TIME.format(zoned)
                + "#LT#" + ISO_LOCAL_TIME.format(time) + "#E#" + color;
        assertThat(seed.getGsi1pk()).isEqualTo("PARTS#" + gsiParts + "#PARTS");
        assertThat(modern.getGsi1pk()).isEqualTo(gsiParts + "#Parts");

        assertReadBackAddressesTheSameItem(KeyParts01.class, seed);
        assertReadBackAddressesTheSameItem(KeyParts02.class, modern);
    }

    private static <M extends dev.storm.Model<M>> void assertReadBackAddressesTheSameItem(Class<M> type, M model) {
        ModelSchema<M> schema = ModelSchema.of(type);
        Map<String, AttributeValue> item = schema.toItem(model);
        M back = schema.fromItem(item);
        assertThat(back.getPk()).isEqualTo(model.getPk()).isEqualTo(item.get("PK").s());
        assertThat(back.getSk()).isEqualTo(model.getSk()).isEqualTo(item.get("SK").s());
        assertThat(back.getGsi1pk()).isEqualTo(model.getGsi1pk()).isEqualTo(item.get("GSI1PK").s());
        // the number attributes beside the keys hold the key parts' own text
        assertThat(model.getSk()).contains("#D#" + item.get("d").n() + "#").contains("#DEC#" + item.get("dec").n());
    }

    @Property
    void aBigDecimalWithTrailingZeros_andItsValueReadBack_composeOneKey(@ForAll("decimals") Decimal dec) {
        KeyParts02 a = parts(new BigDecimal(dec.padded()));
        KeyParts02 b = parts(new BigDecimal(dec.canonical()));

        assertThat(a.getSk()).isEqualTo(b.getSk()).endsWith("#DEC#" + dec.canonical() + "#BI#0");
        assertThat(ModelSchema.of(KeyParts02.class).toItem(a).get("dec").n()).isEqualTo(dec.canonical());
    }

    private static KeyParts02 parts(BigDecimal dec) {
        Instant epoch = Instant.EPOCH;
        LocalDateTime dt = LocalDateTime.ofInstant(epoch, ZoneOffset.UTC);
        return new KeyParts02("s", 'c', true, new UUID(0, 0), 0, 0, (short) 0, (byte) 0, 0.5, 0.5f, dec,
                BigInteger.ZERO, epoch, dt.toLocalDate(), dt, dt.atOffset(ZoneOffset.UTC), dt.atZone(ZoneOffset.UTC),
                dt.toLocalTime(), NoSort.Color.RED);
    }
}
