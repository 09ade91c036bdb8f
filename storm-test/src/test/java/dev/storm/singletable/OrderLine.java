package dev.storm.singletable;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.Sortable;

/**
 * A line of an order, in the order's own partition: PK {@code N#<orderId>#SHOP}, SK {@code L#<lineNo>} with the line
 * number three digits wide, so line 10 sorts after line 9. On GSI2 it shares the partition {@code N#<orderId>#SHOP}
 * with its order.
 */
@Meta(suffix = "SHOP")
public record OrderLine(
        @Field(pk = true, gsi = true, index = 2, identifier = "N") String orderId,
        @Field(sk = true, gsiSk = true, index = 2, identifier = "L") @Sortable(digits = 3) int lineNo,
        String sku,
        int quantity,
        long priceCents) implements Model<OrderLine> {

    public static final Manager<OrderLine> objects = Manager.of(OrderLine.class);
}
