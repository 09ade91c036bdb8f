package dev.storm.model;

import dev.storm.CreatedAt;
import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import dev.storm.Sortable;
import dev.storm.Ttl;
import dev.storm.UpdatedAt;
import java.time.Instant;

/**
 * A sensor reading sorted by time then value, both sortable, expiring with a TTL, with timestamps; on GSI2 by
 * building, sorted by the time it changed: every new key-related feature in one model.
 */
public record Reading(
        @Field(pk = true) String sensor,
        @Field(sk = true, identifier = "T") @Sortable Instant at,
        @Field(sk = true, identifier = "V") @Sortable(digits = 3) double value,
        @Field(gsi = true, index = 2) String building,
        @Ttl Instant expiresAt,
        @CreatedAt Instant createdAt,
        @UpdatedAt @Field(gsiSk = true, index = 2) @Sortable Instant updatedAt,
        String note) implements Model<Reading> {

    public static final Manager<Reading> objects = Manager.of(Reading.class);
}
