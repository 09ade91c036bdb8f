package dev.storm.model.seed;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** The seed README's user, as STORM for Python 0.1 declares it; its layout comes from the package. */
@Meta(suffix = "USER")
public record User(
        @Field(pk = true, name = "user_id") String userId,
        @Field(sk = true) String type,
        String email,
        String name,
        @Field(gsi = true, identifier = "E", name = "email_gsi") String emailGsi) implements Model<User> {

    public static final Manager<User> objects = Manager.of(User.class);

    public User {
        if (type == null) {
            type = "METADATA";
        }
    }
}
