package dev.storm.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storm.internal.codec.AttributeWriter;
import dev.storm.model.TestModel;
import dev.storm.model.User;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys composed from the key fields' attributes alone (the generated codecs' path) are the keys the full path
 * composes from the values, and anything unusual is left to the full path, which writes it or explains why not.
 */
class KeysFromAttributesTest {

    private static final AttributeValue NUL = AttributeValue.fromNul(true);

    private static <M> Map<String, AttributeValue> fromAttributes(ModelSchema<M> schema, M model) {
        Map<String, AttributeValue> item = new HashMap<>();
        AttributeWriter out = AttributeWriter.get();
        out.start(true);
        boolean written = schema.keys().writeKeys(encoded(schema, model), item, out);
        assertThat(out.take()).isEqualTo(written ? bytes(item) : 0);
        return written ? item : null;
    }

    private static <M> AttributeValue[] encoded(ModelSchema<M> schema, M model) {
        Object[] values = schema.values(model);
        AttributeValue[] encoded = new AttributeValue[values.length];
        for (int i = 0; i < values.length; i++) {
            encoded[i] = values[i] == null ? NUL : schema.fields().get(i).encode(values[i]);
        }
        return encoded;
    }

    private static long bytes(Map<String, AttributeValue> keys) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> e : keys.entrySet()) {
            bytes += e.getKey().length() + e.getValue().s().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private static <M> Map<String, AttributeValue> fromValues(ModelSchema<M> schema, M model) {
        Map<String, AttributeValue> item = new HashMap<>();
        schema.keys().writeKeys(schema.values(model), new AttributeValue[schema.fields().size()], item);
        return item;
    }

    @Provide
    Arbitrary<String> parts() {
        // any text, '#' and the empty text included, which a key part refuses
        return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.strings().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().withChars("ab#\u00e9\u00ff\u4e2d").ofMaxLength(6)),
                Tuple.of(1, Arbitraries.just("")), Tuple.of(1, Arbitraries.just(null)));
    }

    @Property(tries = 400)
    void composedFromAttributes_isTheFullPathsKeys_orLeftToIt(@ForAll("parts") String a, @ForAll("parts") String b,
                                                              @ForAll("parts") String c, @ForAll("parts") String d,
                                                              @ForAll("parts") String e, @ForAll("parts") String f) {
        TestModel model = new TestModel(a, b, c, d, e, f, "other");
        ModelSchema<TestModel> schema = ModelIntrospector.introspect(TestModel.class, false);
        Map<String, AttributeValue> fast = fromAttributes(schema, model);
        boolean valid = valid(a) && valid(b) && valid(c) && valid(d);
        boolean inIndex = e != null && f != null;
        boolean composed = valid && inIndex && valid(e) && valid(f);
        Statistics.label("composed from attributes").collect(composed);
        Statistics.label("composed from attributes").coverage(check -> {
            check.check(true).percentage(p -> p > 20);
            check.check(false).percentage(p -> p > 20);
        });
        if (composed) {
            assertThat(fast).isEqualTo(fromValues(schema, model)).containsKeys("PK", "SK", "GSI1PK");
        } else {
            // left to the full path: a part that is null, empty or holds '#', or an item not in every index
            assertThat(fast).isNull();
        }
    }

    private static boolean valid(String part) {
        return part != null && !part.isEmpty() && part.indexOf('#') < 0;
    }

    @Example
    void theItemsOfGeneratedModels_carryTheFullPathsKeys() {
        User user = new User("user123", "PROFILE", "a@b.c", "Ann", "a@b.c");
        ModelSchema<User> generated = ModelSchema.of(User.class);
        assertThat(generated.hasGeneratedCodec()).isTrue();

        Map<String, AttributeValue> item = generated.toItem(user);

        assertThat(item.get("PK").s()).isEqualTo("U#user123#USER");
        assertThat(item.get("SK").s()).isEqualTo("T#PROFILE");
        assertThat(item.get("GSI1PK").s()).isEqualTo("E#a@b.c#USER");
        assertThat(fromAttributes(generated, user)).isEqualTo(fromValues(generated, user));
    }

    @Example
    void aPartHoldingTheSeparator_isRefusedByTheFullPath_generatedOrNot() {
        User user = new User("user#123", "PROFILE", "a@b.c", "Ann", "a@b.c");

        Throwable generated = catchThrowable(() -> ModelSchema.of(User.class).toItem(user));
        Throwable reflective = catchThrowable(() -> ModelIntrospector.introspect(User.class, false).toItem(user));

        assertThat(generated).isInstanceOf(dev.storm.InvalidKeyException.class)
                .hasMessageContaining("user#123").hasMessageContaining("contains '#'");
        assertThat(generated).hasMessage(reflective.getMessage());
    }
}
