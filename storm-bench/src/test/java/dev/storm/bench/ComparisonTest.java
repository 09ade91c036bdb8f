package dev.storm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The printed line follows API.md section 10, and its ratio says how many times better STORM is. */
class ComparisonTest {

    @Test
    void rate_printsStormOverPeer() {
        assertThat(Comparison.rate("codec-encode", 2480.14, "enhanced", 615.3, "ops/ms").line())
                .isEqualTo("compare codec-encode: storm=2480 enhanced=615 ratio=4.03 unit=ops/ms");
    }

    @Test
    void cost_printsPeerOverStorm_soHigherStillMeansStormBetter() {
        assertThat(Comparison.cost("first-use", 25.04, "enhanced", 212.5, "ms").line())
                .isEqualTo("compare first-use: storm=25.0 enhanced=213 ratio=8.49 unit=ms");
    }

    @Test
    void wholeNumbers_printWithoutDecimals() {
        assertThat(Comparison.rate("memory-items", 100_000, "sdk", 100_000, "items").line())
                .isEqualTo("compare memory-items: storm=100000 sdk=100000 ratio=1.00 unit=items");
    }

    @Test
    void pairedRuns_arePooledRoundByRound_afterARoundTripThroughAChildsReport() {
        Comparison first = Comparison.paired("codec-encode-hand", List.of(10.0, 9.0), "handwritten",
                List.of(10.0, 10.0), "ops/ms", true);
        Comparison second = Comparison.paired("codec-encode-hand", List.of(8.0, 12.0, 7.0), "handwritten",
                List.of(10.0, 10.0, 10.0), "ops/ms", true);
        Map<String, String> report = new HashMap<>();
        for (String line : second.report(0)) {
            report.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }

        List<Comparison> pooled = Comparison.pooled(List.of(List.of(first), Comparison.fromReport(report)));

        assertThat(pooled).hasSize(1);
        // per-round ratios 1.0, 0.9, 0.8, 1.2, 0.7: their median, quartiles and count
        assertThat(pooled.get(0).ratio()).isEqualTo(0.9);
        assertThat(pooled.get(0).rounds()).isEqualTo(5);
        assertThat(pooled.get(0).stormSamples()).containsExactly(10.0, 9.0, 8.0, 12.0, 7.0);
        assertThat(pooled.get(0).line())
                .isEqualTo("compare codec-encode-hand: storm=9 handwritten=10 ratio=0.90 unit=ops/ms");
    }

    @Test
    void aLimit_namesTheHandWrittenCodecAsItsFirstSide() {
        Comparison limit = Comparison.paired(Comparison.LIMIT + "codec-encode-static-cpu", List.of(1.0, 1.2),
                "static", List.of(2.5, 3.0), "us-cpu/item", false);

        assertThat(limit.line()).isEqualTo(
                "limit codec-encode-static-cpu: handwritten=1.10 static=2.75 ratio=2.50 unit=us-cpu/item");
        assertThat(limit.spread()).startsWith("spread limit codec-encode-static-cpu: q1=");
    }

    @Test
    void aComparisonNotMeasuredInRounds_cannotBePooled() {
        Comparison once = Comparison.rate("memory-items", 1, "sdk", 1, "items");
        assertThatThrownBy(() -> Comparison.pooled(List.of(List.of(once)))).hasMessageContaining("memory-items");
    }

    @Test
    void median_ofOddAndEvenCounts() {
        assertThat(Median.of(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Median.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
