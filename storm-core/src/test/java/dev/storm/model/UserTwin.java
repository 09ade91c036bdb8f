package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** Keys of the same shape as {@link User}'s ({@code U#..#USER}, {@code T#..}): the two cannot be told apart. */
@Meta(suffix = "USER")
public record UserTwin(@Field(pk = true, identifier = "U") String ownerId,
                       @Field(sk = true, identifier = "T") String tag) implements Model<UserTwin> {

    public static final Manager<UserTwin> objects = Manager.of(UserTwin.class);
}
