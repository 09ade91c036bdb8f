package dev.storm.bench.codec;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The typical model the benchmarks map: ten fields of the common kinds (strings, numbers, an enum, a timestamp, a
 * list, a map and a nested record). Immutable.
 */
@Meta(suffix = "ORDER")
public record Order(
        @Field(pk = true) String customerId,
        @Field(sk = true, identifier = "O") String orderId,
        String email,
        int quantity,
        double amount,
        Status status,
        Instant createdAt,
        List<String> tags,
        Map<String, String> attributes,
        Address shipTo) implements Model<Order> {

    public static final Manager<Order> objects = Manager.of(Order.class);

    /** Where an order goes. */
    public record Address(String street, String city, String zip) {
    }

    /** The stages of an order. */
    public enum Status { NEW, PAID, SHIPPED }
}
