package dev.storm.functional.twins.other;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/**
 * A model of another package with the same key shape as {@code Plain} (suffix ITEM, PK identifier I): its
 * compilation cannot see the clash, so STORM refuses it when both are used on one table.
 */
@Meta(suffix = "ITEM")
public record Twin(@Field(pk = true, name = "item") String itemId, int count) implements Model<Twin> {

    public static final Manager<Twin> objects = Manager.of(Twin.class);
}
