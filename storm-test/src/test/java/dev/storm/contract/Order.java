package dev.storm.contract;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** The order of API.md sections 4 and 7: in its user's partition, with a GSI1 field of its own. */
@Meta(suffix = "USER")
public record Order(
        @Field(pk = true) String userId,
        @Field(sk = true, identifier = "O") String orderId,
        double amount,
        @Field(gsi = true, identifier = "E") String emailGsi) implements Model<Order> {

    public static final Manager<Order> objects = Manager.of(Order.class);
}
