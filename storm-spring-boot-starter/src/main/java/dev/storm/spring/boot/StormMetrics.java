package dev.storm.spring.boot;

import dev.storm.StormEvent;
import dev.storm.StormListener;
import dev.storm.StormRetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * STORM's requests as Micrometer meters, a {@link StormListener}:
 * <ul>
 *   <li>{@code storm.operations}, a timer per request (tags {@code operation}, e.g. {@code PutItem}; {@code model};
 *       {@code outcome}, {@code success} or {@code error});</li>
 *   <li>{@code storm.capacity.consumed}, the capacity units requests consumed (tags {@code operation},
 *       {@code model}, {@code kind} {@code read} or {@code write}), counted when consumed capacity is asked for
 *       ({@code storm.consumed-capacity=total});</li>
 *   <li>{@code storm.retries}, the unprocessed items bulk calls sent again (tags {@code operation}, {@code model}).</li>
 * </ul>
 * Thread-safe.
 */
public final class StormMetrics implements StormListener {

    private final MeterRegistry registry;

    /**
     * Creates the listener.
     *
     * @param registry where the meters are registered
     */
    public StormMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requestEnded(StormEvent event) {
        Timer.builder("storm.operations")
                .description("DynamoDB requests STORM sent")
                .tag("operation", event.operation())
                .tag("model", event.model())
                .tag("outcome", event.succeeded() ? "success" : "error")
                .register(registry)
                .record(event.duration());
        double units = event.capacityUnits();
        if (units > 0) {
            Counter.builder("storm.capacity.consumed")
                    .description("Capacity units consumed by STORM's requests")
                    .baseUnit("capacity units")
                    .tag("operation", event.operation())
                    .tag("model", event.model())
                    .tag("kind", event.isWrite() ? "write" : "read")
                    .register(registry)
                    .increment(units);
        }
    }

    @Override
    public void retrying(StormRetry retry) {
        Counter.builder("storm.retries")
                .description("Unprocessed items STORM's bulk calls sent again")
                .tag("operation", retry.operation())
                .tag("model", retry.model())
                .register(registry)
                .increment(retry.pending());
    }
}
