package dev.storm.contract.writes;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/**
 * The order of API.md section 8, in its user's partition: the same items as {@link dev.storm.contract.Order}, with a
 * status instead of the e-mail index, so declared a view of them.
 */
@Meta(suffix = "USER", viewOf = dev.storm.contract.Order.class)
public record Order(
        @Field(pk = true) String userId,
        @Field(sk = true, identifier = "O") String orderId,
        double amount,
        String status) implements Model<Order> {

    public static final Manager<Order> objects = Manager.of(Order.class);
}
