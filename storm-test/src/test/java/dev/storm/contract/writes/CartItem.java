package dev.storm.contract.writes;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A line of a user's cart, removed when the order is placed. */
@Meta(suffix = "USER")
public record CartItem(
        @Field(pk = true) String userId,
        @Field(sk = true, identifier = "C") String sku) implements Model<CartItem> {

    public static final Manager<CartItem> objects = Manager.of(CartItem.class);
}
