package dev.storm.functional.model;

import dev.storm.CreatedAt;
import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import dev.storm.UpdatedAt;
import dev.storm.Version;
import java.time.Instant;

/** A model with timestamps and, for {@link Versioned}, a version too. */
public record Ticket(
        @Field(pk = true) String ticketId,
        String title,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt) implements Model<Ticket> {

    public static final Manager<Ticket> objects = Manager.of(Ticket.class);

    /** A ticket with optimistic locking. */
    public record Versioned(
            @Field(pk = true) String ticketId,
            String title,
            @CreatedAt Instant createdAt,
            @UpdatedAt Instant updatedAt,
            @Version int version) implements Model<Versioned> {

        public static final Manager<Versioned> objects = Manager.of(Versioned.class);
    }
}
