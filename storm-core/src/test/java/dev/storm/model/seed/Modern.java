package dev.storm.model.seed;

import dev.storm.Field;
import dev.storm.KeyLayout;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A model naming its own layout, which wins over its package's. */
@Meta(suffix = "MODERN", keyLayout = KeyLayout.STORM_0_2)
public record Modern(@Field(pk = true) String id) implements Model<Modern> {

    public static final Manager<Modern> objects = Manager.of(Modern.class);
}
