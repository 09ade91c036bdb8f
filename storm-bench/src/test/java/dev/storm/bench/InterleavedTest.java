package dev.storm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sides take turns in rotating order, each round gives each side one sample, and ratios are paired by round. */
class InterleavedTest {

    @Test
    void everyRound_samplesEverySide_inRotatingOrder() {
        List<String> order = new ArrayList<>();
        Interleaved bench = new Interleaved()
                .side("a", count -> record(order, "a"))
                .side("b", count -> record(order, "b"))
                .side("c", count -> record(order, "c"));

        Interleaved.Result result = bench.run(Duration.ZERO, 3, Duration.ofNanos(1));

        assertThat(result.rates().get("a")).hasSize(3);
        assertThat(result.cpuNanosPerOp().get("c")).hasSize(3);
        assertThat(String.join("", order)).isEqualTo("abcbcacab");
    }

    @Test
    void aSideDoingTwiceTheWork_measuresAboutHalfTheRate() {
        Interleaved.Result result = new Interleaved()
                .side("storm", count -> spin(count, 20_000))
                .side("peer", count -> spin(count, 40_000))
                .run(Duration.ofMillis(200), 15, Duration.ofMillis(5));

        assertThat(result.rate("x", "storm", "peer", "ops/ms").ratio()).isBetween(1.3, 3.0);
    }

    @Test
    void paired_takesTheMedianOfPerRoundRatios_andItsQuartiles() {
        Comparison c = Comparison.paired("x", List.of(10.0, 20.0, 30.0, 40.0, 50.0), "peer",
                List.of(10.0, 10.0, 10.0, 10.0, 10.0), "ops/ms", true);

        assertThat(c.ratio()).isEqualTo(3.0);
        assertThat(c.line()).isEqualTo("compare x: storm=30 peer=10 ratio=3.00 unit=ops/ms");
        assertThat(c.spread()).isEqualTo("spread x: q1=2.00 median=3.00 q3=4.00 rounds=5");
    }

    @Test
    void paired_costs_putThePeerOverStorm() {
        Comparison c = Comparison.paired("x", List.of(2.0, 4.0), "peer", List.of(4.0, 4.0), "us", false);

        assertThat(c.ratio()).isEqualTo(1.5);
    }

    private static long record(List<String> order, String side) {
        // the warm-up is empty and each slice is one batch, so only measured slices are recorded
        order.add(side);
        return 1;
    }

    private static long spin(int count, int work) {
        long x = 0;
        for (int i = 0; i < count * work; i++) {
            x += i ^ (x >>> 3);
        }
        return x;
    }
}
