package dev.storm.internal.collection;

import dev.storm.Field;
import dev.storm.Meta;
import dev.storm.Model;

/** A second model keyed like {@link dev.storm.model.Profile}: indistinguishable from it in a partition. */
@Meta(suffix = "USER")
public record ProfileCopy(@Field(pk = true) String userId, String motto) implements Model<ProfileCopy> {
}
