package dev.storm.internal.collection;

import dev.storm.Field;
import dev.storm.Meta;
import dev.storm.Model;

/**
 * A second view of {@link dev.storm.model.Profile}'s items, keyed alike (declared, since two models keyed alike are
 * otherwise a compile error): indistinguishable from it in a partition.
 */
@Meta(suffix = "USER", viewOf = dev.storm.model.Profile.class)
public record ProfileCopy(@Field(pk = true) String userId, String motto) implements Model<ProfileCopy> {
}
