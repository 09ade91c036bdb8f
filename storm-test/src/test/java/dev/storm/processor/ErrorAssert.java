package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.processor.TestCompiler.Source;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles one source and asserts the processor's verdict on it. */
final class ErrorAssert {

    private ErrorAssert() {
    }

    /**
     * Asserts that compiling {@code source} fails with exactly one error, reported in that source on the line holding
     * {@code marker}, whose message contains every fragment. Returns the compilation for further checks.
     */
    static Compilation assertSingleError(Path dir, Source source, String marker, String... fragments) {
        Compilation compilation = TestCompiler.compile(dir, source);

        assertThat(compilation.success()).as(compilation.describe()).isFalse();
        assertThat(compilation.errors()).as(compilation.describe()).hasSize(1);
        Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
        assertThat(error.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
        assertThat(error.getSource()).as("the error has a position in the model's source").isNotNull();
        assertThat(error.getSource().getName()).endsWith(source.typeName().replace('.', '/') + ".java");
        assertThat(error.getLineNumber()).as(compilation.describe()).isEqualTo(source.line(marker));
        assertThat(error.getMessage(Locale.ROOT)).contains(fragments);
        return compilation;
    }

    /** Asserts that {@code source} compiles with no error at all. */
    static void assertNoError(Path dir, Source source) {
        Compilation compilation = TestCompiler.compile(dir, source);

        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
        assertThat(compilation.success()).as(compilation.describe()).isTrue();
    }
}
