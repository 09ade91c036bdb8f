package dev.storm.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.Field;
import dev.storm.InvalidValueException;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.internal.batch.BulkWrites;
import dev.storm.internal.write.ItemSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's size counted while it is written (by the generated codec as it writes each value, by the runtime codecs
 * attribute by attribute) is exactly the size {@link ItemSize} counts by walking the item, for every kind of value:
 * text of one to four UTF-8 bytes per character, numbers, NULLs, lists, maps, sets, nested records, sparse indexes.
 */
class SizedItemTest {

    enum Tier { BRONZE, GOLD }

    record Place(String street, @Field(name = "código") String code, int floor, List<String> notes) {
    }

    @Meta(suffix = "SIZED")
    record Sized(
            @Field(pk = true) String id,
            @Field(sk = true, identifier = "K") int part,
            @Field(gsi = true, index = {1, 2}, identifier = "T") Tier tier,
            @Field(gsiSk = true, index = 2) Instant at,
            @Field(name = "naïve_名前_\uD83D\uDE00") String name,
            double score,
            float ratio,
            long count,
            Boolean flag,
            Integer boxed,
            List<String> tags,
            Map<String, String> attributes,
            Place place,
            BigDecimal amount,
            UUID reference,
            Set<String> labels,
            Map<String, Integer> counts) implements Model<Sized> {
    }

    /** Text of 0 to 12 characters from the whole of Unicode but unpaired surrogates. */
    private static Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(Arbitraries.integers().between(0x20, 0x7f),
                Arbitraries.integers().between(0x80, 0x7ff), Arbitraries.integers().between(0x800, 0xd7ff),
                Arbitraries.integers().between(0xe000, 0xffff), Arbitraries.integers().between(0x10000, 0x10ffff));
        return codePoint.list().ofMaxSize(12).map(points -> {
            StringBuilder text = new StringBuilder();
            points.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    @Provide
    Arbitrary<Sized> models() {
        Arbitrary<String> id = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
        Arbitrary<Place> place = Combinators.combine(text().injectNull(0.2), text().injectNull(0.2),
                Arbitraries.integers(), text().list().ofMaxSize(3).injectNull(0.3)).as(Place::new);
        // the two fields of GSI2's keys are set together or not at all (a sparse index)
        Arbitrary<Object[]> indexed = Arbitraries.oneOf(Arbitraries.just(new Object[2]),
                Combinators.combine(Arbitraries.of(Tier.class),
                        Arbitraries.longs().between(-4_000_000_000_000L, 4_000_000_000_000L)
                                .map(Instant::ofEpochMilli))
                        .as((t, a) -> new Object[] {t, a}));
        return Builders.withBuilder(() -> new Object[17])
                .use(id).in((v, x) -> set(v, 0, x))
                .use(Arbitraries.integers()).in((v, x) -> set(v, 1, x))
                .use(indexed).in((v, x) -> {
                    set(v, 2, x[0]);
                    return set(v, 3, x[1]);
                })
                .use(text().injectNull(0.2)).in((v, x) -> set(v, 4, x))
                .use(Arbitraries.doubles().between(-1e100, 1e100)).in((v, x) -> set(v, 5, x))
                .use(Arbitraries.floats()).in((v, x) -> set(v, 6, x))
                .use(Arbitraries.longs()).in((v, x) -> set(v, 7, x))
                .use(Arbitraries.of(true, false).injectNull(0.3)).in((v, x) -> set(v, 8, x))
                .use(Arbitraries.integers().injectNull(0.3)).in((v, x) -> set(v, 9, x))
                .use(text().injectNull(0.1).list().ofMaxSize(5).injectNull(0.2)).in((v, x) -> set(v, 10, x))
                .use(Arbitraries.maps(text().filter(k -> !k.isEmpty()), text().injectNull(0.1)).ofMaxSize(4)
                        .injectNull(0.2)).in((v, x) -> set(v, 11, x))
                .use(place.injectNull(0.2)).in((v, x) -> set(v, 12, x))
                .use(Arbitraries.bigDecimals().between(new BigDecimal("-1e20"), new BigDecimal("1e20")).ofScale(6)
                        .injectNull(0.2)).in((v, x) -> set(v, 13, x))
                .use(Arbitraries.create(UUID::randomUUID).injectNull(0.2)).in((v, x) -> set(v, 14, x))
                .use(text().filter(s -> !s.isEmpty()).set().ofMinSize(1).ofMaxSize(4).injectNull(0.2))
                .in((v, x) -> set(v, 15, x))
                .use(Arbitraries.maps(text().filter(k -> !k.isEmpty()), Arbitraries.integers()).ofMaxSize(3)
                        .injectNull(0.2)).in((v, x) -> set(v, 16, x))
                .build(SizedItemTest::sized);
    }

    @SuppressWarnings("unchecked")
    private static Sized sized(Object[] v) {
        return new Sized((String) v[0], (Integer) v[1], (Tier) v[2], (Instant) v[3], (String) v[4], (Double) v[5],
                (Float) v[6], (Long) v[7], (Boolean) v[8], (Integer) v[9], (List<String>) v[10],
                (Map<String, String>) v[11], (Place) v[12], (BigDecimal) v[13], (UUID) v[14], (Set<String>) v[15],
                (Map<String, Integer>) v[16]);
    }

    private static Object[] set(Object[] values, int i, Object value) {
        values[i] = value;
        return values;
    }

    @Property(tries = 500)
    void theSizeCountedWhileWriting_isTheSizeOfTheItemWritten(@ForAll("models") Sized model) {
        ModelSchema<Sized> generated = ModelSchema.of(Sized.class);
        ModelSchema<Sized> reflective = ModelIntrospector.introspect(Sized.class, false);
        assertThat(generated.hasGeneratedCodec()).isTrue();

        for (ModelSchema<Sized> schema : List.of(generated, reflective)) {
            long[] bytes = {-1};
            Map<String, AttributeValue> item = schema.toItem(model, bytes);

            assertThat(item).isEqualTo(schema.toItem(model));
            assertThat(bytes[0]).isEqualTo(ItemSize.of(item));
        }
    }

    @Example
    void aValueTheGeneratedCodecRefuses_isCountedByTheRuntimePath_whenItFails() {
        Sized refused = model("x", "bad \uD800 text");

        long[] bytes = new long[1];
        assertThatThrownBy(() -> ModelSchema.of(Sized.class).toItem(refused, bytes))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("unpaired surrogate");
        // the count the refused encode left behind is not carried into the next item
        Sized next = model("y", "fine");
        Map<String, AttributeValue> item = ModelSchema.of(Sized.class).toItem(next, bytes);
        assertThat(bytes[0]).isEqualTo(ItemSize.of(item));
    }

    @Example
    void bulkSave_takesAnItemOfExactlyTheLimit_andRefusesOneByteMore() {
        ModelSchema<Sized> schema = ModelSchema.of(Sized.class);
        long[] bytes = new long[1];
        schema.toItem(model("a", ""), bytes);
        long base = bytes[0];
        String fill = "é".repeat((int) (ItemSize.MAX_ITEM_BYTES - base) / 2);
        // é is two bytes of UTF-8; an odd remainder is made up by one ASCII character
        String exact = fill + "x".repeat((int) (ItemSize.MAX_ITEM_BYTES - base) % 2);

        BulkWrites.Batch batch = BulkWrites.saveBatch(null, schema, List.of(model("a", exact)));

        assertThat(batch.items()).hasSize(1);
        assertThat(ItemSize.of(schema.toItem(model("a", exact)))).isEqualTo(ItemSize.MAX_ITEM_BYTES);
        assertThatThrownBy(() -> BulkWrites.saveBatch(null, schema, List.of(model("a", exact + "x"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Sized(PK=I#a#SIZED, SK=K#1)")
                .hasMessageContaining("is " + (ItemSize.MAX_ITEM_BYTES + 1) + " bytes")
                .hasMessageContaining("naïve_名前_\uD83D\uDE00");
    }

    private static Sized model(String id, String name) {
        return new Sized(id, 1, null, null, name, 1.5, 2.5f, 3, null, null, List.of("t"), Map.of("k", "v"),
                new Place("Main", "9", 2, null), null, null, null, null);
    }
}
