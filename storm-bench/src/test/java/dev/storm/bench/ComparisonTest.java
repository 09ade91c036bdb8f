package dev.storm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void median_ofOddAndEvenCounts() {
        assertThat(Median.of(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Median.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
