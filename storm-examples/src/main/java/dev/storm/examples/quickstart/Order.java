package dev.storm.examples.quickstart;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** An order, stored in its user's partition (same suffix and pk field), sorted by order id. */
@Meta(suffix = "USER")
public record Order(
        @Field(pk = true) String userId,
        @Field(sk = true, identifier = "O") String orderId,
        double amount,
        String status) implements Model<Order> {

    public static final Manager<Order> objects = Manager.of(Order.class);
}
