package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

@Meta(suffix = "USER")
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
