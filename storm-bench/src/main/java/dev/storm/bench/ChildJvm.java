package dev.storm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code main} in a fresh JVM with this JVM's classpath, so a benchmark can see first-use costs or cap the
 * heap of the measured side alone. The child reports by printing {@code key=value} lines; its other output and its
 * errors pass through to this JVM's error stream. Stateless, thread-safe.
 */
public final class ChildJvm {

    private static final long TIMEOUT_MINUTES = 5;

    private ChildJvm() {
    }

    /** Runs the class's main and returns the {@code key=value} pairs it printed; fails when it exits non-zero. */
    public static Map<String, String> run(Class<?> main, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a JVM for " + main.getName() + ": " + e.getMessage(), e);
        }
        Map<String, String> report = new HashMap<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                int equals = line.indexOf('=');
                if (equals > 0 && line.indexOf(' ') < 0) {
                    report.put(line.substring(0, equals), line.substring(equals + 1));
                } else {
                    System.err.println(line);
                }
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getName() + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw new IllegalStateException("cannot read the report of " + main.getName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + main.getName() + " ran", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(main.getName() + " " + args + " exited with " + process.exitValue());
        }
        return report;
    }
}
