package dev.storm.bench.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.bench.Comparison;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec comparison at a tiny size: every line, the CPU-time ones against the hand-written codec included. */
class CodecComparisonTest {

    @Test
    void codecComparison_printsRatesAgainstEveryPeer_andCpuTimeAgainstTheHandWrittenCodec() {
        List<String> lines = CodecComparison.run(Duration.ZERO, 2, Duration.ofMillis(1)).stream()
                .map(Comparison::line).toList();

        assertThat(lines).hasSize(12);
        assertThat(lines.get(0))
                .matches("compare codec-encode-hand: storm=\\S+ handwritten=\\S+ ratio=\\S+ unit=ops/ms");
        assertThat(lines.get(1))
                .matches("compare codec-encode-hand-cpu: storm=\\S+ handwritten=\\S+ ratio=\\S+ unit=us-cpu/item");
        assertThat(lines.get(3))
                .matches("compare codec-encode-static-cpu: storm=\\S+ static=\\S+ ratio=\\S+ unit=us-cpu/item");
        assertThat(lines.get(4))
                .matches("limit codec-encode-static-cpu: handwritten=\\S+ static=\\S+ ratio=\\S+ unit=us-cpu/item");
        assertThat(lines.get(7))
                .matches("compare codec-decode-hand-cpu: storm=\\S+ handwritten=\\S+ ratio=\\S+ unit=us-cpu/item");
        assertThat(lines.get(11)).matches("compare codec-decode: storm=\\S+ enhanced=\\S+ ratio=\\S+ unit=ops/ms");
    }
}
