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
 * Encoding and decoding one {@link Order} (JMH): STORM, the Enhanced Client's {@code TableSchema.fromBean} and the
 * hand-written conversion. STORM is measured through its schema, the step every save and read goes through, as the
 * Enhanced Client is through its {@code TableSchema}; all three produce the same item. JMH shares one instance
 * between the benchmark threads; it is only read after {@link #setUp()}.
 */
@State(Scope.Benchmark)
public class CodecBenchmark {

    private ModelSchema<Order> storm;
    private TableSchema<OrderBean> enhanced;
    private Order order;
    private OrderBean bean;
    private Map<String, AttributeValue> item;

    /** Builds the schemas and the sample, outside the measurement. */
    @Setup
    public void setUp() {
        storm = ModelSchema.of(Order.class);
        enhanced = TableSchema.fromBean(OrderBean.class);
        order = Samples.order("c-42", 7);
        bean = Samples.bean(order);
        item = HandCodec.toItem(order);
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
    public Map<String, AttributeValue> encodeHand() {
        return HandCodec.toItem(order);
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
    public Order decodeHand() {
        return HandCodec.fromItem(item);
    }
}
