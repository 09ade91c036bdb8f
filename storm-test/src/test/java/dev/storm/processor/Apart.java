package dev.storm.processor;

import dev.storm.processor.TestCompiler.Source;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Models compiled apart from each other, with the STORM processor, as two separately built jars would be: the
 * processor of one compilation never sees the other's models, so only the run time can compare them.
 */
public final class Apart {

    private Apart() {
    }

    /**
     * Compiles each group of sources (type name to source text) on its own, against the classes of the groups before
     * it, and returns one loader over all of them, delegating to the tests' own loader (which holds storm-core). Fails
     * when a group does not compile.
     */
    public static URLClassLoader compile(Path directory, List<Map<String, String>> groups) {
        List<URL> urls = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Source[] sources = groups.get(i).entrySet().stream()
                    .map(e -> Source.of(e.getKey(), e.getValue())).toArray(Source[]::new);
            StringBuilder classpath = new StringBuilder();
            for (URL url : urls) {
                classpath.append(Path.of(URI.create(url.toString()))).append(File.pathSeparator);
            }
            classpath.append(System.getProperty("java.class.path"));
            Compilation compilation = TestCompiler.compile(directory.resolve("jar" + i),
                    List.of(new StormProcessor()), List.of("-Xlint:all", "-classpath", classpath.toString()), sources);
            if (!compilation.success()) {
                throw new AssertionError("compilation " + i + " failed:\n" + compilation.describe());
            }
            try {
                urls.add(compilation.classes().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), Apart.class.getClassLoader());
    }
}
