package com.acme.shop;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

@Meta(suffix = "USER")
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
}
