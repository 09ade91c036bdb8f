package dev.storm.layout;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/**
 * The seed README's user in the layout STORM for Python 0.2 writes (the default): the same items as
 * {@link dev.storm.contract.User}, with snake_case attribute names, so declared a view of them.
 */
@Meta(suffix = "USER", viewOf = dev.storm.contract.User.class)
public record ModernUser(
        @Field(pk = true, name = "user_id") String userId,
        @Field(sk = true) String type,
        String email,
        @Field(gsi = true, identifier = "E", name = "email_gsi") String emailGsi) implements Model<ModernUser> {

    public static final Manager<ModernUser> objects = Manager.of(ModernUser.class);

    public ModernUser {
        if (type == null) {
            type = "METADATA";
        }
    }
}
