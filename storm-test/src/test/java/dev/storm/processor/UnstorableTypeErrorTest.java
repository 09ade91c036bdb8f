package dev.storm.processor;

import static dev.storm.processor.ErrorAssert.assertNoError;
import static dev.storm.processor.ErrorAssert.assertSingleError;

import dev.storm.processor.TestCompiler.Source;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A field of a type STORM cannot store is a compile error on the field, naming model, field and type and what to
 * declare instead. {@link StorableTypeAgreementTest} holds the processor to the runtime's rules.
 */
class UnstorableTypeErrorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "java.util.Optional<String>     | java.util.Optional<java.lang.String> is not supported: declare the value's own type",
        "java.util.OptionalInt          | declare an Integer",
        "java.util.Date                 | java.util.Date is not supported: use java.time.Instant",
        "java.net.URI                   | java.net.URI is not supported: store it as a String",
        "java.net.URL                   | store it as a String",
        "java.time.Duration             | store it as a long of seconds or millis",
        "java.util.List<java.util.Date> | java.util.Date is not supported",
        "java.util.Map<String, java.util.Optional<Integer>> | declare the value's own type",
        "java.util.Set<? extends java.net.URI>              | java.net.URI is not supported",
        "java.util.List                 | raw types are not supported; declare the type arguments, e.g. List<String>",
        "String[]                       | arrays other than byte[] are not supported; use a List",
        "java.util.Map<Integer, String> | map keys must be String, not java.lang.Integer; declare a Map<String, java.lang.String>",
        "java.util.List<?>              | the only wildcards supported are \"? extends X\" with a supported X",
        "java.util.Set<Boolean>         | a DynamoDB set holds strings or numbers",
        "Number                         | declare the number type itself",
        "Thread                         | nested values must be records, or lists, sets or maps",
    })
    void aFieldOfAnUnstorableType_isAnError(String type, String fix) {
        Source source = model("Profile", """
                public record Profile(
                        @Field(pk = true) String id,
                        %s value) implements Model<Profile> {
                }
                """.formatted(type));

        assertSingleError(dir, source, "value)", "Profile.value", "cannot be stored", fix);
    }

    @Test
    void aRecordComponentOfAnUnstorableType_isAnError_onTheModelsField() {
        Source source = model("Profile", """
                public record Profile(
                        @Field(pk = true) String id,
                        Address home) implements Model<Profile> {
                    public record Address(String street, java.util.Calendar since) {
                    }
                }
                """);

        assertSingleError(dir, source, "home)", "Profile.home", "its component Address.since: java.util.Calendar",
                "use java.time.Instant or ZonedDateTime");
    }

    @Test
    void everyStorableKindOfType_compiles() {
        assertNoError(dir, model("Everything", """
                public record Everything(
                        @Field(pk = true) String id,
                        boolean flag, char initial, byte b, short s, int i, long l, float f, double d,
                        Boolean boxed, Character c, Long count, java.math.BigDecimal price, java.math.BigInteger big,
                        java.util.UUID uuid, java.time.Instant at, java.time.LocalDate day, java.time.LocalTime time,
                        java.time.LocalDateTime local, java.time.OffsetDateTime offset, java.time.ZonedDateTime zoned,
                        byte[] bytes, Object anything, Color color, Point point, Node tree,
                        java.util.List<String> names, java.util.Collection<Point> points, Iterable<Integer> numbers,
                        java.util.Set<Color> colors, java.util.SortedSet<Long> sorted,
                        java.util.NavigableSet<java.time.LocalDate> days,
                        java.util.Map<String, java.util.List<Point>> byName, java.util.SortedMap<String, Object> any,
                        java.util.NavigableMap<? extends String, ? extends Integer> bounded,
                        software.amazon.awssdk.services.dynamodb.model.AttributeValue raw)
                        implements Model<Everything> {
                    public enum Color { RED, GREEN }
                    public record Point(int x, int y) {
                    }
                    public record Node(String name, java.util.List<Node> children) {
                    }
                }
                """));
    }

    private static Source model(String name, String declaration) {
        return Source.of("com.acme." + name, "package com.acme;\n\nimport dev.storm.*;\n\n" + declaration);
    }
}
