package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import java.time.Instant;

/** Number and instant key parts written as plain text: they can be matched, but not ranged over. */
public record Ledger(
        @Field(pk = true) String account,
        @Field(sk = true) int entryNo,
        @Field(gsi = true, index = 2) String currency,
        @Field(gsiSk = true, index = 2) Instant postedAt) implements Model<Ledger> {

    public static final Manager<Ledger> objects = Manager.of(Ledger.class);
}
