package dev.storm.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidKeyException;
import dev.storm.model.NoSort;
import dev.storm.model.TestModel;
import java.time.LocalDate;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Key composition rules that hold for every value: the layout of STORM for Python, and no ambiguous keys. */
class KeyCompositionPropertiesTest {

    /** Well-formed text without the separator: any character but '#' and lone UTF-16 surrogates. */
    private static Arbitrary<String> text(int minLength, int maxLength) {
        return Arbitraries.strings().withCharRange('\u0000', '\u0022').withCharRange('\u0024', '\ud7ff')
                .withCharRange('\ue000', '\uffff').ofMinLength(minLength).ofMaxLength(maxLength);
    }

    @Provide
    Arbitrary<String> keyParts() {
        return text(1, 40);
    }

    @Provide
    Arbitrary<String> partsWithSeparator() {
        return text(0, 20).flatMap(s -> Arbitraries.integers().between(0, s.length())
                .map(i -> s.substring(0, i) + "#" + s.substring(i)));
    }

    @Property
    void keys_areIdentifierValuePairsJoinedBySeparator_andSplitBackIntoTheValues(
            @ForAll("keyParts") String a, @ForAll("keyParts") String b, @ForAll("keyParts") String c,
            @ForAll("keyParts") String d, @ForAll("keyParts") String e, @ForAll("keyParts") String f) {
        TestModel m = new TestModel(a, b, c, d, e, f, null);
        assertThat(m.getPk()).isEqualTo("A#" + a + "#B#" + b + "#TestModel");
        assertThat(m.getSk()).isEqualTo("C#" + c + "#D#" + d);
        assertThat(m.getGsi1pk()).isEqualTo("E#" + e + "#F#" + f + "#TestModel");
        assertThat(m.getPk().split("#", -1)).containsExactly("A", a, "B", b, "TestModel");
        assertThat(m.getSk().split("#", -1)).containsExactly("C", c, "D", d);
    }

    @Property
    void aPartHoldingTheSeparator_isAlwaysRefused(@ForAll("partsWithSeparator") String bad,
                                                  @ForAll("keyParts") String good) {
        TestModel m = new TestModel(good, bad, good, good, good, good, null);
        assertThatThrownBy(m::getPk).isInstanceOf(InvalidKeyException.class).hasMessageContaining("TestModel.bPk");
    }

    @Property
    void nonStringParts_renderAsTheirCanonicalText(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) int shard,
                                                   @ForAll @IntRange(min = 1, max = 3000) int year) {
        UUID id = new UUID(shard, year);
        LocalDate day = LocalDate.of(year, 1, 1);
        NoSort m = new NoSort(id, shard, day, NoSort.Color.RED, null);
        assertThat(m.getPk()).isEqualTo("I#" + id + "#S#" + shard + "#D#" + day + "#C#RED#NoSort");
    }
}
