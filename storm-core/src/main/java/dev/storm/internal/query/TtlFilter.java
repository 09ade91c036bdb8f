package dev.storm.internal.query;

import dev.storm.Attribute;
import dev.storm.Condition;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hides items whose {@code @Ttl} time has passed: DynamoDB deletes expired items only some time later (typically
 * within days), and until then they are still read. An item expires when its TTL is at or before now; a missing or
 * NULL TTL never expires.
 */
public final class TtlFilter {

    private TtlFilter() {
    }

    /**
     * The condition {@code NOT ttl <= now} for a filter expression, or null when the model has no TTL; {@code now} is
     * an Instant, or a template's placeholder for epoch seconds. A comparison
     * with a missing or NULL attribute is false in DynamoDB, so its negation keeps items without a TTL.
     */
    public static <M> Condition<M> unexpired(ModelSchema<M> schema, Object now) {
        FieldSchema ttl = schema.ttlField();
        if (ttl == null) {
            return null;
        }
        Attribute<M, Object> attribute = Attribute.of(schema.type(), ttl.name(), ttl.attributeName());
        // A template passes the placeholder of an expression giving epoch seconds where it runs.
        Object bound = !(now instanceof Instant instant) ? now
                : ttl.rawType() == Instant.class ? instant : (Object) instant.getEpochSecond();
        return attribute.le(bound).not();
    }

    /** Whether a stored item of the model has expired, for reads that cannot filter on the server (GetItem). */
    public static boolean isExpired(ModelSchema<?> schema, Map<String, AttributeValue> item, Instant now) {
        FieldSchema ttl = schema.ttlField();
        if (ttl == null) {
            return false;
        }
        AttributeValue value = item.get(ttl.attributeName());
        if (value == null || value.n() == null) {
            return false;
        }
        try {
            return new BigDecimal(value.n()).compareTo(BigDecimal.valueOf(now.getEpochSecond())) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
