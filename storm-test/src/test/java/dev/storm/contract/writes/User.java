package dev.storm.contract.writes;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** The user of API.md section 8: a unique email and an order count. */
@Meta(suffix = "USER")
public record User(
        @Field(pk = true) String userId,
        @Field(unique = true) String email,
        int orderCount) implements Model<User> {

    public static final Manager<User> objects = Manager.of(User.class);
}
