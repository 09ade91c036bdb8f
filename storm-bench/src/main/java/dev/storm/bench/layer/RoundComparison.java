package dev.storm.bench.layer;

import dev.storm.bench.Comparison;
import dev.storm.bench.Interleaved;
import dev.storm.bench.Median;
import dev.storm.bench.codec.OrderBean;
import dev.storm.bench.codec.StaticSchemas;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link Rounds} through a real SDK client, every side interleaved: against the {@link CannedEndpoint} this
 * measures the client stack without a database, against DynamoDB Local the whole way. Besides the comparisons it
 * reports how the CPU time of a hand-written round splits between the client's thread and every other thread of
 * the JVM, which are the in-process server's (DynamoDB Local, or the canned endpoint) and the SDK's. Not
 * thread-safe.
 */
public final class RoundComparison {

    private RoundComparison() {
    }

    /**
     * Three comparisons named {@code <layer>-hand}, {@code <layer>-static} and {@code <layer>}, then the line
     * {@code share <layer>: client=..% server=..%}. The table must exist and, unless the endpoint is canned,
     * hold the seeded orders.
     */
    public static List<String> run(String layer, DynamoDbClient client, String table, Duration warmUp, int rounds,
                                   Duration slice) {
        Rounds work = new Rounds(client, table);
        DynamoDbTable<OrderBean> statik = Reads.table(client, table, StaticSchemas.order());
        DynamoDbTable<OrderBean> beans = Reads.table(client, table, TableSchema.fromBean(OrderBean.class));
        Interleaved.Result r = new Interleaved()
                .side("storm", work::storm)
                .side("handwritten", work::hand)
                .side("static", count -> work.enhanced(statik, count))
                .side("enhanced", count -> work.enhanced(beans, count))
                .run(warmUp, rounds, slice);
        List<Comparison> comparisons = List.of(
                r.rate(layer + "-hand", "storm", "handwritten", "rounds/s", 1000),
                r.rate(layer + "-static", "storm", "static", "rounds/s", 1000),
                r.rate(layer, "storm", "enhanced", "rounds/s", 1000));
        List<String> lines = new ArrayList<>();
        for (Comparison c : comparisons) {
            lines.add(c.line());
            lines.add(c.spread());
        }
        lines.add(share(layer, r));
        return lines;
    }

    /** How the CPU time of a hand-written round splits between the client's thread and the JVM's other threads. */
    static String share(String layer, Interleaved.Result r) {
        List<Double> shares = new ArrayList<>();
        List<Double> client = r.cpuNanosPerOp().get("handwritten");
        List<Double> others = r.otherCpuNanosPerOp().get("handwritten");
        for (int i = 0; i < client.size(); i++) {
            shares.add(client.get(i) / Math.max(1, client.get(i) + others.get(i)));
        }
        double share = Median.of(shares);
        return String.format(Locale.ROOT, "share %s: client=%.0f%% server=%.0f%% of the CPU time of a round",
                layer, share * 100, (1 - share) * 100);
    }
}
