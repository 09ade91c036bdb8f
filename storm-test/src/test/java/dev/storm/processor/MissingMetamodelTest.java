package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidModelException;
import dev.storm.Manager;
import dev.storm.Storm;
import dev.storm.StormEvent;
import dev.storm.StormListener;
import dev.storm.processor.TestCompiler.Source;
import dev.storm.test.DynamoDbLocal;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model compiled without storm-processor is refused on first use, with the build step that is missing. */
class MissingMetamodelTest {

    @TempDir
    Path dir;

    @Test
    void aModelCompiledWithoutTheProcessor_isRefused_namingStormProcessorAndHowToAddIt() throws Exception {
        Source source = Source.of("com.acme.Plain", """
                package com.acme;

                import dev.storm.*;

                public record Plain(@Field(pk = true) String id, String name) implements Model<Plain> {
                }
                """);
        Compilation compilation = TestCompiler.compile(dir, List.of(), List.of("-proc:none"), source);
        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.generatedFiles()).isEmpty();

        List<String> sent = new ArrayList<>();
        Storm storm = Storm.builder().client(DynamoDbLocal.shared().client())
                .tableName("never-" + UUID.randomUUID()).listener(new StormListener() {
                    @Override
                    public void requestStarted(StormEvent event) {
                        sent.add(event.operation());
                    }
                }).build();
        try (URLClassLoader loader = compilation.classLoader()) {
            Class<?> plain = loader.loadClass("com.acme.Plain");

            assertThatThrownBy(() -> manager(storm, plain).all().list())
                    .isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining("Plain was compiled without STORM's annotation processor")
                    .hasMessageContaining("com.acme.Plain_ does not exist")
                    .hasMessageContaining("dev.storm:storm-processor")
                    .hasMessageContaining("<annotationProcessorPaths>")
                    .hasMessageContaining("annotationProcessor 'dev.storm:storm-processor:");
            assertThatThrownBy(() -> defaultManager(plain).all().toRequest())
                    .isInstanceOf(InvalidModelException.class).hasMessageContaining("storm-processor");
        }
        assertThat(sent).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Manager<?> manager(Storm storm, Class<?> type) {
        return storm.manager((Class) type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Manager<?> defaultManager(Class<?> type) {
        return Manager.of((Class) type);
    }
}
