package dev.storm.bench;

import dev.storm.bench.codec.CodecComparison;
import dev.storm.bench.flow.BulkComparison;
import dev.storm.bench.layer.QueryComparison;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparisons of the mapper alone, each run in several fresh JVMs one after the other and pooled
 * ({@link Comparison#pooled}): within a JVM the sides are interleaved round by round as before, and the rounds of
 * every JVM count alike. As a {@code main} it is one such JVM: {@code codec}, {@code query} or {@code bulk-cpu},
 * reported as {@code key=value} lines. Stateless.
 */
public final class Forked {

    static final Duration WARM_UP = Duration.ofSeconds(3);

    private Forked() {
    }

    /** Runs the comparison {@code name} in {@code forks} fresh JVMs, one after the other, and pools their rounds. */
    public static List<Comparison> run(String name, int forks) {
        List<List<Comparison>> runs = new ArrayList<>(forks);
        for (int fork = 0; fork < forks; fork++) {
            runs.add(Comparison.fromReport(ChildJvm.run(Forked.class, List.of(), List.of(name))));
        }
        return Comparison.pooled(runs);
    }

    /** One JVM's run of a comparison of the mapper alone, with the rounds and slices the bench uses. */
    static List<Comparison> once(String name) {
        return switch (name) {
            case "codec" -> CodecComparison.run(WARM_UP, 40, Duration.ofMillis(50));
            case "query" -> QueryComparison.run(10_000, WARM_UP, 24, Duration.ofMillis(100));
            case "bulk-cpu" -> BulkComparison.cpu(WARM_UP, 40, Duration.ofMillis(25));
            default -> throw new IllegalArgumentException("no comparison of the mapper alone named '" + name + "'");
        };
    }

    public static void main(String[] args) {
        List<Comparison> comparisons = once(args[0]);
        for (int i = 0; i < comparisons.size(); i++) {
            comparisons.get(i).report(i).forEach(System.out::println);
        }
    }
}
