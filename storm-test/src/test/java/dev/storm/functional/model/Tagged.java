package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** Attribute names that start with or hold '#': a plain one, and two unique ones whose guard keys must not meet. */
@Meta(suffix = "GC")
public record Tagged(
        @Field(pk = true) String id,
        @Field(name = "#tag") String hashTag,
        @Field(unique = true) String tag,
        @Field(unique = true, name = "tag#v") String tagV) implements Model<Tagged> {

    public static final Manager<Tagged> objects = Manager.of(Tagged.class);
}
