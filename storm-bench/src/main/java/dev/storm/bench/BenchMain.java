package dev.storm.bench;

import dev.storm.TableDefinition;
import dev.storm.bench.codec.AllocComparison;
import dev.storm.bench.flow.BulkComparison;
import dev.storm.bench.flow.Delay;
import dev.storm.bench.flow.FirstUseComparison;
import dev.storm.bench.flow.MemoryComparison;
import dev.storm.bench.layer.CannedEndpoint;
import dev.storm.bench.layer.LocalClient;
import dev.storm.bench.layer.RoundComparison;
import dev.storm.bench.layer.Rounds;
import dev.storm.test.DynamoDbLocal;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs the comparisons and prints one {@code compare ...} line each (see {@link Comparison}), with the spread of
 * its per-round ratios where it has rounds, the machine, and the load average at start and end; progress goes to
 * the error stream. Arguments name the comparisons to run (see {@link #ALL}); none runs them all. The flows run
 * against one in-process DynamoDB Local server, started here. A {@code main} only.
 */
public final class BenchMain {

    /** Every comparison, in the order run: the mapper alone, the client stack, end to end, bulk, first use. */
    static final List<String> ALL = List.of("codec", "query", "alloc", "http", "end-to-end", "bulk", "first-use",
            "memory");

    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> chosen = chosen(args);
        System.out.println(Machine.describe());
        System.out.println(Machine.load("start"));
        int forks = Integer.getInteger("bench.forks", 3);
        if (chosen.contains("codec")) {
            progress("codec: the mapper alone, four sides interleaved in 50 ms slices, 40 rounds after 3 s, in each of "
                    + forks + " JVMs");
            print(Forked.run("codec", forks));
        }
        if (chosen.contains("query")) {
            progress("query: one 10,000-item query from a stub client, four sides interleaved in 100 ms slices,"
                    + " 24 rounds, in each of " + forks + " JVMs");
            print(Forked.run("query", forks));
        }
        if (chosen.contains("bulk")) {
            progress("bulk-cpu: client CPU per item against a stub client, 100-item bulks on one thread, 40 rounds,"
                    + " in each of " + forks + " JVMs");
            print(Forked.run("bulk-cpu", forks));
        }
        if (chosen.contains("alloc")) {
            progress("alloc: JMH with -prof gc, one fork per benchmark, 2 warm-up and 3 measured iterations of 1 s");
            print(AllocComparison.run(2, 3));
        }
        if (chosen.contains("http")) {
            try (CannedEndpoint canned = CannedEndpoint.start();
                 DynamoDbClient client = LocalClient.of(canned.endpoint().toString())) {
                progress("http: put, get and a 50-item query against a canned endpoint on 127.0.0.1, 40 rounds of"
                        + " 50 ms");
                printLines(RoundComparison.run("http", client, "bench_http", WARM_UP, 40, Duration.ofMillis(50)));
            }
        }
        if (chosen.stream().anyMatch(List.of("end-to-end", "bulk", "first-use", "memory")::contains)) {
            local(chosen);
        }
        System.out.println(Machine.load("end"));
    }

    private static void local(Set<String> chosen) {
        try (DynamoDbLocal local = DynamoDbLocal.start()) {
            DynamoDbClient client = local.client();
            String endpoint = local.endpoint().toString();
            if (chosen.contains("end-to-end")) {
                TableDefinition.create(client, "bench_end_to_end");
                new Rounds(client, "bench_end_to_end").seed();
                progress("end-to-end: put, get and a 50-item query against DynamoDB Local, 24 rounds of 200 ms");
                printLines(RoundComparison.run("end-to-end", client, "bench_end_to_end", WARM_UP, 24,
                        Duration.ofMillis(200)));
            }
            if (chosen.contains("bulk")) {
                TableDefinition.create(client, "bench_bulk");
                progress("bulk: 2,000 items into DynamoDB Local, four threads on both sides, 5 runs per side");
                print(BulkComparison.rate(client, "bench_bulk", "bulk-local", 2_000, 5, false));
                try (DynamoDbClient delayed = local.newClient(b -> b.overrideConfiguration(c -> c
                        .addExecutionInterceptor(new Delay(Duration.ofMillis(5)))))) {
                    progress("bulk: 500 items, 5 ms added to every request, 3 runs per side");
                    print(BulkComparison.rate(delayed, "bench_bulk", "bulk-rtt", 500, 3, true));
                }
            }
            if (chosen.contains("first-use")) {
                TableDefinition.create(client, "bench_first_use");
                progress("first-use: 20 models, four sides in fresh JVMs in rotating order, 9 rounds");
                printLines(FirstUseComparison.run(endpoint, "bench_first_use", 9));
            }
            if (chosen.contains("memory")) {
                TableDefinition.create(client, "bench_memory");
                progress("memory: seeding 100,000 items, then a JVM with " + MemoryComparison.HEAP
                        + " per side iterates them");
                print(MemoryComparison.run(client, endpoint, "bench_memory", 100_000));
            }
        }
    }

    /** Names may come comma-separated in one argument ({@code -Dbench.comparisons=bulk,memory}); none means all. */
    static Set<String> chosen(String[] args) {
        Set<String> named = new LinkedHashSet<>();
        for (String arg : args) {
            for (String name : arg.split(",")) {
                if (!name.isBlank()) {
                    named.add(name.trim());
                }
            }
        }
        for (String name : named) {
            if (!ALL.contains(name)) {
                throw new IllegalArgumentException("unknown comparison '" + name + "'; choose from " + ALL);
            }
        }
        return named.isEmpty() ? new LinkedHashSet<>(ALL) : named;
    }

    private static void print(List<Comparison> comparisons) {
        for (Comparison c : comparisons) {
            System.out.println(c.line());
            if (c.spread() != null) {
                System.out.println(c.spread());
            }
        }
    }

    private static void printLines(List<String> lines) {
        lines.forEach(System.out::println);
    }

    private static void progress(String message) {
        System.err.println("# " + message);
    }
}
