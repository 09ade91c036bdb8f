package dev.storm.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** The outcome of a {@link TestCompiler} run: success, diagnostics, and the directories it wrote. */
record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes,
                   Path generated) {

    /**
     * javac's notice, under {@code -Xlint:processing}, that no processor claimed the annotations in use. The processors
     * these tests run one by one read every type and claim none, so that other processors still see them; in a build,
     * storm-processor's {@code AnnotationClaimer} claims STORM's own annotations after them.
     */
    static final String UNCLAIMED_ANNOTATIONS = "compiler.warn.proc.annotations.without.processors";

    List<Diagnostic<? extends JavaFileObject>> errors() {
        return ofKind(Diagnostic.Kind.ERROR);
    }

    /** Every warning, mandatory or lint, except {@link #UNCLAIMED_ANNOTATIONS}. */
    List<Diagnostic<? extends JavaFileObject>> warnings() {
        return diagnostics.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .filter(d -> !UNCLAIMED_ANNOTATIONS.equals(d.getCode()))
                .collect(Collectors.toList());
    }

    /** The source the processor generated for a type, e.g. {@code com.acme.User_}. */
    String generatedSource(String typeName) {
        Path file = generatedFile(typeName);
        if (!Files.exists(file)) {
            throw new AssertionError("no source was generated for " + typeName + "; generated: " + generatedFiles()
                    + "; diagnostics: " + describe());
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path generatedFile(String typeName) {
        return generated.resolve(typeName.replace('.', '/') + ".java");
    }

    List<Path> generatedFiles() {
        try (Stream<Path> files = Files.walk(generated)) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loader for the compiled classes, delegating to the test's own (which holds storm-core). */
    URLClassLoader classLoader() {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All diagnostics, one a line, for assertion messages. */
    String describe() {
        return diagnostics.stream()
                .map(d -> d.getKind() + " " + d.getCode() + " line " + d.getLineNumber() + ": "
                        + d.getMessage(null))
                .collect(Collectors.joining("\n"));
    }

    private List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
        return diagnostics.stream().filter(d -> d.getKind() == kind).collect(Collectors.toList());
    }
}
