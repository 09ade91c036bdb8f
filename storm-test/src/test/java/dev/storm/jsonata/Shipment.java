package dev.storm.jsonata;

import dev.storm.CreatedAt;
import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.Ttl;
import dev.storm.UpdatedAt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A model with a key part of most kinds (text, a long, a UUID, a date, an instant), two indexes, a TTL and both
 * timestamps, for templates evaluated by jsonata-js.
 */
@Meta(suffix = "SHIP")
public record Shipment(
        @Field(pk = true) String shipmentId,
        @Field(sk = true, identifier = "N") long seq,
        @Field(gsi = true, identifier = "C") UUID carrier,
        @Field(gsi = true, index = 2, identifier = "D") LocalDate day,
        @Field(gsiSk = true, index = 2, identifier = "AT") Instant at,
        String note,
        BigDecimal price,
        double weight,
        Boolean fragile,
        List<String> tags,
        @Ttl Instant expiresAt,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt) implements Model<Shipment> {

    public static final Manager<Shipment> objects = Manager.of(Shipment.class);
}
