package dev.storm.internal.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidKeyException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DynamoDB's key sizes are counted in UTF-8 bytes, whatever the characters. */
class KeyLimitsTest {

    /** Well-formed text of 1- to 4-byte characters, from a few up to twice a partition key's limit. */
    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> codePoint = Arbitraries.oneOf(
                Arbitraries.integers().between(0x20, 0x7e),
                Arbitraries.integers().between(0x80, 0x7ff),
                Arbitraries.integers().between(0x800, 0xd7ff),
                Arbitraries.integers().between(0x10000, 0x10ffff)).map(Character::toString);
        return codePoint.list().ofMinSize(1).ofMaxSize(1400).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void aKeyIsRefusedExactlyWhenItsUtf8BytesExceedTheLimit(@ForAll("keys") String key) {
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;

        assertThat(KeyLimits.utf8Length(key)).isEqualTo(bytes);
        for (boolean partition : new boolean[] {true, false}) {
            int limit = partition ? 2048 : 1024;
            if (bytes <= limit) {
                assertThat(KeyLimits.check(key, partition, "M", "K", List.of())).isSameAs(key);
            } else {
                assertThatThrownBy(() -> KeyLimits.check(key, partition, "M", "K", List.of()))
                        .isInstanceOf(InvalidKeyException.class)
                        .hasMessageStartingWith("The K of M would be " + bytes + " bytes of UTF-8, over DynamoDB's"
                                + " limit of " + limit + " bytes");
            }
        }
    }
}
