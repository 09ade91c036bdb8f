package dev.storm.spring.boot;

import dev.storm.Storm;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The health of STORM's table, from one {@code DescribeTable} per check: UP with the table status when the table is
 * {@code ACTIVE} or {@code UPDATING}, else DOWN with the status or the reason the call failed (no such table,
 * endpoint unreachable, access denied). Thread-safe.
 */
public final class StormHealthIndicator implements HealthIndicator {

    private final Storm storm;

    /**
     * Creates the indicator.
     *
     * @param storm the instance whose table is checked
     */
    public StormHealthIndicator(Storm storm) {
        this.storm = storm;
    }

    @Override
    public Health health() {
        Health.Builder health = new Health.Builder().withDetail("table", storm.tableName());
        try {
            TableDescription table = storm.client().describeTable(d -> d.tableName(storm.tableName())).table();
            TableStatus status = table.tableStatus();
            health.withDetail("status", table.tableStatusAsString())
                    .withDetail("itemCount", table.itemCount());
            return (status == TableStatus.ACTIVE || status == TableStatus.UPDATING ? health.up() : health.down())
                    .build();
        } catch (ResourceNotFoundException e) {
            return health.down().withDetail("reason", "table " + storm.tableName() + " does not exist").build();
        } catch (SdkException e) {
            return health.down().withDetail("reason", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
