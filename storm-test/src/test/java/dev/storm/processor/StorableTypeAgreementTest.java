package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.InvalidModelException;
import dev.storm.Manager;
import dev.storm.processor.TestCompiler.Source;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor refuses exactly the field types the runtime refuses: one table of types goes through both, the
 * processor compiling each as a model's field, the runtime mapping the same model compiled without the processor.
 * Each refusal gives the same reason on both sides, and randomly built types get the same verdict from both.
 */
class StorableTypeAgreementTest {

    /** A type and the reason both sides give for refusing it, or null when both store it. */
    record Row(String type, String reason) {

        static Row stored(String type) {
            return new Row(type, null);
        }

        static Row refused(String type, String reason) {
            return new Row(type, reason);
        }
    }

    private static final List<Row> TABLE = List.of(
            Row.stored("String"), Row.stored("int"), Row.stored("char"), Row.stored("boolean"),
            Row.stored("Boolean"), Row.stored("Character"), Row.stored("java.math.BigDecimal"),
            Row.stored("java.util.UUID"), Row.stored("java.time.Instant"), Row.stored("java.time.LocalTime"),
            Row.stored("byte[]"), Row.stored("Object"), Row.stored("Support.Color"), Row.stored("Support.Point"),
            Row.stored("Support.Node"), Row.stored("software.amazon.awssdk.services.dynamodb.model.AttributeValue"),
            Row.stored("List<String>"), Row.stored("Collection<Support.Point>"), Row.stored("Iterable<Integer>"),
            Row.stored("List<Object>"), Row.stored("List<byte[]>"), Row.stored("List<List<Integer>>"),
            Row.stored("List<? extends Support.Point>"), Row.stored("Set<String>"), Row.stored("Set<Support.Color>"),
            Row.stored("Set<Character>"), Row.stored("Set<java.math.BigInteger>"), Row.stored("SortedSet<Long>"),
            Row.stored("NavigableSet<java.time.LocalDate>"), Row.stored("Set<? extends Integer>"),
            Row.stored("Map<String, Object>"), Row.stored("Map<String, List<Support.Point>>"),
            Row.stored("SortedMap<String, Integer>"), Row.stored("NavigableMap<? extends String, ? extends Integer>"),
            Row.stored("Map<String, Map<String, Set<String>>>"),

            Row.refused("List", "java.util.List is not supported: raw types are not supported"),
            Row.refused("Map", "java.util.Map is not supported: raw types are not supported"),
            Row.refused("ArrayList", "java.util.ArrayList is not supported: raw types are not supported"),
            Row.refused("String[]", "java.lang.String[] is not supported: arrays other than byte[]"),
            Row.refused("int[]", "int[] is not supported: arrays other than byte[]"),
            Row.refused("Byte[]", "java.lang.Byte[] is not supported: arrays other than byte[]"),
            Row.refused("List<String>[]", "is not supported: arrays other than byte[]"),
            Row.refused("List<int[]>", "int[] is not supported: arrays other than byte[]"),
            Row.refused("Map<Integer, String>", "map keys must be String, not java.lang.Integer"),
            Row.refused("Map<Support.Color, String>", "map keys must be String, not com.acme.types.Support"),
            Row.refused("Map<?, String>", "map keys must be String, not ?"),
            Row.refused("Map<Object, String>", "map keys must be String, not java.lang.Object"),
            Row.refused("List<?>", "the only wildcards supported are \"? extends X\""),
            Row.refused("List<? super Integer>", "the only wildcards supported are \"? extends X\""),
            Row.refused("List<? extends Object>", "the only wildcards supported are \"? extends X\""),
            Row.refused("Number", "java.lang.Number is not supported"),
            Row.refused("Set<? extends Number>", "java.lang.Number is not supported"),
            Row.refused("Set<Boolean>", "a DynamoDB set holds strings or numbers"),
            Row.refused("Set<Object>", "a DynamoDB set holds strings or numbers"),
            Row.refused("Set<byte[]>", "a DynamoDB set holds strings or numbers"),
            Row.refused("Set<Support.Point>", "a DynamoDB set holds strings or numbers"),
            Row.refused("Set<List<String>>", "a DynamoDB set holds strings or numbers"),
            Row.refused("Optional<String>", "java.util.Optional<java.lang.String> is not supported"),
            Row.refused("Map<String, Optional<Integer>>", "java.util.Optional<java.lang.Integer> is not supported"),
            Row.refused("Date", "java.util.Date is not supported"),
            Row.refused("List<Date>", "java.util.Date is not supported"),
            Row.refused("java.net.URI", "java.net.URI is not supported"),
            Row.refused("java.time.Duration", "java.time.Duration is not supported"),
            Row.refused("ArrayList<String>", "the generic types supported are List, Collection, Iterable"),
            Row.refused("HashMap<String, String>", "the generic types supported are List, Collection, Iterable"),
            Row.refused("Support.Pair<String>", "generic records are not supported"),
            Row.refused("Support.Pair", "generic records are not supported"),
            Row.refused("Support.Plain", "nested values must be records, or lists, sets or maps"),
            Row.refused("Support.Shape", "nested values must be records, or lists, sets or maps"),
            Row.refused("CharSequence", "nested values must be records, or lists, sets or maps"),
            Row.refused("Support.Dated", "java.util.Date is not supported"),
            Row.refused("Support.Renamed", "has two components stored as \"n\""));

    /** Types STORM stores and types it does not, to build types from. */
    private static final List<String> LEAVES = List.of("String", "Integer", "Boolean", "Object", "Character",
            "java.math.BigDecimal", "java.util.UUID", "java.time.Instant", "Support.Color", "Support.Point",
            "Support.Node", "Support.Plain", "Support.Dated", "Number", "Date", "byte[]", "int[]", "String[]",
            "Support.Pair<String>", "List", "Support.Pair", "Optional<String>");
    private static final List<String> PRIMITIVES = List.of("int", "boolean", "char", "double", "byte");
    private static final List<String> MAP_KEYS = List.of("String", "? extends String", "Integer", "?", "Object",
            "Support.Color", "? super String");

    private static final Source SUPPORT = Source.of("com.acme.types.Support", """
            package com.acme.types;

            import dev.storm.Field;

            public final class Support {
                private Support() {
                }

                public enum Color { RED, GREEN }

                public record Point(int x, int y) {
                }

                public record Node(String name, java.util.List<Node> children) {
                }

                public record Pair<T>(T first, T second) {
                }

                public record Dated(String name, java.util.Date since) {
                }

                public record Renamed(@Field(name = "n") String a, @Field(name = "n") String b) {
                }

                public static class Plain {
                }

                public interface Shape {
                }
            }
            """);

    /** storm-processor on the processor path, as a build's annotationProcessorPaths puts it. */
    private static final List<String> OPTIONS = List.of("-Xlint:all", "-processorpath",
            TestCompiler.stormProcessorEntry());

    @TempDir
    Path dir;

    @Test
    void everyTypeInTheTable_getsTheSameVerdictAndReason_fromTheProcessorAndTheRuntime() {
        List<String> types = TABLE.stream().map(Row::type).toList();

        List<Verdict> verdicts = verdicts(dir, types);

        for (int i = 0; i < TABLE.size(); i++) {
            Row row = TABLE.get(i);
            Verdict verdict = verdicts.get(i);
            if (row.reason() == null) {
                assertThat(verdict.compileError()).as("processor on %s", row.type()).isNull();
                assertThat(verdict.runtimeError()).as("runtime on %s", row.type()).isNull();
            } else {
                assertThat(verdict.compileError()).as("processor on %s", row.type())
                        .contains("M" + i + ".value", "cannot be stored", row.reason());
                assertThat(verdict.runtimeError()).as("runtime on %s", row.type())
                        .contains("M" + i + ".value", "unsupported type", row.reason());
            }
        }
    }

    @Test
    void aFieldInheritedFromAGenericBase_isRefusedByBoth_forTheRuntimeReadsItsTypeVariable() {
        Source model = Source.of("com.acme.m.Customer", """
                package com.acme.m;

                import dev.storm.*;

                abstract class Audited<T> {
                    T auditedBy;
                }

                public class Customer extends Audited<String> implements Model<Customer> {
                    @Field(pk = true) String customerId;

                    public Customer() {
                    }
                }
                """);

        Compilation withProcessor = TestCompiler.compileDiscovering(dir.resolve("processor"), OPTIONS, model);
        assertThat(withProcessor.errors()).as(withProcessor.describe()).hasSize(1);
        assertThat(withProcessor.errors().get(0).getMessage(null)).contains("Customer.auditedBy",
                "type T cannot be stored", "T is not supported: type variables are not supported",
                "declare a concrete type");

        Compilation plain = TestCompiler.compile(dir.resolve("plain"), List.of(), List.of("-proc:none"), model);
        assertThat(runtimeError(plain, "com.acme.m.Customer")).contains("Customer.auditedBy",
                "unsupported type T", "type variables are not supported");
    }

    /**
     * Types built at random from stored and unstored parts: the processor and the runtime agree on each. (No edge
     * cases: jqwik's would be a batch of one type repeated.)
     */
    @Property(tries = 3, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void randomTypes_getTheSameVerdict_fromTheProcessorAndTheRuntime(@ForAll("types") List<String> types)
            throws IOException {
        Path directory = Files.createTempDirectory("storable-types");
        try {
            List<Verdict> verdicts = verdicts(directory, types);
            List<String> disagreements = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                Verdict verdict = verdicts.get(i);
                if ((verdict.compileError() == null) != (verdict.runtimeError() == null)) {
                    disagreements.add(types.get(i) + ": processor " + verdict.compileError() + "; runtime "
                            + verdict.runtimeError());
                }
            }
            assertThat(disagreements).isEmpty();
            assertThat(verdicts).as("the batch holds types of both kinds")
                    .anyMatch(v -> v.compileError() == null).anyMatch(v -> v.compileError() != null);
        } finally {
            delete(directory);
        }
    }

    @Provide
    Arbitrary<List<String>> types() {
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(PRIMITIVES), referenceType(3));
        return field.list().ofSize(40);
    }

    private static Arbitrary<String> referenceType(int depth) {
        Arbitrary<String> leaf = Arbitraries.of(LEAVES);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> inner = referenceType(depth - 1);
        Arbitrary<String> argument = Arbitraries.oneOf(inner, inner, inner.map(t -> "? extends " + t),
                inner.map(t -> "? super " + t), Arbitraries.just("?"));
        return Arbitraries.oneOf(leaf, leaf,
                argument.map(a -> "List<" + a + ">"),
                argument.map(a -> "Iterable<" + a + ">"),
                argument.map(a -> "Set<" + a + ">"),
                argument.map(a -> "SortedSet<" + a + ">"),
                argument.map(a -> "Optional<" + a + ">"),
                argument.map(a -> "ArrayList<" + a + ">"),
                argument.map(a -> "Support.Pair<" + a + ">"),
                Arbitraries.of(MAP_KEYS).flatMap(key -> argument.map(a -> "Map<" + key + ", " + a + ">")),
                inner.map(t -> t + "[]"));
    }

    /** What each side says of a type: the processor's error on the field, the runtime's refusal of the model. */
    record Verdict(String compileError, String runtimeError) {
    }

    /** Compiles one model per type, with the processor and without it, and asks the runtime about the latter. */
    private static List<Verdict> verdicts(Path directory, List<String> types) {
        Source[] sources = new Source[types.size() + 1];
        for (int i = 0; i < types.size(); i++) {
            sources[i] = Source.of("com.acme.m.M" + i, """
                    package com.acme.m;

                    import com.acme.types.Support;
                    import dev.storm.*;
                    import java.util.*;

                    public record M%d(@Field(pk = true) String id, %s value) implements Model<M%d> {
                    }
                    """.formatted(i, types.get(i), i));
        }
        sources[types.size()] = SUPPORT;

        Compilation withProcessor = TestCompiler.compileDiscovering(directory.resolve("processor"), OPTIONS, sources);
        Compilation plain = TestCompiler.compile(directory.resolve("plain"), List.of(), List.of("-proc:none"),
                sources);
        assertThat(plain.success()).as(plain.describe()).isTrue();
        assertThat(withProcessor.errors()).as("errors outside the models' value fields: " + withProcessor.describe())
                .allMatch(e -> e.getSource() != null && e.getSource().getName().contains("/com/acme/m/M")
                        && e.getMessage(null).contains(".value"));

        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String file = "/com/acme/m/M" + i + ".java";
            List<String> errors = withProcessor.errors().stream()
                    .filter(e -> e.getSource().getName().endsWith(file))
                    .map(e -> e.getMessage(null))
                    .toList();
            assertThat(errors).as("errors on %s", types.get(i)).hasSizeLessThanOrEqualTo(1);
            verdicts.add(new Verdict(errors.isEmpty() ? null : errors.get(0),
                    runtimeError(plain, "com.acme.m.M" + i)));
        }
        return verdicts;
    }

    /**
     * The runtime's refusal of a model compiled without the processor, or null when it maps every field and refuses
     * the model only for the metamodel the processor did not generate, which it checks last.
     */
    private static String runtimeError(Compilation plain, String model) {
        try (URLClassLoader loader = plain.classLoader()) {
            Class<?> type = loader.loadClass(model);
            try {
                manager(type).all().toRequest();
            } catch (InvalidModelException e) {
                return e.getMessage().contains("was compiled without STORM's annotation processor")
                        ? null : e.getMessage();
            }
            throw new AssertionError(model + ", compiled without the processor, was not refused");
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Manager<?> manager(Class<?> type) {
        return Manager.of((Class) type);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
