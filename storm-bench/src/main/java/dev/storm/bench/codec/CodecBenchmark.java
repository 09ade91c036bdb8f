package dev.storm.bench.codec;

import dev.storm.internal.schema.ModelSchema;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encoding and decoding one {@link Order} (JMH, run with its GC profiler for the bytes each operation allocates):
 * STORM, the tight hand-written codec, the Enhanced Client's {@code StaticTableSchema} and its
 * {@code TableSchema.fromBean}. STORM is measured through its schema, the step every save and read goes through, as
 * the Enhanced Client is through its {@code TableSchema}; all produce the same item. One instance per benchmark
 * thread ({@link Scope#Thread}), since the hand-written codec reuses its builders.
 */
@State(Scope.Thread)
public class CodecBenchmark {

    private ModelSchema<Order> storm;
    private TableSchema<OrderBean> enhanced;
    private TableSchema<OrderBean> statik;
    private HandCodec hand;
    private Order order;
    private OrderBean bean;
    private Map<String, AttributeValue> item;

    /** Builds the schemas and the sample, outside the measurement. */
    @Setup
    public void setUp() {
        storm = ModelSchema.of(Order.class);
        enhanced = TableSchema.fromBean(OrderBean.class);
        statik = StaticSchemas.order();
        hand = new HandCodec();
        order = Samples.order("c-42", 7);
        bean = Samples.bean(order);
        item = hand.toItem(order);
    }

    @Benchmark
    public Map<String, AttributeValue> encodeStorm() {
        return storm.toItem(order);
    }

    @Benchmark
    public Map<String, AttributeValue> encodeEnhanced() {
        return enhanced.itemToMap(bean, true);
    }

    @Benchmark
    public Map<String, AttributeValue> encodeStatic() {
        return statik.itemToMap(bean, true);
    }

    @Benchmark
    public Map<String, AttributeValue> encodeHand() {
        return hand.toItem(order);
    }

    @Benchmark
    public Order decodeStorm() {
        return storm.fromItem(item);
    }

    @Benchmark
    public OrderBean decodeEnhanced() {
        return enhanced.mapToItem(item);
    }

    @Benchmark
    public OrderBean decodeStatic() {
        return statik.mapToItem(item);
    }

    @Benchmark
    public Order decodeHand() {
        return hand.fromItem(item);
    }
}
