package dev.storm.singletable;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.Ttl;
import java.time.Instant;

/** A customer's login session, in the customer's partition (SK {@code T#<token>}), gone once it expires. */
@Meta(suffix = "SHOP")
public record Session(
        @Field(pk = true, identifier = "C") String customerId,
        @Field(sk = true, identifier = "T") String token,
        @Ttl Instant expiresAt) implements Model<Session> {

    public static final Manager<Session> objects = Manager.of(Session.class);
}
