package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storm.processor.TestCompiler.Source;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated metamodels compile cleanly under {@code -Xlint:all} and load as typed static attributes. */
class MetamodelCompilationTest {

    private static final Source MODELS = Source.of("com.acme.Shop", """
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

                @SuppressWarnings("deprecation")
                public record Order(
                        @Field(pk = true) String userId,
                        @Field(sk = true, identifier = "O") UUID orderId,
                        @Field(gsi = true, index = {1, 2}) Status status,
                        @Field(gsiSk = true, index = 2) java.time.Instant placedAt,
                        @Field(name = "total_amount") double amount,
                        @Version long version,
                        List<@NonNull String> tags,
                        Map<String, List<Integer>> scores,
                        LegacyStatus legacy,
                        byte[] payload,
                        Set<? extends Integer> bounded) implements Model<Order> {
                }

                abstract static class Audited<M extends Audited<M>> implements Model<M> {
                    String auditedBy;
                }

                public static class Customer extends Audited<Customer> {
                    @Field(pk = true) String customerId;
                    int visits;
                    Set<Long> favourites;
                }
            }
            """);

    @TempDir
    Path dir;

    @BeforeEach
    void requireRuntimeTypes() {
        assumeTrue(exists("dev.storm.Attribute") && exists("dev.storm.NumberAttribute"),
                "the metamodel compiles only against storm-core's Attribute and NumberAttribute");
    }

    @Test
    void generatedCode_compilesWithoutWarningsUnderXlintAll() {
        Compilation compilation = TestCompiler.compile(dir.resolve("models"), MODELS);

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.warnings()).as(compilation.describe()).isEmpty();
        List<Path> generated = compilation.generatedFiles();
        assertThat(generated).containsExactlyInAnyOrder(compilation.generatedFile("com.acme.Shop_Order_"),
                compilation.generatedFile("com.acme.Shop_Customer_"));

        Compilation alone = TestCompiler.compileFiles(dir.resolve("metamodel"), compilation.classes(), generated);
        assertThat(alone.success()).as(alone.describe()).isTrue();
        assertThat(alone.diagnostics()).as(alone.describe()).isEmpty();
    }

    @Test
    void generatedCode_suppressesOnlyTheWarningsTheModelsFieldTypesCarry() {
        Compilation compilation = TestCompiler.compile(dir, MODELS);

        assertThat(compilation.generatedSource("com.acme.Shop_Order_"))
                .contains("@SuppressWarnings(\"deprecation\")\npublic final class Shop_Order_ {");
        assertThat(compilation.generatedSource("com.acme.Shop_Customer_")).doesNotContain("@SuppressWarnings");
    }

    @Test
    void generatedMetamodel_holdsOneTypedPublicStaticFinalAttributePerField() throws Exception {
        Compilation compilation = TestCompiler.compile(dir, MODELS);
        assertThat(compilation.success()).as(compilation.describe()).isTrue();

        try (URLClassLoader loader = compilation.classLoader()) {
            Class<?> metamodel = loader.loadClass("com.acme.Shop_Order_");
            Class<?> numberAttribute = loader.loadClass("dev.storm.NumberAttribute");
            Class<?> attribute = loader.loadClass("dev.storm.Attribute");

            assertThat(Modifier.isFinal(metamodel.getModifiers())).isTrue();
            Constructor<?>[] constructors = metamodel.getDeclaredConstructors();
            assertThat(constructors).hasSize(1);
            assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
            assertThat(Arrays.stream(metamodel.getDeclaredFields()).map(java.lang.reflect.Field::getName))
                    .containsExactly("userId", "orderId", "status", "placedAt", "amount", "version", "tags",
                            "scores", "legacy", "payload", "bounded");
            for (java.lang.reflect.Field field : metamodel.getDeclaredFields()) {
                assertThat(field.getModifiers())
                        .isEqualTo(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL);
                assertThat(attribute.isInstance(field.get(null))).as(field.getName()).isTrue();
            }
            assertThat(genericType(metamodel, "amount"))
                    .isEqualTo("dev.storm.NumberAttribute<com.acme.Shop$Order, java.lang.Double>");
            assertThat(numberAttribute.isInstance(metamodel.getField("amount").get(null))).isTrue();
            assertThat(numberAttribute.isInstance(metamodel.getField("version").get(null))).isTrue();
            assertThat(numberAttribute.isInstance(metamodel.getField("status").get(null))).isFalse();
            assertThat(genericType(metamodel, "scores")).isEqualTo(
                    "dev.storm.Attribute<com.acme.Shop$Order, java.util.Map<java.lang.String,"
                            + " java.util.List<java.lang.Integer>>>");
            assertThat(genericType(metamodel, "bounded")).isEqualTo(
                    "dev.storm.Attribute<com.acme.Shop$Order, java.util.Set<? extends java.lang.Integer>>");

            Class<?> customer = loader.loadClass("com.acme.Shop_Customer_");
            assertThat(Arrays.stream(customer.getDeclaredFields()).map(java.lang.reflect.Field::getName))
                    .containsExactly("auditedBy", "customerId", "visits", "favourites");
            assertThat(genericType(customer, "auditedBy"))
                    .isEqualTo("dev.storm.Attribute<com.acme.Shop$Customer, java.lang.String>");
            assertThat(genericType(customer, "visits"))
                    .isEqualTo("dev.storm.NumberAttribute<com.acme.Shop$Customer, java.lang.Integer>");
        }
    }

    private static String genericType(Class<?> type, String field) throws NoSuchFieldException {
        return type.getField(field).getGenericType().getTypeName();
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, MetamodelCompilationTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
