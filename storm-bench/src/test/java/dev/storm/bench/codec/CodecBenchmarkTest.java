package dev.storm.bench.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The codec benchmark's contestants do the same work: STORM, the hand-written codec, the static schema and
 * {@code fromBean} write the same item for the sample order and read it back to the same values.
 */
class CodecBenchmarkTest {

    private final CodecBenchmark benchmark = new CodecBenchmark();

    @Test
    void encoders_writeTheSameItem() {
        benchmark.setUp();

        Map<String, AttributeValue> storm = benchmark.encodeStorm();

        assertThat(storm).hasSize(12).isEqualTo(benchmark.encodeHand()).isEqualTo(benchmark.encodeEnhanced())
                .isEqualTo(benchmark.encodeStatic());
        assertThat(storm.get("PK").s()).isEqualTo("C#c-42#ORDER");
    }

    @Test
    void decoders_readTheSameValues() {
        benchmark.setUp();
        Order expected = Samples.order("c-42", 7);

        assertThat(benchmark.decodeStorm()).isEqualTo(expected);
        assertThat(benchmark.decodeHand()).isEqualTo(expected);
        for (OrderBean bean : new OrderBean[] {benchmark.decodeEnhanced(), benchmark.decodeStatic()}) {
            assertThat(bean.getCreatedAt()).isEqualTo(expected.createdAt());
            assertThat(bean.getAmount()).isEqualTo(expected.amount());
            assertThat(bean.getAttributes()).isEqualTo(expected.attributes());
            assertThat(bean.getShipTo().getZip()).isEqualTo(expected.shipTo().zip());
        }
    }

    @Test
    void interleavedSides_encodeAndDecodeTheSameOrders() {
        CodecComparison c = new CodecComparison();

        for (int i = 0; i < CodecComparison.SAMPLES; i++) {
            Map<String, AttributeValue> storm = c.storm.toItem(c.orders[i]);
            assertThat(storm).isEqualTo(c.items.get(i)).isEqualTo(c.statik.itemToMap(c.beans[i], true))
                    .isEqualTo(c.bean.itemToMap(c.beans[i], true));
            assertThat(c.storm.fromItem(storm)).isEqualTo(c.orders[i]).isEqualTo(c.hand.fromItem(storm));
        }
    }
}
