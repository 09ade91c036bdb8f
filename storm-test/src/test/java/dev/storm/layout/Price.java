package dev.storm.layout;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import java.math.BigDecimal;
import java.util.Map;

/** A decimal and a double in the sort key, and doubles nested in a map. */
public record Price(
        @Field(pk = true) String sku,
        @Field(sk = true, identifier = "A") BigDecimal amount,
        @Field(sk = true, identifier = "W") double weight,
        Map<String, Double> sizes) implements Model<Price> {

    public static final Manager<Price> objects = Manager.of(Price.class);
}
