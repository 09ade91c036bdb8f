package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.internal.schema.ModelSchema;
import dev.storm.processor.TestCompiler.Source;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link CodecProcessor} writes a {@code _Codec} per record model that compiles cleanly under {@code -Xlint:all},
 * and a model mapped through it writes exactly the item the same model writes when mapped by reflection.
 */
class CodecProcessorTest {

    private static final List<String> LINT = List.of("-Xlint:all");

    private static final Source SHOP = Source.of("com.acme.Shop", """
            package com.acme;

            import dev.storm.*;
            import java.lang.annotation.*;
            import java.util.*;

            public final class Shop {
                private Shop() {
                }

                @Target(ElementType.TYPE_USE)
                @interface NonNull {
                }

                /** @deprecated kept to read old items */
                @Deprecated
                public enum LegacyStatus { OPEN, CLOSED }

                public enum Status { NEW, PAID }

                public record Line(String sku, @Field(name = "qty") int quantity) {
                }

                private record Secret(String code) {
                }

                public record Holder(String name, List<Secret> secrets) {
                }

                @SuppressWarnings("deprecation")
                @Meta(suffix = "ORDER")
                public record Order(
                        @Field(pk = true) String userId,
                        @Field(sk = true, identifier = "O") UUID orderId,
                        @Field(gsi = true, index = {1, 2}) Status status,
                        @Field(gsiSk = true, index = 2) java.time.Instant placedAt,
                        @Field(name = "total_amount") double amount,
                        @Version long version,
                        List<@NonNull String> tags,
                        Map<String, List<Line>> lines,
                        LegacyStatus legacy,
                        byte[] payload,
                        char grade,
                        Object anything,
                        Set<? extends Integer> bounded) implements Model<Order> {
                }

                record Wrapper(@Field(pk = true) String id, Line line, Holder holder) implements Model<Wrapper> {
                }

                public static class Customer implements Model<Customer> {
                    @Field(pk = true) String customerId;
                    int visits;
                }
            }
            """);

    @TempDir
    Path dir;

    private static List<Processor> both() {
        return List.of(new StormProcessor(), new CodecProcessor());
    }

    @Test
    void generatedCodec_compilesWithoutWarningsUnderXlintAll_forRecordModelsOnly() {
        Compilation compilation = TestCompiler.compile(dir.resolve("models"), both(), LINT, SHOP);

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.warnings()).as(compilation.describe()).isEmpty();
        List<Path> generated = compilation.generatedFiles();
        assertThat(generated).containsExactlyInAnyOrder(
                compilation.generatedFile("com.acme.Shop_Order_"),
                compilation.generatedFile("com.acme.Shop_Order_Codec"),
                compilation.generatedFile("com.acme.Shop_Wrapper_"),
                compilation.generatedFile("com.acme.Shop_Wrapper_Codec"),
                compilation.generatedFile("com.acme.Shop_Customer_"));

        Compilation alone = TestCompiler.compileFiles(dir.resolve("codecs"), compilation.classes(), generated);
        assertThat(alone.success()).as(alone.describe()).isTrue();
        assertThat(alone.diagnostics()).as(alone.describe()).isEmpty();
    }

    @Test
    void generatedCodec_holdsAccessorsForTheRecordsItCanName_only() {
        Compilation compilation = TestCompiler.compile(dir, both(), LINT, SHOP);

        String order = compilation.generatedSource("com.acme.Shop_Order_Codec");
        assertThat(order)
                .contains("@SuppressWarnings(\"deprecation\")\npublic final class Shop_Order_Codec"
                        + " implements dev.storm.internal.schema.GeneratedModel<com.acme.Shop.Order>,"
                        + " dev.storm.internal.schema.GeneratedCodec<com.acme.Shop.Order> {")
                .contains("GeneratedRecord<com.acme.Shop.Line>")
                // @Field and @Meta through storm-core's shared implementations, every member set by name
                .contains("new dev.storm.internal.codec.FieldValues().pk(false).sk(false).gsi(false).gsiSk(false)"
                        + ".index(new int[] {1}).identifier(\"\").name(\"qty\").unique(false)")
                .contains("new dev.storm.internal.codec.MetaValues().suffix(\"ORDER\")"
                        + ".keyLayout(new dev.storm.KeyLayout[] {}).viewOf(void.class)")
                .doesNotContain("class FieldValues").doesNotContain("class MetaValues");
        String wrapper = compilation.generatedSource("com.acme.Shop_Wrapper_Codec");
        // Holder holds a private record, so its accessor could not cast to its component type: reflection maps it
        assertThat(wrapper).contains("GeneratedRecord<com.acme.Shop.Line>")
                .doesNotContain("GeneratedRecord<com.acme.Shop.Holder>")
                .doesNotContain("GeneratedRecord<com.acme.Shop.Secret>");
    }

    @Test
    void invalidModel_getsNoCodec_andOnlyTheMetamodelProcessorsError() {
        Compilation compilation = TestCompiler.compile(dir, both(), LINT, Source.of("com.acme.Broken", """
                package com.acme;

                import dev.storm.*;

                public record Broken(String name) implements Model<Broken> {
                }
                """));

        assertThat(compilation.success()).isFalse();
        assertThat(compilation.errors()).as(compilation.describe()).hasSize(1);
        assertThat(compilation.generatedFiles()).doesNotContain(compilation.generatedFile("com.acme.Broken_Codec"));
    }

    private static final Source MAPPED = Source.of("com.acme.Mapped", """
            package com.acme;

            import dev.storm.*;
            import java.time.Instant;
            import java.util.*;

            @Meta(suffix = "MAPPED")
            public record Mapped(
                    @Field(pk = true) String id,
                    @Field(sk = true, identifier = "N") int number,
                    @Field(gsi = true, identifier = "S") Status status,
                    Instant at,
                    double amount,
                    UUID reference,
                    List<Line> lines,
                    Map<String, Set<String>> labels,
                    Line main) implements Model<Mapped> {

                public enum Status { NEW, PAID }

                public record Line(String sku, @Field(name = "qty") int quantity, Line replaces) {
                }
            }
            """);

    @Test
    void modelMappedThroughItsCodec_writesAndReadsTheSameItemAsByReflection() throws Exception {
        Compilation withCodec = TestCompiler.compile(dir.resolve("codec"), both(), LINT, MAPPED);
        Compilation withoutCodec = TestCompiler.compile(dir.resolve("plain"), List.of(new StormProcessor()), LINT,
                MAPPED);
        assertThat(withCodec.success()).as(withCodec.describe()).isTrue();
        assertThat(withoutCodec.success()).as(withoutCodec.describe()).isTrue();

        try (URLClassLoader generatedLoader = withCodec.classLoader();
             URLClassLoader reflectiveLoader = withoutCodec.classLoader()) {
            ModelSchema<Object> generated = schema(generatedLoader);
            ModelSchema<Object> reflective = schema(reflectiveLoader);
            assertThat(generated.isGenerated()).isTrue();
            assertThat(reflective.isGenerated()).isFalse();
            assertThat(generated.hasGeneratedCodec()).isTrue();

            Map<String, AttributeValue> item = generated.toItem(sample(generatedLoader));

            assertThat(item).isEqualTo(reflective.toItem(sample(reflectiveLoader)));
            assertThat(item.get("lines").l().get(0).m()).containsKeys("sku", "qty", "replaces");
            assertThat(item.get("PK")).isEqualTo(AttributeValue.fromS("I#m1#MAPPED"));
            assertThat(generated.toItem(generated.fromItem(item))).isEqualTo(item);
            assertThat(reflective.toItem(reflective.fromItem(item))).isEqualTo(item);
            assertThat(generated.fromItem(item).toString()).isEqualTo(reflective.fromItem(item).toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static ModelSchema<Object> schema(ClassLoader loader) throws ClassNotFoundException {
        return (ModelSchema<Object>) ModelSchema.of(loader.loadClass("com.acme.Mapped"));
    }

    private static Object sample(ClassLoader loader) throws Exception {
        Class<?> line = loader.loadClass("com.acme.Mapped$Line");
        Object old = create(line, "sku-0", 1, null);
        Object first = create(line, "sku-1", 2, old);
        Class<?> status = loader.loadClass("com.acme.Mapped$Status");
        Object paid = status.getEnumConstants()[1];
        return create(loader.loadClass("com.acme.Mapped"), "m1", 42, paid, Instant.parse("2024-05-17T09:30:15Z"),
                59.97, UUID.fromString("6f1c3b1e-8a4e-4c8e-9a55-3c2f8e1d2b10"), List.of(first),
                Map.of("colours", Set.of("red")), old);
    }

    private static Object create(Class<?> record, Object... values) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }
}
