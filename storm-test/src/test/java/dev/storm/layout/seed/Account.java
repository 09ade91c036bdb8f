package dev.storm.layout.seed;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** Unique attributes on a model of the STORM 0.1 layout; at most one primary account, the others leave it null. */
public record Account(
        @Field(pk = true) String id,
        @Field(unique = true) String email,
        @Field(unique = true) Boolean primary) implements Model<Account> {

    public static final Manager<Account> objects = Manager.of(Account.class);
}
