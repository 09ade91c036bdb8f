package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** The test model's layout with a changed suffix and explicit identifiers. */
@Meta(suffix = "CHANGED")
public record Suffixed(
        @Field(pk = true, identifier = "X") String aPk,
        @Field(sk = true, identifier = "Y") String cSk,
        @Field(gsi = true, identifier = "Z") String eGsi) implements Model<Suffixed> {

    public static final Manager<Suffixed> objects = Manager.of(Suffixed.class);
}
