package dev.storm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void aSideTakingTwiceAsLongPerOperation_measuresHalfTheRate() {
        // the clock advances only with the work, so the measured rates are exact whatever the machine's load
        long[] now = {0};
        Interleaved.Result result = new Interleaved(() -> now[0])
                .side("storm", count -> now[0] += 1_000L * count)
                .side("peer", count -> now[0] += 2_000L * count)
                .run(Duration.ofMillis(20), 15, Duration.ofMillis(5));

        assertThat(result.rates().get("storm")).hasSize(15).allSatisfy(r -> assertThat(r).isCloseTo(1_000.0, within(1e-9)));
        assertThat(result.rates().get("peer")).hasSize(15).allSatisfy(r -> assertThat(r).isCloseTo(500.0, within(1e-9)));
        assertThat(result.rate("x", "storm", "peer", "ops/ms").ratio()).isCloseTo(2.0, within(1e-9));
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
}
