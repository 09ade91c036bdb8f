package dev.storm.model.seed;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** The seed README's order: no suffix, so STORM for Python 0.1 writes the class name upper-cased, ORDER. */
public record Order(
        @Field(pk = true, name = "user_id") String userId,
        @Field(sk = true, identifier = "O", name = "order_id") String orderId,
        double amount,
        boolean paid) implements Model<Order> {

    public static final Manager<Order> objects = Manager.of(Order.class);
}
