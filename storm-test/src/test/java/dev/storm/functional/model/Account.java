package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.Version;

/**
 * A model with a unique field and a version: both guards in one write. The same items as
 * {@link dev.storm.contract.writes.Account} (API.md's account), so declared a view of them.
 */
@Meta(viewOf = dev.storm.contract.writes.Account.class)
public record Account(
        @Field(pk = true) String accountId,
        @Field(unique = true) String email,
        String status,
        @Version Integer version) implements Model<Account> {

    public static final Manager<Account> objects = Manager.of(Account.class);
}
