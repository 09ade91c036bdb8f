package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** An order in its user's partition: the same items as {@link dev.storm.contract.Order}, so declared a view of them. */
@Meta(suffix = "USER", viewOf = dev.storm.contract.Order.class)
public record Order(
        @Field(pk = true) String userId,
        @Field(sk = true, identifier = "O") String orderId,
        double amount,
        String status,
        String payload) implements Model<Order> {

    public static final Manager<Order> objects = Manager.of(Order.class);

    public static Order of(String userId, String orderId, double amount) {
        return new Order(userId, orderId, amount, amount > 50 ? "BIG" : "SMALL", null);
    }
}
