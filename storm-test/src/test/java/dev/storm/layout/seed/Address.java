package dev.storm.layout.seed;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A second model of the user's partition, told apart by its sort key's identifier. */
@Meta(suffix = "USER")
public record Address(
        @Field(pk = true, name = "user_id") String userId,
        @Field(sk = true, identifier = "A") String label,
        String city) implements Model<Address> {

    public static final Manager<Address> objects = Manager.of(Address.class);
}
