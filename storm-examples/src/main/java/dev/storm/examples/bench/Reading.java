package dev.storm.examples.bench;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A sensor reading of about 150 bytes: the item the write benchmarks store. */
@Meta(suffix = "SENSOR")
public record Reading(
        @Field(pk = true) String sensorId,
        @Field(sk = true, identifier = "R") String readingId,
        double value,
        String unit,
        String note) implements Model<Reading> {

    public static final Manager<Reading> objects = Manager.of(Reading.class);
}
