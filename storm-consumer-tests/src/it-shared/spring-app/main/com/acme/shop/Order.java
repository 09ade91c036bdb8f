package com.acme.shop;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

@Meta(suffix = "USER")
public record Order(
        @Field(pk = true) String userId,
        @Field(sk = true, identifier = "O") String orderId,
        double amount,
        String status) implements Model<Order> {

    public static final Manager<Order> objects = Manager.of(Order.class);
}
