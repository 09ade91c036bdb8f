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

/** {@code @Field(unique = true)} needs a value that can name its guard item: compile error and run-time error. */
class UniqueDeclarationErrorTest {

    private static final String MAP_UNIQUE = """
            public record Profile(
                    @Field(pk = true) String profileId,
                    @Field(unique = true) java.util.Map<String, String> tags) implements Model<Profile> {
            }
            """;

    @TempDir
    Path dir;

    @Test
    void uniqueOnAMap_isACompileErrorOnTheField() {
        assertSingleError(dir, model("Profile", MAP_UNIQUE), "java.util.Map<String, String> tags",
                "Profile.tags", "cannot be unique", "drop unique");
    }

    @Test
    void uniqueOnKeyPartTypes_compiles() {
        assertNoError(dir, model("Profile", """
                public record Profile(
                        @Field(pk = true) String profileId,
                        @Field(unique = true) String email,
                        @Field(unique = true) java.util.UUID token,
                        @Field(unique = true) long badge) implements Model<Profile> {
                }
                """));
    }

    @Test
    void uniqueOnAMap_compiledWithoutTheProcessor_isRefusedOnFirstUse() throws Exception {
        Compilation compilation = TestCompiler.compile(dir, List.of(), List.of("-proc:none"),
                model("Profile", MAP_UNIQUE));
        assertThat(compilation.success()).as(compilation.describe()).isTrue();

        try (URLClassLoader loader = compilation.classLoader()) {
            Class<?> type = loader.loadClass("com.acme.Profile");
            assertThatThrownBy(() -> ModelSchema.of(type)).isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining("Profile.tags").hasMessageContaining("unique");
        }
    }

    private static Source model(String name, String declaration) {
        return Source.of("com.acme." + name, "package com.acme;\n\nimport dev.storm.*;\n\n" + declaration);
    }
}
