package dev.storm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that holds when an item expires, for DynamoDB's Time to Live: it is stored as a number of epoch
 * seconds, the form TTL reads. Allowed on an {@code Instant} (stored to the second) or a {@code long}/{@code Long}
 * already in epoch seconds; at most one per model. Reads skip items whose time has passed, since DynamoDB deletes them
 * only some time later; a null value never expires. Enable TTL on the table once with
 * {@link TableDefinition#enableTimeToLive(software.amazon.awssdk.services.dynamodb.DynamoDbClient, String, String)}.
 *
 * <pre>{@code
 * record Session(@Field(pk = true) String sessionId, @Ttl Instant expiresAt) implements Model<Session> {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Ttl {
}
