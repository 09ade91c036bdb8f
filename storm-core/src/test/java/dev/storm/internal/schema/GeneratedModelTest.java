package dev.storm.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storm.Field;
import dev.storm.KeyLayout;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.Version;
import dev.storm.model.Counter;
import dev.storm.model.NoSort;
import dev.storm.model.Order;
import dev.storm.model.Suffixed;
import dev.storm.internal.codec.GenericType;
import dev.storm.model.TestModel;
import dev.storm.model.User;
import dev.storm.model.seed.Modern;
import dev.storm.model.seed.nested.Deep;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A record model compiled with STORM's processor is mapped through its generated {@code _Codec}; mapped that way or
 * by reflection it writes the same item, reads the same model back and fails with the same errors.
 */
class GeneratedModelTest {

    enum Level { LOW, HIGH }

    record Address(String street, int number, @Field(name = "zip_code") String zip, List<Address> previous) {
    }

    @Meta(suffix = "RICH")
    record Rich(
            @Field(pk = true) String id,
            @Field(sk = true, identifier = "K") int part,
            @Field(gsi = true, index = {1, 2}, identifier = "L") Level level,
            @Field(gsiSk = true, index = 2) Instant at,
            @Field(name = "display_name") String name,
            double score,
            boolean active,
            Long optionalCount,
            BigDecimal amount,
            UUID reference,
            List<String> tags,
            Set<String> labels,
            Map<String, Integer> counts,
            Address address,
            @Version long version) implements Model<Rich> {
    }

    @Meta(suffix = "LABELLED")
    record Labelled(@Field(pk = true) String id, Map<String, String> labels, Map<String, Integer> counts)
            implements Model<Labelled> {
    }

    /** Generic types of every shape the processor writes, and one it leaves to reflection (a wildcard). */
    record Typed(@Field(pk = true) String id, Map<String, List<Instant>> history, List<Address> addresses,
                 List<? extends String> loose, byte[] raw, Set<Level> levels) implements Model<Typed> {
    }

    /** Every option and role the processor states for the runtime, and a field left to the annotations. */
    @Meta(suffix = "STAMP", keyLayout = KeyLayout.STORM_0_1)
    record Stamped(@Field(pk = true, identifier = "S") String id,
                   @Field(sk = true) @dev.storm.Sortable(digits = 6) long rank,
                   @Field(gsi = true, index = 3, unique = true) String email,
                   @Field(gsiSk = true, index = 3, name = "when") Instant at,
                   @dev.storm.Ttl long expires,
                   @dev.storm.CreatedAt Instant created,
                   @dev.storm.UpdatedAt Instant updated,
                   @Version @Field(name = "v") int version,
                   @Field String plain) implements Model<Stamped> {
    }

    private static <M> ModelSchema<M> reflective(Class<M> type) {
        return ModelIntrospector.introspect(type, false);
    }

    @Example
    void recordModels_compiledWithTheProcessor_areGenerated_classModelsAreNot() {
        assertThat(ModelSchema.of(Rich.class).isGenerated()).isTrue();
        assertThat(ModelSchema.of(User.class).isGenerated()).isTrue();
        assertThat(ModelSchema.of(Counter.class).isGenerated()).isFalse();
        assertThat(reflective(Rich.class).isGenerated()).isFalse();
        assertThat(ModelSchema.of(Rich.class).hasGeneratedCodec()).isTrue();
        assertThat(reflective(Rich.class).hasGeneratedCodec()).isFalse();
    }

    @Example
    void generatedAndReflective_describeTheSameFieldsAndKeys() {
        for (Class<?> type : List.of(Rich.class, Typed.class, Stamped.class, User.class, Order.class, TestModel.class,
                NoSort.class, Suffixed.class, dev.storm.model.seed.Order.class, Modern.class, Deep.class)) {
            ModelSchema<?> generated = ModelSchema.of(type);
            ModelSchema<?> reflective = reflective(type);
            assertThat(generated.isGenerated()).as(type.getName()).isTrue();
            assertThat(describe(generated)).as(type.getName()).isEqualTo(describe(reflective));
            for (FieldSchema f : generated.fields()) {
                FieldSchema r = reflective.field(f.name());
                assertThat(f.genericType()).as(f.toString()).isEqualTo(r.genericType());
                assertThat(r.genericType()).as(f.toString()).isEqualTo(f.genericType());
                assertThat(f.genericType().hashCode()).as(f.toString()).isEqualTo(r.genericType().hashCode());
                assertThat(f.rawType()).as(f.toString()).isEqualTo(r.rawType());
                assertThat(f.options()).as(f.toString()).isEqualTo(r.options());
                assertThat(f.zero()).as(f.toString()).isEqualTo(r.zero());
            }
        }
    }

    @Example
    void generatedSchema_statesRolesAndOptions_asTheAnnotationsSay() {
        ModelSchema<Stamped> schema = ModelSchema.of(Stamped.class);

        assertThat(schema.suffix()).isEqualTo("STAMP");
        assertThat(schema.keyLayout()).isEqualTo(KeyLayout.STORM_0_1);
        assertThat(schema.field("id").roles().identifier()).isEqualTo("S");
        assertThat(schema.field("rank").options()).isEqualTo(new FieldOptions(false, false, false, true, 6));
        assertThat(schema.field("email").roles().unique()).isTrue();
        assertThat(schema.field("email").roles().gsiPk()).containsExactly(3);
        assertThat(schema.field("at").roles().gsiSk()).containsExactly(3);
        assertThat(schema.field("at").attributeName()).isEqualTo("when");
        assertThat(schema.ttlField().name()).isEqualTo("expires");
        assertThat(schema.createdAtField().name()).isEqualTo("created");
        assertThat(schema.updatedAtField().name()).isEqualTo("updated");
        assertThat(schema.versionField().name()).isEqualTo("version");
        assertThat(schema.versionField().roles().version()).isTrue();
        assertThat(schema.field("plain").roles()).usingRecursiveComparison().isEqualTo(KeyRoles.plain("P"));
    }

    @Example
    void registeredInstance_isTakenOnce_thenTheClassIsConstructed() {
        GeneratedModel<Rich> registered = new GeneratedModelTest_Rich_Codec();
        GeneratedModels.register(registered);

        assertThat(GeneratedModels.find(Rich.class, Rich.class.getRecordComponents())).isSameAs(registered);
        assertThat(GeneratedModels.find(Rich.class, Rich.class.getRecordComponents())).isNotSameAs(registered)
                .isInstanceOf(GeneratedModelTest_Rich_Codec.class);
    }

    @Example
    void keyLayout_resolvedAtCompileTime_isTheOneReflectionFinds() {
        // the package's @DefaultKeyLayout, the enclosing package's, the model's own over its package's, the default
        assertThat(ModelSchema.of(dev.storm.model.seed.Order.class).keyLayout()).isEqualTo(KeyLayout.STORM_0_1);
        assertThat(ModelSchema.of(Deep.class).keyLayout()).isEqualTo(KeyLayout.STORM_0_1);
        assertThat(ModelSchema.of(Modern.class).keyLayout()).isEqualTo(KeyLayout.STORM_0_2);
        assertThat(ModelSchema.of(Rich.class).keyLayout()).isEqualTo(KeyLayout.STORM_0_2);
        assertThat(ModelSchema.of(dev.storm.model.seed.Order.class).keys().pk(
                new dev.storm.model.seed.Order("u1", "o1", 1, true)))
                .isEqualTo(reflective(dev.storm.model.seed.Order.class).keys().pk(
                        new dev.storm.model.seed.Order("u1", "o1", 1, true)));
    }

    @Example
    void generatedSchema_takesParameterizedTypesFromTheCodec_notFromTheGenericSignature() {
        ModelSchema<Typed> generated = ModelSchema.of(Typed.class);
        ModelSchema<Typed> reflective = reflective(Typed.class);

        for (String name : List.of("history", "addresses", "levels")) {
            assertThat(generated.field(name).genericType().getClass()).as(name)
                    .isEqualTo(GenericType.class);
            assertThat(reflective.field(name).genericType().getClass()).as(name)
                    .isNotEqualTo(GenericType.class);
        }
        assertThat(generated.field("history").genericType().getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, java.util.List<java.time.Instant>>");
        // a wildcard is not written at compile time: that one field is read from its record component
        assertThat(generated.field("loose").genericType()).isInstanceOf(ParameterizedType.class)
                .isEqualTo(reflective.field("loose").genericType());
        assertThat(generated.field("loose").genericType().getClass())
                .isNotEqualTo(GenericType.class);
        assertThat(generated.field("raw").genericType()).isEqualTo(byte[].class);

        Typed typed = new Typed("t1", Map.of("k", List.of(Instant.EPOCH)),
                List.of(new Address("Main", 1, "123", List.of())), List.of("x"), new byte[] {1, 2}, Set.of(Level.LOW));
        Map<String, AttributeValue> item = generated.toItem(typed);
        assertThat(item).isEqualTo(reflective.toItem(typed));
        assertThat(generated.fromItem(item)).usingRecursiveComparison().isEqualTo(typed);
    }

    private static List<String> describe(ModelSchema<?> schema) {
        Function<List<FieldSchema>, String> names =
                fields -> fields.stream().map(FieldSchema::name).toList().toString();
        List<String> lines = new java.util.ArrayList<>(List.of("suffix " + schema.suffix(),
                "layout " + schema.keyLayout(), "created " + schema.createdAtField(),
                "updated " + schema.updatedAtField(), "ttl " + schema.ttlField(),
                "pk " + names.apply(schema.pkFields()), "sk " + names.apply(schema.skFields()),
                "indexes " + schema.indexes(), "version " + schema.versionField()));
        for (int index : schema.indexes()) {
            lines.add("GSI" + index + " " + names.apply(schema.gsiPkFields(index)) + " "
                    + names.apply(schema.gsiSkFields(index)));
        }
        for (FieldSchema f : schema.fields()) {
            KeyRoles r = f.roles();
            lines.add(f.position() + " " + f.name() + " " + f.attributeName() + " " + f.genericType().getTypeName()
                    + " " + r.pk() + r.sk() + Arrays.toString(r.gsiPk()) + Arrays.toString(r.gsiSk())
                    + r.identifier() + r.unique() + r.version());
        }
        return lines;
    }

    @Provide
    Arbitrary<Rich> riches() {
        Arbitrary<String> text = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<Address> address = Builders.withBuilder(() -> new Address[1])
                .use(Arbitraries.strings().ofMaxLength(20).injectNull(0.2)).in((a, street) -> {
                    a[0] = new Address(street, 0, null, null);
                    return a;
                })
                .use(Arbitraries.integers()).in((a, n) -> {
                    a[0] = new Address(a[0].street(), n, a[0].zip(), null);
                    return a;
                })
                .use(text.injectNull(0.3)).in((a, zip) -> {
                    a[0] = new Address(a[0].street(), a[0].number(), zip,
                            List.of(new Address("old " + a[0].street(), 1, zip, List.of())));
                    return a;
                })
                .build(a -> a[0]);
        return Builders.withBuilder(() -> new Object[15])
                .use(text).in((v, x) -> set(v, 0, x))
                .use(Arbitraries.integers()).in((v, x) -> set(v, 1, x))
                .use(Arbitraries.of(Level.class)).in((v, x) -> set(v, 2, x))
                .use(Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochMilli))
                .in((v, x) -> set(v, 3, x))
                .use(Arbitraries.strings().ofMaxLength(30).injectNull(0.2)).in((v, x) -> set(v, 4, x))
                .use(Arbitraries.doubles().between(-1e9, 1e9)).in((v, x) -> set(v, 5, x))
                .use(Arbitraries.of(true, false)).in((v, x) -> set(v, 6, x))
                .use(Arbitraries.longs().injectNull(0.3)).in((v, x) -> set(v, 7, x))
                .use(Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                        .ofScale(3).injectNull(0.2)).in((v, x) -> set(v, 8, x))
                .use(Arbitraries.create(UUID::randomUUID)).in((v, x) -> set(v, 9, x))
                .use(text.list().ofMaxSize(4).injectNull(0.2)).in((v, x) -> set(v, 10, x))
                .use(text.set().ofMinSize(1).ofMaxSize(4).injectNull(0.2)).in((v, x) -> set(v, 11, x))
                .use(Arbitraries.maps(text, Arbitraries.integers()).ofMaxSize(3)).in((v, x) -> set(v, 12, x))
                .use(address.injectNull(0.2)).in((v, x) -> set(v, 13, x))
                .use(Arbitraries.longs().between(0, 1000)).in((v, x) -> set(v, 14, x))
                .build(v -> new Rich((String) v[0], (Integer) v[1], (Level) v[2], (Instant) v[3], (String) v[4],
                        (Double) v[5], (Boolean) v[6], (Long) v[7], (BigDecimal) v[8], (UUID) v[9], list(v[10]),
                        set(v[11]), map(v[12]), (Address) v[13], (Long) v[14]));
    }

    private static Object[] set(Object[] values, int i, Object value) {
        values[i] = value;
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> set(Object value) {
        return (Set<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> map(Object value) {
        return (Map<String, Integer>) value;
    }

    @Property(tries = 300)
    void generatedAndReflective_writeTheSameItem_andReadTheSameModel(@ForAll("riches") Rich rich) {
        ModelSchema<Rich> generated = ModelSchema.of(Rich.class);
        ModelSchema<Rich> reflective = reflective(Rich.class);

        Map<String, AttributeValue> item = generated.toItem(rich);

        assertThat(item).isEqualTo(reflective.toItem(rich));
        assertThat(generated.fromItem(item)).isEqualTo(reflective.fromItem(item));
        // BigDecimals are stored canonically, 0.000 as 0: equal in value, not in scale
        assertThat(generated.fromItem(item)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(rich);
        assertThat(generated.toAttributes(rich)).isEqualTo(reflective.toAttributes(rich));
        assertThat(generated.keys().pk(rich)).isEqualTo(reflective.keys().pk(rich));
        assertThat(generated.keys().gsiSk(rich, 2)).isEqualTo(reflective.keys().gsiSk(rich, 2));
    }

    @Example
    void generatedCodec_writesTheDocumentedItem_nestedRecordsIncluded() {
        Rich rich = new Rich("r1", 7, Level.HIGH, Instant.parse("2024-05-17T09:30:15.250Z"), "Ann", 2.5, true, null,
                new BigDecimal("10.50"), UUID.fromString("6f1c3b1e-8a4e-4c8e-9a55-3c2f8e1d2b10"), List.of("a"),
                Set.of("x"), Map.of("k", 3), new Address("Main", 1, "12345", List.of()), 4);

        Map<String, AttributeValue> item = ModelSchema.of(Rich.class).toItem(rich);

        AttributeValue nul = AttributeValue.fromNul(true);
        Map<String, AttributeValue> address = new HashMap<>();
        address.put("street", AttributeValue.fromS("Main"));
        address.put("number", AttributeValue.fromN("1"));
        address.put("zip_code", AttributeValue.fromS("12345"));
        address.put("previous", AttributeValue.fromL(List.of()));
        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put("PK", AttributeValue.fromS("I#r1#RICH"));
        expected.put("SK", AttributeValue.fromS("K#7"));
        expected.put("GSI1PK", AttributeValue.fromS("L#HIGH#RICH"));
        expected.put("GSI2PK", AttributeValue.fromS("L#HIGH#RICH"));
        expected.put("GSI2SK", AttributeValue.fromS("A#2024-05-17T09:30:15.250Z"));
        expected.put("id", AttributeValue.fromS("r1"));
        expected.put("part", AttributeValue.fromN("7"));
        expected.put("level", AttributeValue.fromS("HIGH"));
        expected.put("at", AttributeValue.fromS("2024-05-17T09:30:15.250Z"));
        expected.put("display_name", AttributeValue.fromS("Ann"));
        expected.put("score", AttributeValue.fromN("2.5"));
        expected.put("active", AttributeValue.fromBool(true));
        expected.put("optionalCount", nul);
        expected.put("amount", AttributeValue.fromN("10.5"));
        expected.put("reference", AttributeValue.fromS("6f1c3b1e-8a4e-4c8e-9a55-3c2f8e1d2b10"));
        expected.put("tags", AttributeValue.fromL(List.of(AttributeValue.fromS("a"))));
        expected.put("labels", AttributeValue.fromSs(List.of("x")));
        expected.put("counts", AttributeValue.fromM(Map.of("k", AttributeValue.fromN("3"))));
        expected.put("address", AttributeValue.fromM(address));
        expected.put("version", AttributeValue.fromN("4"));
        assertThat(item).isEqualTo(expected);
        assertThat(ModelSchema.of(Rich.class).fromItem(expected)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(rich);
    }

    @Example
    void mapFields_readBackAsHashMaps_generatedOrReflective() {
        // an M keeps no order in DynamoDB: both paths give the same plain HashMap, inline or by the runtime codec
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("PK", AttributeValue.fromS("I#l1#LABELLED"));
        item.put("SK", AttributeValue.fromS("LABELLED"));
        item.put("id", AttributeValue.fromS("l1"));
        item.put("labels", AttributeValue.fromM(Map.of("a", AttributeValue.fromS("x"), "b",
                AttributeValue.fromNul(true))));
        item.put("counts", AttributeValue.fromM(Map.of("n", AttributeValue.fromN("2"))));
        Map<String, String> labels = new HashMap<>();
        labels.put("a", "x");
        labels.put("b", null);

        assertThat(ModelSchema.of(Labelled.class).hasGeneratedCodec()).isTrue();
        for (ModelSchema<Labelled> schema : List.of(ModelSchema.of(Labelled.class), reflective(Labelled.class))) {
            Labelled read = schema.fromItem(item);
            assertThat(read.labels()).isExactlyInstanceOf(HashMap.class).isEqualTo(labels);
            assertThat(read.counts()).isExactlyInstanceOf(HashMap.class).isEqualTo(Map.of("n", 2));
        }
    }

    @Example
    void generatedAndReflective_writeTheSameItems_ofTheCoreTestModels() {
        assertSameItem(new User("user123", null, "a@b.c", "Ann", "a@b.c"));
        assertSameItem(new Order("user123", "2024-0001", 25.5, "PAID", null));
        assertSameItem(new TestModel("aaa", "bbb", "ccc", "ddd", "eee", "fff", "another"));
    }

    @SuppressWarnings("unchecked")
    private static <M> void assertSameItem(M model) {
        Class<M> type = (Class<M>) model.getClass();
        Map<String, AttributeValue> item = ModelSchema.of(type).toItem(model);
        assertThat(item).isEqualTo(reflective(type).toItem(model));
        assertThat(ModelSchema.of(type).fromItem(item)).isEqualTo(reflective(type).fromItem(item));
    }

    @Example
    void generatedAndReflective_failAlike_onMissingKeysBadValuesAndWrongAttributeTypes() {
        Rich missingKey = new Rich(null, 1, null, Instant.EPOCH, "n", 1, true, null, null, null, null, null, null,
                null, 0);
        Rich badText = new Rich("id", 1, Level.LOW, Instant.EPOCH, "bad \uD800 text", 1, true, null, null, null, null,
                null, null, null, 0);
        Map<String, AttributeValue> wrongType = new HashMap<>(ModelSchema.of(Rich.class).toItem(
                new Rich("id", 1, Level.LOW, Instant.EPOCH, "n", 1, true, 5L, null, null, null, null, null, null, 0)));
        wrongType.put("optionalCount", AttributeValue.fromS("five"));

        Rich notANumber = new Rich("id", 1, Level.LOW, Instant.EPOCH, "n", Double.NaN, true, null, null, null, null,
                null, null, null, 0);
        Map<String, AttributeValue> unknownLevel = new HashMap<>(wrongType);
        unknownLevel.put("optionalCount", AttributeValue.fromN("5"));
        unknownLevel.put("level", AttributeValue.fromS("MIDDLE"));

        assertFailAlike(schema -> schema.toItem(notANumber));
        assertFailAlike(schema -> schema.fromItem(unknownLevel));
        assertFailAlike(schema -> schema.toItem(missingKey));
        assertFailAlike(schema -> schema.toItem(badText));
        assertFailAlike(schema -> schema.fromItem(wrongType));
    }

    @Example
    void generatedCodec_readsUnusualNumberTexts_asTheRuntimeCodecsDo() {
        ModelSchema<Rich> generated = ModelSchema.of(Rich.class);
        Map<String, AttributeValue> item = new HashMap<>(generated.toItem(
                new Rich("id", 7, Level.LOW, Instant.EPOCH, "n", 1, true, 5L, null, null, null, null, null, null, 0)));
        item.put("part", AttributeValue.fromN("7.0"));
        item.put("optionalCount", AttributeValue.fromN("1E+3"));
        item.put("at", AttributeValue.fromS("2024-02-29T10:00:00Z"));

        Rich read = generated.fromItem(item);

        assertThat(read).isEqualTo(reflective(Rich.class).fromItem(item));
        assertThat(read.part()).isEqualTo(7);
        assertThat(read.optionalCount()).isEqualTo(1000L);
        assertThat(read.at()).isEqualTo(Instant.parse("2024-02-29T10:00:00Z"));
    }

    private static void assertFailAlike(Function<ModelSchema<Rich>, Object> action) {
        Throwable generated = catchThrowable(() -> action.apply(ModelSchema.of(Rich.class)));
        Throwable reflective = catchThrowable(() -> action.apply(reflective(Rich.class)));
        assertThat(generated).isNotNull();
        assertThat(generated).isInstanceOf(reflective.getClass()).hasMessage(reflective.getMessage());
    }
}
