package dev.storm.bench;

import dev.storm.TableDefinition;
import dev.storm.bench.codec.CodecComparison;
import dev.storm.bench.flow.BulkComparison;
import dev.storm.bench.flow.EndToEndComparison;
import dev.storm.bench.flow.FirstUseComparison;
import dev.storm.bench.flow.MemoryComparison;
import dev.storm.test.DynamoDbLocal;
import java.util.List;
import java.util.Set;

/**
 * Runs the comparisons and prints one {@code compare ...} line each (see {@link Comparison}); progress goes to the
 * error stream. Arguments name the comparisons to run ({@code codec end-to-end bulk first-use memory}); none runs
 * them all. The flows run against one in-process DynamoDB Local server, started here. A {@code main} only.
 */
public final class BenchMain {

    private static final List<String> ALL = List.of("codec", "end-to-end", "bulk", "first-use", "memory");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // Names may come comma-separated in one argument (-Dbench.comparisons=bulk,memory); none means all.
        Set<String> named = new java.util.LinkedHashSet<>();
        for (String arg : args) {
            for (String name : arg.split(",")) {
                if (!name.isBlank()) {
                    named.add(name.trim());
                }
            }
        }
        Set<String> chosen = named.isEmpty() ? Set.copyOf(ALL) : named;
        for (String name : chosen) {
            if (!ALL.contains(name)) {
                System.err.println("unknown comparison '" + name + "'; choose from " + ALL);
                System.exit(2);
            }
        }
        if (chosen.contains("codec")) {
            progress("codec: JMH, two forks per benchmark, each with 3 warm-up and 5 measured iterations of 1 s");
            print(CodecComparison.run(2, 3, 5, 1));
        }
        if (chosen.stream().noneMatch(n -> !n.equals("codec"))) {
            return;
        }
        try (DynamoDbLocal local = DynamoDbLocal.start()) {
            String endpoint = local.endpoint().toString();
            if (chosen.contains("end-to-end")) {
                TableDefinition.create(local.client(), "bench_end_to_end");
                progress("end-to-end: put, get and a 50-item query; 300 warm-up rounds, then 12 samples of 100 rounds"
                        + " per side");
                print(List.of(EndToEndComparison.run(local.client(), "bench_end_to_end", 300, 12, 100)));
            }
            if (chosen.contains("bulk")) {
                progress("bulk: 10,000 items, bulkSave against one save() each, 3 runs per side");
                print(BulkComparison.run(local.client(), "bench_bulk", 10_000, 3));
            }
            if (chosen.contains("first-use")) {
                TableDefinition.create(local.client(), "bench_first_use");
                progress("first-use: 20 models, a fresh JVM per side and run, 7 runs per side");
                print(FirstUseComparison.run(endpoint, "bench_first_use", 7));
            }
            if (chosen.contains("memory")) {
                TableDefinition.create(local.client(), "bench_memory");
                progress("memory: seeding 100,000 items, then a JVM with " + MemoryComparison.HEAP
                        + " per side iterates them");
                print(MemoryComparison.run(local.client(), endpoint, "bench_memory", 100_000));
            }
        }
    }

    private static void print(List<Comparison> comparisons) {
        comparisons.forEach(c -> System.out.println(c.line()));
    }

    private static void progress(String message) {
        System.err.println("# " + message);
    }
}
