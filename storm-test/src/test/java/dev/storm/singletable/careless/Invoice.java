package dev.storm.singletable.careless;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import java.time.LocalDate;

/**
 * A model declared carelessly: in the customer's partition with a sort key of the same shape as the shop's
 * {@code Order} ({@code O#<date>#N#<number>}), so that the two cannot be told apart there. It lives in a package of
 * its own, since compiled beside {@code Order} it would be a compile error.
 */
@Meta(suffix = "SHOP")
public record Invoice(
        @Field(pk = true, identifier = "C") String customerId,
        @Field(sk = true, identifier = "O") LocalDate issuedOn,
        @Field(sk = true, identifier = "N") String number) implements Model<Invoice> {

    public static final Manager<Invoice> objects = Manager.of(Invoice.class);
}
