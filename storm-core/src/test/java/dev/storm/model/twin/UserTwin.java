package dev.storm.model.twin;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.model.User;

/**
 * Keys of the same shape as {@link User}'s ({@code U#..#USER}, {@code T#..}): the two cannot be told apart. In a package
 * of its own, since compiled beside {@code User} it would be a compile error.
 */
@Meta(suffix = "USER")
public record UserTwin(@Field(pk = true, identifier = "U") String ownerId,
                       @Field(sk = true, identifier = "T") String tag) implements Model<UserTwin> {

    public static final Manager<UserTwin> objects = Manager.of(UserTwin.class);
}
