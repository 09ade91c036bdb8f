package dev.storm.bench.codec;

import dev.storm.bench.Comparison;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link CodecBenchmark} through JMH, each benchmark in forked JVMs of its own, and compares the medians of the
 * measurement iterations of all forks: STORM with the Enhanced Client and with the hand-written conversion. Stateless.
 */
public final class CodecComparison {

    private CodecComparison() {
    }

    /**
     * Runs the benchmarks: per benchmark {@code forks} forks, each with {@code warmups} and {@code iterations}
     * iterations of {@code seconds} each.
     */
    public static List<Comparison> run(int forks, int warmups, int iterations, int seconds) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(CodecBenchmark.class.getName() + "\\.")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();
        Map<String, Double> medians = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            medians.put(method, result.getPrimaryResult().getStatistics().getPercentile(50));
        }
        String unit = "ops/ms";
        return List.of(
                Comparison.rate("codec-encode", medians.get("encodeStorm"), "enhanced",
                        medians.get("encodeEnhanced"), unit),
                Comparison.rate("codec-decode", medians.get("decodeStorm"), "enhanced",
                        medians.get("decodeEnhanced"), unit),
                Comparison.rate("codec-encode-hand", medians.get("encodeStorm"), "handwritten",
                        medians.get("encodeHand"), unit),
                Comparison.rate("codec-decode-hand", medians.get("decodeStorm"), "handwritten",
                        medians.get("decodeHand"), unit));
    }
}
