package dev.storm.model.twin;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.model.User;

/**
 * A second view of {@link User}'s items, keyed alike ({@code U#..#USER}, {@code T#..}): declared with {@code viewOf},
 * since two models keyed alike are otherwise a compile error. An item collection or stream decoder still cannot tell
 * the two apart.
 */
@Meta(suffix = "USER", viewOf = User.class)
public record UserTwin(@Field(pk = true, identifier = "U") String ownerId,
                       @Field(sk = true, identifier = "T") String tag) implements Model<UserTwin> {

    public static final Manager<UserTwin> objects = Manager.of(UserTwin.class);
}
