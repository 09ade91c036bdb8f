package dev.storm.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles in-memory sources with the STORM processor into a directory, the way a user's build would. */
final class TestCompiler {

    private TestCompiler() {
    }

    /** A source file held in memory, named by the type it declares. */
    record Source(String typeName, String text) {

        static Source of(String typeName, String text) {
            return new Source(typeName, text);
        }

        /** The 1-based line holding {@code marker}, which must occur exactly once. */
        long line(String marker) {
            int at = text.indexOf(marker);
            if (at < 0 || text.indexOf(marker, at + 1) >= 0) {
                throw new IllegalArgumentException("marker must occur once: " + marker);
            }
            return text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }

        JavaFileObject fileObject() {
            URI uri = URI.create("string:///" + typeName.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
            return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            };
        }
    }

    static Compilation compile(Path directory, Source... sources) {
        return compile(directory, List.of(new StormProcessor()), List.of("-Xlint:all"), sources);
    }

    static Compilation compile(Path directory, List<Processor> processors, List<String> options,
                               Source... sources) {
        List<JavaFileObject> files = new ArrayList<>();
        for (Source source : sources) {
            files.add(source.fileObject());
        }
        return run(directory, processors, options, files);
    }

    /**
     * Compiles with the processors javac finds on {@code -processorpath} (storm-processor, as a user's build
     * declares it in annotationProcessorPaths), in the order of its service file.
     */
    static Compilation compileDiscovering(Path directory, List<String> options, Source... sources) {
        List<JavaFileObject> files = new ArrayList<>();
        for (Source source : sources) {
            files.add(source.fileObject());
        }
        return run(directory, null, options, files);
    }

    /** The entry of the test class path that holds storm-processor, for {@code -processorpath}. */
    static String stormProcessorEntry() {
        String processor = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("storm-processor")) {
                processor = entry;
            }
        }
        if (processor == null) {
            throw new IllegalStateException("storm-processor is not on the test class path");
        }
        return processor;
    }

    /** Compiles the given files on disk without any processor, against the classes of an earlier compilation. */
    static Compilation compileFiles(Path directory, Path classpathEntry, List<Path> paths) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<JavaFileObject> files = new ArrayList<>();
            fileManager.getJavaFileObjectsFromPaths(paths).forEach(files::add);
            String classpath = classpathEntry + File.pathSeparator + System.getProperty("java.class.path");
            return run(directory, List.of(), List.of("-Xlint:all", "-proc:none", "-classpath", classpath), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Compilation run(Path directory, List<Processor> processors, List<String> options,
                                   List<JavaFileObject> files) {
        Path classes = directory.resolve("classes");
        Path generated = directory.resolve("generated");
        try {
            Files.createDirectories(classes);
            Files.createDirectories(generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString()));
        if (!options.contains("-classpath")) {
            arguments.addAll(List.of("-classpath", System.getProperty("java.class.path")));
        }
        arguments.addAll(options);
        JavaCompiler.CompilationTask task = compiler.getTask(null, null, diagnostics, arguments, null, files);
        if (processors != null) {
            task.setProcessors(processors);
        }
        boolean success = task.call();
        return new Compilation(success, diagnostics.getDiagnostics(), classes, generated);
    }
}
