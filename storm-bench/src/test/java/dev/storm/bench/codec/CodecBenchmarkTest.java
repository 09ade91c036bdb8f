package dev.storm.bench.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The codec benchmark's three contestants do the same work: STORM, the Enhanced Client and the hand-written
 * conversion write the same item for the sample order and read it back to the same values.
 */
class CodecBenchmarkTest {

    private final CodecBenchmark benchmark = new CodecBenchmark();

    @Test
    void encoders_writeTheSameItem() {
        benchmark.setUp();

        Map<String, AttributeValue> storm = benchmark.encodeStorm();

        assertThat(storm).hasSize(12).isEqualTo(benchmark.encodeHand()).isEqualTo(benchmark.encodeEnhanced());
        assertThat(storm.get("PK").s()).isEqualTo("C#c-42#ORDER");
    }

    @Test
    void decoders_readTheSameValues() {
        benchmark.setUp();
        Order expected = Samples.order("c-42", 7);

        assertThat(benchmark.decodeStorm()).isEqualTo(expected);
        assertThat(benchmark.decodeHand()).isEqualTo(expected);
        OrderBean bean = benchmark.decodeEnhanced();
        assertThat(bean.getCreatedAt()).isEqualTo(expected.createdAt());
        assertThat(bean.getAmount()).isEqualTo(expected.amount());
        assertThat(bean.getAttributes()).isEqualTo(expected.attributes());
        assertThat(bean.getShipTo().getZip()).isEqualTo(expected.shipTo().zip());
    }
}
