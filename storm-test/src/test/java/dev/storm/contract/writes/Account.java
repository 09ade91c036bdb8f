package dev.storm.contract.writes;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import dev.storm.Version;

/** The account of API.md section 8, optimistically locked. */
public record Account(
        @Field(pk = true) String accountId,
        String status,
        @Version long version) implements Model<Account> {

    public static final Manager<Account> objects = Manager.of(Account.class);
}
