package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.processor.TestCompiler.Source;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of generated metamodels: names, order, attribute names, type arguments and factories. */
class MetamodelSourceTest {

    @TempDir
    Path dir;

    @Test
    void recordModel_generatesOneAttributePerComponentInDeclarationOrder() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.User", """
                package com.acme;

                import dev.storm.*;
                import java.util.List;

                public record User(
                        @Field(pk = true) String userId,
                        @Field(sk = true) String type,
                        @Field(name = "user_tags") List<String> tags,
                        double amount) implements Model<User> {
                }
                """));

        assertThat(compilation.generatedSource("com.acme.User_")).isEqualTo("""
                package com.acme;

                @javax.annotation.processing.Generated("dev.storm.processor.StormProcessor")
                public final class User_ {
                    private User_() {
                    }

                    public static final dev.storm.Attribute<com.acme.User, java.lang.String> userId =
                            dev.storm.Attribute.of(com.acme.User.class, "userId", "userId");

                    public static final dev.storm.Attribute<com.acme.User, java.lang.String> type =
                            dev.storm.Attribute.of(com.acme.User.class, "type", "type");

                    public static final dev.storm.Attribute<com.acme.User, java.util.List<java.lang.String>> tags =
                            dev.storm.Attribute.of(com.acme.User.class, "tags", "user_tags");

                    public static final dev.storm.NumberAttribute<com.acme.User, java.lang.Double> amount =
                            dev.storm.Attribute.numeric(com.acme.User.class, "amount", "amount");
                }
                """);
        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
    }

    @Test
    void classModel_includesInheritedFieldsFirstAndSkipsStaticAndTransientFields() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.Order", """
                package com.acme;

                import dev.storm.*;

                abstract class Audited<M extends Audited<M>> implements Model<M> {
                    java.util.UUID audit;
                    java.time.Instant createdAt;
                }

                public class Order extends Audited<Order> {
                    static int created;
                    @Field(pk = true) String orderId;
                    transient String cached;
                    long quantity;

                    public Order() {
                    }
                }
                """));

        assertThat(compilation.generatedSource("com.acme.Order_")).isEqualTo("""
                package com.acme;

                @javax.annotation.processing.Generated("dev.storm.processor.StormProcessor")
                public final class Order_ {
                    private Order_() {
                    }

                    public static final dev.storm.Attribute<com.acme.Order, java.util.UUID> audit =
                            dev.storm.Attribute.of(com.acme.Order.class, "audit", "audit");

                    public static final dev.storm.Attribute<com.acme.Order, java.time.Instant> createdAt =
                            dev.storm.Attribute.of(com.acme.Order.class, "createdAt", "createdAt");

                    public static final dev.storm.Attribute<com.acme.Order, java.lang.String> orderId =
                            dev.storm.Attribute.of(com.acme.Order.class, "orderId", "orderId");

                    public static final dev.storm.NumberAttribute<com.acme.Order, java.lang.Long> quantity =
                            dev.storm.Attribute.numeric(com.acme.Order.class, "quantity", "quantity");
                }
                """);
        assertThat(compilation.generatedFiles()).as("the abstract base is not a model")
                .containsExactly(compilation.generatedFile("com.acme.Order_"));
    }

    @Test
    void nestedModels_areNamedAfterEveryEnclosingType() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.Outer", """
                package com.acme;

                import dev.storm.*;

                public class Outer {
                    public record Inner(@Field(pk = true) String id) implements Model<Inner> {
                    }

                    interface Holder {
                        final class Deep implements Model<Deep> {
                            @Field(pk = true) String id;
                        }
                    }
                }
                """));

        assertThat(compilation.generatedSource("com.acme.Outer_Inner_"))
                .contains("public final class Outer_Inner_ {\n    private Outer_Inner_() {\n")
                .contains("public static final dev.storm.Attribute<com.acme.Outer.Inner, java.lang.String> id =\n"
                        + "            dev.storm.Attribute.of(com.acme.Outer.Inner.class, \"id\", \"id\");\n");
        assertThat(compilation.generatedSource("com.acme.Outer_Holder_Deep_"))
                .contains("public final class Outer_Holder_Deep_ {")
                .contains("dev.storm.Attribute<com.acme.Outer.Holder.Deep, java.lang.String> id =\n"
                        + "            dev.storm.Attribute.of(com.acme.Outer.Holder.Deep.class, \"id\", \"id\");");
        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
    }

    @Test
    void renamedField_usesTheAttributeNameAsWrittenEscapedAsAJavaString() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.Legacy", """
                package com.acme;

                import dev.storm.*;

                public record Legacy(
                        @Field(pk = true, name = "user_id") String userId,
                        @Field(name = "say \\"hi\\"\\\\") String greeting,
                        @Field(name = "") String plain) implements Model<Legacy> {
                }
                """));

        assertThat(compilation.generatedSource("com.acme.Legacy_"))
                .contains("dev.storm.Attribute.of(com.acme.Legacy.class, \"userId\", \"user_id\");")
                .contains("dev.storm.Attribute.of(com.acme.Legacy.class, \"greeting\", \"say \\\"hi\\\"\\\\\");")
                .contains("dev.storm.Attribute.of(com.acme.Legacy.class, \"plain\", \"plain\");");
    }

    @Test
    void numericFields_useNumberAttributeWithBoxedTypeArguments() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.Numbers", """
                package com.acme;

                import dev.storm.*;

                public record Numbers(
                        @Field(pk = true) int id,
                        byte b, short s, long l, float f, double d,
                        Byte bb, Short bs, Integer bi, Long bl, Float bf, Double bd,
                        java.math.BigDecimal decimal, java.math.BigInteger integer,
                        boolean flag, char letter, Character boxedLetter) implements Model<Numbers> {
                }
                """));

        String source = compilation.generatedSource("com.acme.Numbers_");
        String[][] numerics = {{"id", "Integer"}, {"b", "Byte"}, {"s", "Short"}, {"l", "Long"}, {"f", "Float"},
            {"d", "Double"}, {"bb", "Byte"}, {"bs", "Short"}, {"bi", "Integer"}, {"bl", "Long"}, {"bf", "Float"},
            {"bd", "Double"}};
        for (String[] numeric : numerics) {
            assertThat(source).contains(numeric("Numbers", numeric[0], "java.lang." + numeric[1]));
        }
        assertThat(source)
                .contains(numeric("Numbers", "decimal", "java.math.BigDecimal"))
                .contains(numeric("Numbers", "integer", "java.math.BigInteger"))
                .contains(attribute("Numbers", "flag", "java.lang.Boolean"))
                .contains(attribute("Numbers", "letter", "java.lang.Character"))
                .contains(attribute("Numbers", "boxedLetter", "java.lang.Character"));
        assertThat(source.split("Attribute\\.numeric\\(", -1)).hasSize(15);
        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
    }

    @Test
    void genericFieldTypes_areWrittenFullyQualifiedWithTheirTypeArguments() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.Bag", """
                package com.acme;

                import dev.storm.*;
                import java.util.*;

                public record Bag(
                        @Field(pk = true) String id,
                        List<String> names,
                        Map<String, Integer> counts,
                        Set<Long> ids,
                        Map<String, List<Set<java.time.Instant>>> nested,
                        List<? extends Integer> upper,
                        NavigableMap<? extends String, ? extends Line> lines,
                        byte[] bytes,
                        List<byte[]> chunks) implements Model<Bag> {

                    public record Line(String sku, int quantity) {
                    }
                }
                """));

        assertThat(compilation.generatedSource("com.acme.Bag_"))
                .contains(attribute("Bag", "names", "java.util.List<java.lang.String>"))
                .contains(attribute("Bag", "counts", "java.util.Map<java.lang.String, java.lang.Integer>"))
                .contains(attribute("Bag", "ids", "java.util.Set<java.lang.Long>"))
                .contains(attribute("Bag", "nested", "java.util.Map<java.lang.String, java.util.List<java.util.Set<"
                        + "java.time.Instant>>>"))
                .contains(attribute("Bag", "upper", "java.util.List<? extends java.lang.Integer>"))
                .contains(attribute("Bag", "lines",
                        "java.util.NavigableMap<? extends java.lang.String, ? extends com.acme.Bag.Line>"))
                .contains(attribute("Bag", "bytes", "byte[]"))
                .contains(attribute("Bag", "chunks", "java.util.List<byte[]>"));
        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
    }

    @Test
    void typeUseAnnotations_doNotLeakIntoTheGeneratedSource() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.Annotated", """
                package com.acme;

                import dev.storm.*;
                import java.lang.annotation.*;
                import java.util.*;

                public record Annotated(
                        @Field(pk = true) @Annotated.NonNull String id,
                        List<@NonNull String> names,
                        Map<@NonNull String, @NonNull List<@NonNull Integer>> scores,
                        byte @NonNull [] labels) implements Model<Annotated> {

                    @Target(ElementType.TYPE_USE)
                    @interface NonNull {
                    }
                }
                """));

        String source = compilation.generatedSource("com.acme.Annotated_");
        assertThat(source)
                .doesNotContain("@com.acme", "NonNull")
                .contains(attribute("Annotated", "id", "java.lang.String"))
                .contains(attribute("Annotated", "names", "java.util.List<java.lang.String>"))
                .contains(attribute("Annotated", "scores",
                        "java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>"))
                .contains(attribute("Annotated", "labels", "byte[]"));
        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
    }

    @Test
    void modelInTheUnnamedPackage_hasNoPackageDeclaration() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("Plain", """
                import dev.storm.*;

                public record Plain(@Field(pk = true) String id) implements Model<Plain> {
                }
                """));

        assertThat(compilation.generatedSource("Plain_"))
                .startsWith("@javax.annotation.processing.Generated(\"dev.storm.processor.StormProcessor\")\n"
                        + "public final class Plain_ {")
                .contains("dev.storm.Attribute<Plain, java.lang.String> id =\n"
                        + "            dev.storm.Attribute.of(Plain.class, \"id\", \"id\");");
    }

    @Test
    void typesThatAreNotModels_getNoMetamodel() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.Plain", """
                package com.acme;

                import dev.storm.*;

                public class Plain {
                    record Point(int x, int y) {
                    }

                    enum Colour { RED }

                    interface Marker extends Model<Plain.Model2> {
                    }

                    record Model2(@Field(pk = true) String id) implements Model<Model2> {
                    }

                    abstract static class Base implements Model<Model2> {
                        String shared;
                    }
                }
                """));

        assertThat(compilation.generatedFiles()).containsExactly(compilation.generatedFile("com.acme.Plain_Model2_"));
    }

    private static String numeric(String model, String field, String type) {
        return declaration("NumberAttribute", "numeric", model, field, type);
    }

    private static String attribute(String model, String field, String type) {
        return declaration("Attribute", "of", model, field, type);
    }

    private static String declaration(String attributeType, String factory, String model, String field,
                                      String type) {
        return "public static final dev.storm." + attributeType + "<com.acme." + model + ", " + type + "> " + field
                + " =\n            dev.storm.Attribute." + factory + "(com.acme." + model + ".class, \"" + field
                + "\", \"" + field + "\");\n";
    }
}
