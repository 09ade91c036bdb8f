package dev.storm.functional.twins;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** An item type whose key shape another package's model repeats by mistake. */
@Meta(suffix = "ITEM")
public record Plain(@Field(pk = true) String id, String name, String secret) implements Model<Plain> {

    public static final Manager<Plain> objects = Manager.of(Plain.class);
}
