package dev.storm.singletable;

import dev.storm.CreatedAt;
import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.Sortable;
import dev.storm.UpdatedAt;
import java.time.Instant;

/**
 * A customer: PK {@code C#<customerId>#SHOP}, SK {@code SHOP} (no sort-key field), found by email on GSI1
 * ({@code E#<email>#SHOP}) and listed by last change on GSI2 ({@code K#CUSTOMER#SHOP}, sorted by
 * {@code U#<updatedAt>}).
 */
@Meta(suffix = "SHOP")
public record Customer(
        @Field(pk = true, identifier = "C") String customerId,
        String name,
        @Field(gsi = true, identifier = "E") String email,
        @Field(gsi = true, index = 2, identifier = "K") String kind,
        @CreatedAt Instant createdAt,
        @UpdatedAt @Sortable @Field(gsiSk = true, index = 2, identifier = "U") Instant updatedAt)
        implements Model<Customer> {

    public static final Manager<Customer> objects = Manager.of(Customer.class);

    public Customer {
        if (kind == null) {
            kind = "CUSTOMER";
        }
    }

    public static Customer of(String customerId, String name, String email) {
        return new Customer(customerId, name, email, null, null, null);
    }
}
