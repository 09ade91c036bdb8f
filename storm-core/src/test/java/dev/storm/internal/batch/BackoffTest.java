package dev.storm.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter stays within its bounds, however many retries. */
class BackoffTest {

    @Property
    void theDelay_isBetweenZeroAndTheCappedExponentialBound(@ForAll @LongRange(min = 0, max = 10_000) long baseMillis,
                                                          @ForAll @LongRange(min = 0, max = 60_000) long extraMillis,
                                                          @ForAll @IntRange(min = 0, max = 200) int retry) {
        Duration base = Duration.ofMillis(baseMillis);
        Duration max = base.plusMillis(extraMillis);
        long bound = retry >= 62 || base.toNanos() > Long.MAX_VALUE >> retry ? max.toNanos()
                : Math.min(max.toNanos(), base.toNanos() << retry);

        long delay = new Backoff(base, max).delayNanos(retry);

        assertThat(delay).isBetween(0L, bound);
    }

    @Test
    void pause_neverWaitsPastTheDeadline() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(10));
        long start = System.nanoTime();

        assertThat(backoff.pause(5, start + Duration.ofMillis(20).toNanos())).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
