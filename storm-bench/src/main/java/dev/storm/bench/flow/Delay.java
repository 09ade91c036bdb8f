package dev.storm.bench.flow;

import java.time.Duration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * A simulated network round trip: every request waits {@code delay} before it is sent, as it would travel to a
 * distant server and back, so that batching shows what it saves over a real network even against DynamoDB Local on
 * the same machine. Thread-safe.
 */
public final class Delay implements ExecutionInterceptor {

    private final Duration delay;

    public Delay(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the simulated round trip", e);
        }
    }
}
