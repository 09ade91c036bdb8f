package dev.storm.functional.twins;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A deliberate second view of {@link Plain}'s items: only the name. */
@Meta(suffix = "ITEM", viewOf = Plain.class)
public record PlainName(@Field(pk = true) String id, String name) implements Model<PlainName> {

    public static final Manager<PlainName> objects = Manager.of(PlainName.class);
}
