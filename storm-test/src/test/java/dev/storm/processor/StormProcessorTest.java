package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.processor.TestCompiler.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor takes part in a compilation: what it supports, claims, and does across rounds. */
class StormProcessorTest {

    @TempDir
    Path dir;

    @Test
    void supportsEveryTypeAndTheLatestSourceVersion() {
        StormProcessor processor = new StormProcessor();

        assertThat(processor.getSupportedAnnotationTypes()).containsExactly("*");
        assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
        assertThat(processor.getSupportedOptions()).isEmpty();
    }

    @Test
    void isRegisteredAsAServiceOnTheClasspath() {
        List<String> names = new ArrayList<>();
        java.util.ServiceLoader.load(Processor.class, getClass().getClassLoader()).stream()
                .forEach(provider -> names.add(provider.type().getName()));

        assertThat(names).contains(StormProcessor.class.getName());
    }

    @Test
    void claimsNoAnnotation_soLaterProcessorsStillSeeThem() {
        AnnotationRecorder recorder = new AnnotationRecorder();

        Compilation compilation = TestCompiler.compile(dir, List.of(new StormProcessor(), recorder),
                List.of(), Source.of("com.acme.User", """
                        package com.acme;

                        import dev.storm.*;

                        @Meta(suffix = "USER")
                        public record User(@Field(pk = true) String userId) implements Model<User> {
                        }
                        """));

        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
        assertThat(recorder.seen).contains("dev.storm.Field", "dev.storm.Meta");
    }

    @Test
    void withoutStormOnTheClasspath_doesNothing() {
        Compilation compilation = TestCompiler.compile(dir, List.of(new StormProcessor()),
                List.of("-classpath", dir.toString()), Source.of("com.acme.User", """
                        package com.acme;

                        interface Model<M> {
                        }

                        public record User(String userId) implements Model<User> {
                        }
                        """));

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.generatedFiles()).isEmpty();
    }

    @Test
    void modelGeneratedByAnotherProcessor_getsItsMetamodelInALaterRound() {
        SourceGenerator generator = new SourceGenerator("com.acme.Event", """
                package com.acme;

                public record Event(@dev.storm.Field(pk = true) String eventId, long at)
                        implements dev.storm.Model<Event> {
                }
                """);

        Compilation compilation = TestCompiler.compile(dir, List.of(generator, new StormProcessor()),
                List.of(), Source.of("com.acme.Trigger", "package com.acme;\n\nclass Trigger {\n}\n"));

        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
        assertThat(compilation.generatedSource("com.acme.Event_"))
                .contains("dev.storm.NumberAttribute<com.acme.Event, java.lang.Long> at =");
    }

    @Test
    void fieldTypeGeneratedByAnotherProcessor_isResolvedBeforeTheMetamodelIsWritten() {
        SourceGenerator generator = new SourceGenerator("com.acme.Money", """
                package com.acme;

                public record Money(String currency, long cents) {
                }
                """);

        Compilation compilation = TestCompiler.compile(dir, List.of(new StormProcessor(), generator),
                List.of(), Source.of("com.acme.Order", """
                        package com.acme;

                        import dev.storm.*;

                        public record Order(@Field(pk = true) String orderId, Money total, java.util.List<Money> parts)
                                implements Model<Order> {
                        }
                        """));

        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
        assertThat(compilation.generatedSource("com.acme.Order_"))
                .contains("dev.storm.Attribute<com.acme.Order, com.acme.Money> total =")
                .contains("dev.storm.Attribute<com.acme.Order, java.util.List<com.acme.Money>> parts =");
    }

    @Test
    void fieldTypeThatNeverResolves_leavesTheErrorToTheCompiler() {
        Compilation compilation = TestCompiler.compile(dir, Source.of("com.acme.Order", """
                package com.acme;

                import dev.storm.*;

                public record Order(@Field(pk = true) String orderId, Missing missing) implements Model<Order> {
                }
                """));

        assertThat(compilation.errors()).as(compilation.describe()).hasSize(1);
        assertThat(compilation.errors().get(0).getCode()).isEqualTo("compiler.err.cant.resolve.location");
        assertThat(compilation.generatedFiles()).isEmpty();
    }

    /** Records the annotations it is offered, which are those no earlier processor claimed. */
    static final class AnnotationRecorder extends AbstractProcessor {
        final Set<String> seen = new java.util.TreeSet<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("dev.storm.*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            seen.addAll(annotations.stream().map(a -> a.getQualifiedName().toString()).collect(Collectors.toSet()));
            return false;
        }
    }

    /** Writes one source file in the first round, as code generators do. */
    static final class SourceGenerator extends AbstractProcessor {
        private final String typeName;
        private final String text;
        private boolean done;

        SourceGenerator(String typeName, String text) {
            this.typeName = typeName;
            this.text = text;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile(typeName).openWriter()) {
                    writer.write(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
