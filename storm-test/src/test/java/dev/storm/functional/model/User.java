package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/**
 * The seed README's user with a login count: the same items as {@link dev.storm.contract.User}, so declared a view of
 * them (two models keyed alike are otherwise a compile error).
 */
@Meta(suffix = "USER", viewOf = dev.storm.contract.User.class)
public record User(
        @Field(pk = true) String userId,
        @Field(sk = true) String type,
        String email,
        String name,
        @Field(gsi = true, identifier = "E") String emailGsi,
        int logins) implements Model<User> {

    public static final Manager<User> objects = Manager.of(User.class);

    public User {
        if (type == null) {
            type = "METADATA";
        }
    }

    public static User of(String userId, String email) {
        return new User(userId, null, email, "Ann", email, 0);
    }
}
