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
 * reports the share of a round the client's thread spends on the CPU, measured on the hand-written side; the rest
 * is the wire and whatever answers. Not thread-safe.
 */
public final class RoundComparison {

    private RoundComparison() {
    }

    /**
     * Three comparisons named {@code <layer>-hand}, {@code <layer>-static} and {@code <layer>}, then the line
     * {@code share <layer>: client-cpu=..% elsewhere=..%}. The table must exist and, unless the endpoint is canned,
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
                r.rate(layer + "-hand", "storm", "handwritten", "rounds/ms"),
                r.rate(layer + "-static", "storm", "static", "rounds/ms"),
                r.rate(layer, "storm", "enhanced", "rounds/ms"));
        List<String> lines = new ArrayList<>();
        for (Comparison c : comparisons) {
            lines.add(c.line());
            lines.add(c.spread());
        }
        lines.add(share(layer, r));
        return lines;
    }

    /** The client thread's CPU time as a share of the wall time of a hand-written round. */
    static String share(String layer, Interleaved.Result r) {
        List<Double> shares = new ArrayList<>();
        List<Double> rates = r.rates().get("handwritten");
        List<Double> cpu = r.cpuNanosPerOp().get("handwritten");
        for (int i = 0; i < rates.size(); i++) {
            double wallNanos = 1e6 / rates.get(i);
            shares.add(Math.min(1, cpu.get(i) / wallNanos));
        }
        double client = Median.of(shares);
        return String.format(Locale.ROOT, "share %s: client-cpu=%.0f%% elsewhere=%.0f%% (the wire and the server)",
                layer, client * 100, (1 - client) * 100);
    }
}
