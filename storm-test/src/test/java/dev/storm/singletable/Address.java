package dev.storm.singletable;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A customer's address, in the customer's partition: SK {@code A#<label>}. */
@Meta(suffix = "SHOP")
public record Address(
        @Field(pk = true, identifier = "C") String customerId,
        @Field(sk = true, identifier = "A") String label,
        String street,
        String city) implements Model<Address> {

    public static final Manager<Address> objects = Manager.of(Address.class);
}
