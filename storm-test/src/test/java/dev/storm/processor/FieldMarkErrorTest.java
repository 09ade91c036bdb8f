package dev.storm.processor;

import static dev.storm.processor.ErrorAssert.assertNoError;
import static dev.storm.processor.ErrorAssert.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidModelException;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.processor.TestCompiler.Source;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compile errors for @Ttl, @CreatedAt, @UpdatedAt and @Sortable used where they cannot work. */
class FieldMarkErrorTest {

    @TempDir
    Path dir;

    @Test
    void everyMarkUsedAsIntended_compiles() {
        assertNoError(dir, model("Event", """
                public record Event(
                        @Field(pk = true) @Sortable(digits = 4) int shard,
                        @Field(sk = true) @Sortable java.time.Instant at,
                        @Field(sk = true, identifier = "N") @Sortable long sequence,
                        @Field(gsi = true, index = 2) @Sortable java.time.LocalDate day,
                        @Field(gsiSk = true, index = 2) @Sortable(digits = 12) java.math.BigDecimal amount,
                        @Ttl java.time.Instant expiresAt,
                        @CreatedAt java.time.Instant createdAt,
                        @UpdatedAt java.time.Instant updatedAt) implements Model<Event> {
                }
                """));
        assertNoError(dir.resolve("long"), model("Session", """
                public class Session implements Model<Session> {
                    @Field(pk = true) String id;
                    @Ttl long expiresAtEpochSeconds;
                }
                """));
    }

    @ParameterizedTest
    @ValueSource(strings = {"String", "java.time.LocalDateTime", "int", "java.time.OffsetDateTime"})
    void ttlOnAFieldThatIsNoEpochTime_isAnError(String type) {
        Source source = model("Session", """
                public record Session(
                        @Field(pk = true) String id,
                        @Ttl %s expiresAt) implements Model<Session> {
                }
                """.formatted(type));

        assertSingleError(dir, source, "expiresAt)", "Session.expiresAt", "@Ttl needs an Instant",
                "long holding epoch seconds");
    }

    @Test
    void timestampOnAFieldThatIsNoInstant_isAnError() {
        Source source = model("Customer", """
                public record Customer(
                        @Field(pk = true) String id,
                        @CreatedAt java.time.LocalDate createdOn) implements Model<Customer> {
                }
                """);

        assertSingleError(dir, source, "createdOn)", "Customer.createdOn", "@CreatedAt needs an Instant field",
                "not java.time.LocalDate");
    }

    @Test
    void twoTtlFields_isAnErrorOnTheSecond() {
        Source source = model("Session", """
                public record Session(
                        @Field(pk = true) String id,
                        @Ttl java.time.Instant expiresAt,
                        @Ttl java.time.Instant purgeAt) implements Model<Session> {
                }
                """);

        assertSingleError(dir, source, "purgeAt)", "Session.purgeAt", "@Ttl is already on Session.expiresAt",
                "at most one");
    }

    @Test
    void twoRolesOnOneField_isAnError() {
        Source source = model("Customer", """
                public record Customer(
                        @Field(pk = true) String id,
                        @CreatedAt @UpdatedAt java.time.Instant stamp) implements Model<Customer> {
                }
                """);

        assertSingleError(dir, source, "stamp)", "Customer.stamp", "@CreatedAt and @UpdatedAt cannot share a field");
    }

    @Test
    void sortableOnAFieldInNoKey_isAnError() {
        Source source = model("Order", """
                public record Order(
                        @Field(pk = true) String id,
                        @Sortable(digits = 8) long totalCents) implements Model<Order> {
                }
                """);

        assertSingleError(dir, source, "totalCents)", "Order.totalCents", "in no key", "@Field(sk = true)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"String", "boolean", "java.util.UUID", "char"})
    void sortableOnATypeWhoseTextSortsAlready_isAnError(String type) {
        Source source = model("Order", """
                public record Order(
                        @Field(pk = true) String id,
                        @Field(sk = true) @Sortable %s part) implements Model<Order> {
                }
                """.formatted(type));

        assertSingleError(dir, source, "part)", "Order.part", "@Sortable applies to numbers");
    }

    @Test
    void sortableOnAZonedTime_isAnError_pointingToInstant() {
        Source source = model("Order", """
                public record Order(
                        @Field(pk = true) String id,
                        @Field(sk = true) @Sortable java.time.OffsetDateTime placedAt) implements Model<Order> {
                }
                """);

        assertSingleError(dir, source, "placedAt)", "Order.placedAt", "different offsets", "store an Instant");
    }

    @Test
    void sortableDecimalWithoutDigits_isAnError() {
        Source source = model("Order", """
                public record Order(
                        @Field(pk = true) String id,
                        @Field(sk = true) @Sortable double amount) implements Model<Order> {
                }
                """);

        assertSingleError(dir, source, "amount)", "Order.amount", "needs the number of integer digits");
    }

    @Test
    void sortableTimeWithDigits_isAnErrorOnTheValue() {
        Source source = model("Order", """
                public record Order(
                        @Field(pk = true) String id,
                        @Field(sk = true)
                        @Sortable(digits = 4) java.time.Instant at) implements Model<Order> {
                }
                """);

        assertSingleError(dir, source, "@Sortable(digits = 4)", "Order.at", "fixed width already",
                "remove digits = 4");
    }

    @Test
    void sortableDigitsOutOfRange_isAnError() {
        Source source = model("Order", """
                public record Order(
                        @Field(pk = true) String id,
                        @Field(sk = true) @Sortable(digits = 101) long n) implements Model<Order> {
                }
                """);

        assertSingleError(dir, source, "long n)", "Order.n", "outside 1..100");
    }

    @Test
    void ttlOnATransientField_isAnErrorBecauseItIsNotStored() {
        Source source = model("Session", """
                public class Session implements Model<Session> {
                    @Field(pk = true) String id;
                    @Ttl transient java.time.Instant expiresAt;
                }
                """);

        assertSingleError(dir, source, "transient java.time.Instant expiresAt", "Session.expiresAt is transient",
                "@Ttl has no effect");
    }

    @Test
    void sortableOnARecordThatIsNotAModel_isAnError() {
        Source source = model("Point", """
                public record Point(String id, @Sortable int x) {
                }
                """);

        assertSingleError(dir, source, "public record Point", "Point.x", "@Sortable has no effect",
                "Model<Point>");
    }

    /** The runtime checks a model compiled without the processor by the same rules, naming model and field. */
    @Test
    void withoutTheProcessor_theRuntimeRefusesTheSameMistakes() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"@Ttl String expiresAt", "@Ttl needs an Instant"},
                new String[] {"@Sortable(digits = 8) long total", "in no key"},
                new String[] {"@Field(sk = true) @Sortable double amount", "needs the number of integer digits"},
                new String[] {"@CreatedAt @UpdatedAt java.time.Instant stamp", "cannot share a field"},
                new String[] {"@Ttl java.time.Instant a, @Ttl java.time.Instant b", "already has @Ttl field 'a'"});
        for (int i = 0; i < cases.size(); i++) {
            String name = "Bad" + i;
            Source source = model(name, "public record %s(@Field(pk = true) String id, %s) implements Model<%s> {}"
                    .formatted(name, cases.get(i)[0], name));
            Compilation compiled = TestCompiler.compile(dir.resolve(name), List.of(), List.of("-proc:none"), source);
            assertThat(compiled.success()).as(compiled.describe()).isTrue();
            try (URLClassLoader loader = compiled.classLoader()) {
                Class<?> model = loader.loadClass("com.acme." + name);
                assertThatThrownBy(() -> ModelSchema.of(model)).isInstanceOf(InvalidModelException.class)
                        .hasMessageContaining(name).hasMessageContaining(cases.get(i)[1]);
            }
        }
    }

    private static Source model(String name, String declaration) {
        return Source.of("com.acme." + name, "package com.acme;\n\nimport dev.storm.*;\n\n" + declaration);
    }
}
