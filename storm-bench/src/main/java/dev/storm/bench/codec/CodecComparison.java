package dev.storm.bench.codec;

import dev.storm.bench.Comparison;
import dev.storm.bench.Interleaved;
import dev.storm.internal.schema.ModelSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mapper alone, no client: one {@link Order} to its item and back, STORM through its schema (the step every
 * save and read goes through) against the tight hand-written codec ({@link HandCodec}), the Enhanced Client's
 * {@code StaticTableSchema} and its {@code TableSchema.fromBean}, all four interleaved in one JVM. Every side maps
 * the same {@value #SAMPLES} orders in turn, to the same items. Not thread-safe.
 */
public final class CodecComparison {

    static final int SAMPLES = 64;

    final ModelSchema<Order> storm = ModelSchema.of(Order.class);
    final HandCodec hand = new HandCodec();
    final TableSchema<OrderBean> statik = StaticSchemas.order();
    final TableSchema<OrderBean> bean = TableSchema.fromBean(OrderBean.class);
    final Order[] orders = new Order[SAMPLES];
    final OrderBean[] beans = new OrderBean[SAMPLES];
    final List<Map<String, AttributeValue>> items = new ArrayList<>(SAMPLES);

    CodecComparison() {
        for (int i = 0; i < SAMPLES; i++) {
            orders[i] = Samples.order("c-" + i, i);
            beans[i] = Samples.bean(orders[i]);
            items.add(hand.toItem(orders[i]));
        }
    }

    /** Encode and decode, {@code rounds} rounds of one {@code slice} per side after {@code warmUp}. */
    public static List<Comparison> run(Duration warmUp, int rounds, Duration slice) {
        CodecComparison c = new CodecComparison();
        Interleaved.Result encode = c.encoders().run(warmUp, rounds, slice);
        Interleaved.Result decode = c.decoders().run(warmUp, rounds, slice);
        List<Comparison> lines = new ArrayList<>(lines("encode", encode));
        lines.addAll(lines("decode", decode));
        return lines;
    }

    private static List<Comparison> lines(String kind, Interleaved.Result result) {
        return List.of(
                result.rate("codec-" + kind + "-hand", "storm", "handwritten", "ops/ms"),
                // the thread's own CPU time: what a busy machine's other work disturbs least
                result.cpu("codec-" + kind + "-hand-cpu", "storm", "handwritten", 1),
                result.rate("codec-" + kind + "-static", "storm", "static", "ops/ms"),
                result.cpu("codec-" + kind + "-static-cpu", "storm", "static", 1),
                // what the hand-written codec itself reaches against the same peer: the ceiling of the goal above
                result.cpu(Comparison.LIMIT + "codec-" + kind + "-static-cpu", "handwritten", "static", 1),
                result.rate("codec-" + kind, "storm", "enhanced", "ops/ms"));
    }

    Interleaved encoders() {
        return new Interleaved()
                .side("storm", count -> {
                    long folded = 0;
                    for (int i = 0; i < count; i++) {
                        folded += storm.toItem(orders[i & (SAMPLES - 1)]).size();
                    }
                    return folded;
                })
                .side("handwritten", count -> {
                    long folded = 0;
                    for (int i = 0; i < count; i++) {
                        folded += hand.toItem(orders[i & (SAMPLES - 1)]).size();
                    }
                    return folded;
                })
                .side("static", count -> {
                    long folded = 0;
                    for (int i = 0; i < count; i++) {
                        folded += statik.itemToMap(beans[i & (SAMPLES - 1)], true).size();
                    }
                    return folded;
                })
                .side("enhanced", count -> {
                    long folded = 0;
                    for (int i = 0; i < count; i++) {
                        folded += bean.itemToMap(beans[i & (SAMPLES - 1)], true).size();
                    }
                    return folded;
                });
    }

    Interleaved decoders() {
        return new Interleaved()
                .side("storm", count -> {
                    long folded = 0;
                    for (int i = 0; i < count; i++) {
                        folded += storm.fromItem(items.get(i & (SAMPLES - 1))).quantity();
                    }
                    return folded;
                })
                .side("handwritten", count -> {
                    long folded = 0;
                    for (int i = 0; i < count; i++) {
                        folded += hand.fromItem(items.get(i & (SAMPLES - 1))).quantity();
                    }
                    return folded;
                })
                .side("static", count -> {
                    long folded = 0;
                    for (int i = 0; i < count; i++) {
                        folded += statik.mapToItem(items.get(i & (SAMPLES - 1))).getQuantity();
                    }
                    return folded;
                })
                .side("enhanced", count -> {
                    long folded = 0;
                    for (int i = 0; i < count; i++) {
                        folded += bean.mapToItem(items.get(i & (SAMPLES - 1))).getQuantity();
                    }
                    return folded;
                });
    }
}
