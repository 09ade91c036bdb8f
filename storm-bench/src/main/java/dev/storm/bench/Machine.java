package dev.storm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the figures were measured on: the processors, the JVM and the load average, which the benchmark prints at
 * its start and end so that every run says how busy the machine was. Stateless.
 */
public final class Machine {

    private Machine() {
    }

    /** {@code machine: cpus=2 cpu=AMD EPYC ... java=17.0.15 (OpenJDK 64-Bit Server VM)}. */
    public static String describe() {
        return "machine: cpus=" + Runtime.getRuntime().availableProcessors() + " cpu=" + cpuModel() + " java="
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** {@code load start: 2.31 1.90 1.52} from /proc/loadavg (1, 5 and 15 minutes), or "unknown". */
    public static String load(String when) {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load " + when + ": " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "load " + when + ": unknown";
        }
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the processor count says enough
        }
        return "unknown";
    }
}
