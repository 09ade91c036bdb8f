package dev.storm.layout.seed;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** Number and boolean key parts, which STORM for Python 0.1 writes as Python's str() prints them. */
public record Metric(
        @Field(pk = true) String name,
        @Field(sk = true, identifier = "L") double level,
        @Field(sk = true, identifier = "A") boolean active,
        @Field(gsi = true, identifier = "C") int count) implements Model<Metric> {

    public static final Manager<Metric> objects = Manager.of(Metric.class);
}
