package dev.storm.bench.codec;

import dev.storm.bench.Comparison;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The bytes each encode and decode allocates, from {@link CodecBenchmark} run through JMH with its GC profiler
 * ({@code -prof gc}, {@code gc.alloc.rate.norm}): STORM against the hand-written codec and the static schema.
 * Allocation per operation does not depend on the machine's load, so one short fork per benchmark is enough. Stateless.
 */
public final class AllocComparison {

    private static final String NORM = "gc.alloc.rate.norm";

    private AllocComparison() {
    }

    public static List<Comparison> run(int warmups, int iterations) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(CodecBenchmark.class.getName() + "\\.")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(1)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();
        Map<String, Double> bytes = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
                if (secondary.getKey().endsWith(NORM)) {
                    bytes.put(method, secondary.getValue().getScore());
                }
            }
        }
        String unit = "bytes/op";
        return List.of(
                Comparison.cost("alloc-encode-hand", bytes.get("encodeStorm"), "handwritten", bytes.get("encodeHand"),
                        unit),
                Comparison.cost("alloc-encode-static", bytes.get("encodeStorm"), "static", bytes.get("encodeStatic"),
                        unit),
                Comparison.cost("alloc-decode-hand", bytes.get("decodeStorm"), "handwritten", bytes.get("decodeHand"),
                        unit),
                Comparison.cost("alloc-decode-static", bytes.get("decodeStorm"), "static", bytes.get("decodeStatic"),
                        unit));
    }
}
