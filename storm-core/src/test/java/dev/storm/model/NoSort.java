package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import java.time.LocalDate;
import java.util.UUID;

/** A model without sort-key or gsi fields, with non-string key parts. */
public record NoSort(
        @Field(pk = true) UUID id,
        @Field(pk = true) int shard,
        @Field(pk = true) LocalDate day,
        @Field(pk = true) Color color,
        String note) implements Model<NoSort> {

    public static final Manager<NoSort> objects = Manager.of(NoSort.class);

    public enum Color { RED, GREEN }
}
