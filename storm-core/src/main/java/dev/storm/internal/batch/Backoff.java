package dev.storm.internal.batch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Exponential backoff with full jitter: before retry {@code n} (from 0), a random wait between zero and
 * {@code min(max, base × 2^n)}. The randomness spreads retries of many clients apart, so they do not hit a throttled
 * table again in step. Immutable and thread-safe.
 */
public final class Backoff {

    private final long baseNanos;
    private final long maxNanos;

    public Backoff(Duration base, Duration max) {
        this.baseNanos = base.toNanos();
        this.maxNanos = max.toNanos();
    }

    /** The wait before retry {@code n}. */
    public long delayNanos(int n) {
        long bound = n >= 62 || baseNanos << n >>> n != baseNanos ? maxNanos : Math.min(maxNanos, baseNanos << n);
        return bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1);
    }

    /**
     * Waits before retry {@code n}, but not past {@code deadlineNanos} (a {@link System#nanoTime()} value). False
     * when the thread was interrupted; its interrupt flag is then set again.
     */
    public boolean pause(int n, long deadlineNanos) {
        return sleep(Math.min(delayNanos(n), deadlineNanos - System.nanoTime()));
    }

    /**
     * Waits {@code wait} nanoseconds (none when not positive). False when the thread was interrupted; its interrupt
     * flag is then set again.
     */
    public boolean sleep(long wait) {
        if (wait <= 0) {
            return !Thread.currentThread().isInterrupted();
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
