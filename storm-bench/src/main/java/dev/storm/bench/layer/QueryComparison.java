package dev.storm.bench.layer;

import dev.storm.bench.Comparison;
import dev.storm.bench.Interleaved;
import dev.storm.bench.codec.HandCodec;
import dev.storm.bench.codec.OrderBean;
import dev.storm.bench.codec.Samples;
import dev.storm.bench.codec.StaticSchemas;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mapper alone on a large read: one query of {@code items} orders answered by a {@link StubClient} from canned
 * pages, read to the end and decoded by STORM, the raw SDK with the tight hand-written codec, and the Enhanced
 * Client with {@code StaticTableSchema} and with {@code fromBean}, interleaved. Not thread-safe.
 */
public final class QueryComparison {

    static final String TABLE = "bench_query";
    static final String CUSTOMER = "many";
    private static final int PAGE = 1_000;

    private final StubClient client;
    private final HandCodec codec = new HandCodec();
    private final DynamoDbTable<OrderBean> statik;
    private final DynamoDbTable<OrderBean> bean;

    QueryComparison(int items) {
        List<Map<String, AttributeValue>> stored = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            stored.add(HandCodec.item(Samples.order(CUSTOMER, i)));
        }
        client = new StubClient(stored, PAGE);
        statik = Reads.table(client, TABLE, StaticSchemas.order());
        bean = Reads.table(client, TABLE, TableSchema.fromBean(OrderBean.class));
    }

    /** STORM against each peer in items read per millisecond, and against the hand-written codec in CPU time. */
    public static List<Comparison> run(int items, Duration warmUp, int rounds, Duration slice) {
        Interleaved.Result r = new QueryComparison(items).sides().run(warmUp, rounds, slice);
        return List.of(
                r.rate("query-decode-hand", "storm", "handwritten", "items/ms", items),
                r.cpu("query-decode-hand-cpu", "storm", "handwritten", items),
                r.rate("query-decode-static", "storm", "static", "items/ms", items),
                r.cpu("query-decode-static-cpu", "storm", "static", items),
                r.cpu(Comparison.LIMIT + "query-decode-static-cpu", "handwritten", "static", items),
                r.rate("query-decode", "storm", "enhanced", "items/ms", items));
    }

    StubClient client() {
        return client;
    }

    Interleaved sides() {
        return new Interleaved()
                .side("storm", count -> repeat(count, () -> Reads.storm(client, TABLE, CUSTOMER)))
                .side("handwritten", count -> repeat(count, () -> Reads.hand(client, TABLE, CUSTOMER, codec)))
                .side("static", count -> repeat(count, () -> Reads.enhanced(statik, CUSTOMER)))
                .side("enhanced", count -> repeat(count, () -> Reads.enhanced(bean, CUSTOMER)));
    }

    static long repeat(int count, LongSupplier work) {
        long folded = 0;
        for (int i = 0; i < count; i++) {
            folded += work.getAsLong();
        }
        return folded;
    }
}
