package dev.storm.singletable;

import dev.storm.CreatedAt;
import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order, in its customer's partition, sorted by date: SK {@code O#<placedOn>#N#<orderId>}. Found by status on
 * GSI1 ({@code S#<status>#SHOP}, sorted by SK) and by id on GSI2 ({@code N#<orderId>#SHOP}, beside its lines).
 */
@Meta(suffix = "SHOP")
public record Order(
        @Field(pk = true, identifier = "C") String customerId,
        @Field(sk = true, identifier = "O") LocalDate placedOn,
        @Field(sk = true, gsi = true, index = 2, identifier = "N") String orderId,
        @Field(gsi = true, identifier = "S") String status,
        long totalCents,
        @CreatedAt Instant createdAt) implements Model<Order> {

    public static final Manager<Order> objects = Manager.of(Order.class);

    public static Order of(String customerId, LocalDate placedOn, String orderId, String status, long totalCents) {
        return new Order(customerId, placedOn, orderId, status, totalCents, null);
    }
}
