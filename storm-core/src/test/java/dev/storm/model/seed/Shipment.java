package dev.storm.model.seed;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** Two partition-key fields, one with a two-letter identifier, and no suffix. */
public record Shipment(
        @Field(pk = true) String tenant,
        @Field(pk = true, identifier = "WH") String warehouse,
        @Field(sk = true, identifier = "N") int number) implements Model<Shipment> {

    public static final Manager<Shipment> objects = Manager.of(Shipment.class);
}
