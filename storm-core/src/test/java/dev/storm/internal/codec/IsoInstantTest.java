package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast ISO-8601 instant text is the JDK's ISO_INSTANT text, both ways, for every instant and every string. */
class IsoInstantTest {

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.of(-62_167_219_201L, -62_167_219_200L, 0L, 253_402_300_799L, 253_402_300_800L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Property
    void format_writesWhatIsoInstantWrites(@ForAll("instants") Instant instant) {
        assertThat(IsoInstant.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    @Property
    void parse_readsBackWhatFormatWrote(@ForAll("instants") Instant instant) {
        assertThat(IsoInstant.parse(IsoInstant.format(instant))).isEqualTo(instant);
    }

    @Provide
    Arbitrary<String> almostInstants() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> separator = Arbitraries.of("-", ":", "T", "t", ".", "Z", "z", "+", " ", "");
        Arbitrary<String> valid = instants().map(IsoInstant::format);
        Arbitrary<String> mutated = Combinators.combine(valid, Arbitraries.integers().between(0, 29),
                Arbitraries.chars().with("0123456789-:T.Zz+ x")).as((text, at, c) -> at < text.length()
                ? text.substring(0, at) + c + text.substring(at + 1) : text + c);
        Arbitrary<String> assembled = Combinators.combine(digits, separator, digits, separator, digits, separator,
                digits, separator).as((a, b, c, d, e, f, g, h) -> a + b + c + d + e + f + g + h);
        return Arbitraries.oneOf(valid, mutated, assembled);
    }

    @Property
    void parse_agreesWithInstantParse_onAnyText(@ForAll("almostInstants") String text) {
        Instant expected = null;
        Throwable expectedError = catchThrowable(() -> Instant.parse(text));
        if (expectedError == null) {
            expected = Instant.parse(text);
        }
        Instant[] actual = new Instant[1];
        Throwable actualError = catchThrowable(() -> actual[0] = IsoInstant.parse(text));
        if (expectedError == null) {
            assertThat(actualError).isNull();
            assertThat(actual[0]).isEqualTo(expected);
        } else {
            assertThat(actualError).isInstanceOf(expectedError.getClass()).hasMessage(expectedError.getMessage());
        }
    }

    @Example
    void parse_leavesEndOfDayLeapSecondsAndLowerCaseToTheJdk() {
        assertThat(IsoInstant.parse("2024-02-29T24:00:00Z")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(IsoInstant.parse("2024-05-17t09:30:15.5z")).isEqualTo(Instant.parse("2024-05-17T09:30:15.500Z"));
        assertThat(IsoInstant.parse("2016-12-31T23:59:60Z")).isEqualTo(Instant.parse("2016-12-31T23:59:60Z"));
    }
}
