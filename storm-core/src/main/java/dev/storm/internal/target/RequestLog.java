package dev.storm.internal.target;

import dev.storm.StormEvent;
import dev.storm.StormListener;
import dev.storm.StormRetry;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * STORM's own logging, a listener on every call: each request at DEBUG on logger {@code dev.storm.requests} with its
 * operation, model, table, duration and consumed capacity (or what it failed with), and each retry of a bulk call at
 * DEBUG on {@code dev.storm.retries}. Nothing is logged at INFO or above. Thread-safe.
 */
public final class RequestLog implements StormListener {

    static final RequestLog INSTANCE = new RequestLog(LoggerFactory.getLogger("dev.storm.requests"),
            LoggerFactory.getLogger("dev.storm.retries"));

    private final Logger requests;
    private final Logger retries;

    public RequestLog(Logger requests, Logger retries) {
        this.requests = requests;
        this.retries = retries;
    }

    @Override
    public void requestEnded(StormEvent event) {
        if (!requests.isDebugEnabled()) {
            return;
        }
        if (event.error() != null) {
            requests.debug("{} {} on {} failed after {}: {}", event.operation(), event.model(), event.tableName(),
                    millis(event.duration()), event.error().toString());
        } else if (event.consumedCapacity().isEmpty()) {
            requests.debug("{} {} on {}: {}", event.operation(), event.model(), event.tableName(),
                    millis(event.duration()));
        } else {
            requests.debug("{} {} on {}: {}, {} capacity units", event.operation(), event.model(),
                    event.tableName(), millis(event.duration()), event.capacityUnits());
        }
    }

    @Override
    public void retrying(StormRetry retry) {
        if (retries.isDebugEnabled()) {
            retries.debug("{} {} on {}: {} left ({}); retry after {} (attempt {} without progress)",
                    retry.operation(), retry.model(), retry.tableName(), retry.pending(), retry.reason(),
                    millis(retry.delay()), retry.attempt());
        }
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }
}
