package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Free-form ({@code Object}) values DynamoDB would refuse are refused by the codec, for every input. */
class FreeFormValuesPropertiesTest {

    private static final Codec<Object> FREE_FORM = Codecs.forType(Object.class);

    @Property
    void aSetOfTwoNumericallyEqualNumbers_isRefused(@ForAll long n, @ForAll @IntRange(min = 1, max = 5) int scale) {
        Set<Object> set = new LinkedHashSet<>(List.of(n, BigDecimal.valueOf(n).setScale(scale)));
        assertThatThrownBy(() -> FREE_FORM.encode(Map.of("ids", set)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two numbers that DynamoDB stores as one value");
    }

    @Property
    void aLoneSurrogate_inASetOrAMapKey_isRefused(@ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate,
                                                  @ForAll boolean inKey) {
        String text = "a" + (char) surrogate + "b";
        Object value = inKey ? Map.of(text, 1) : Map.of("k", Set.of("ok", text));
        assertThatThrownBy(() -> FREE_FORM.encode(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
    }
}
