package dev.storm.internal.write;

import dev.storm.internal.schema.FieldSchema;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What STORM read of an item before moving its uniqueness guards: whether it existed and the stored value of each
 * unique field. The write is made conditional on these still being true, so a guard is never moved on stale
 * knowledge.
 */
record Snapshot(boolean existed, Map<String, AttributeValue> uniqueValues) {

    static Snapshot of(WritePolicy policy, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return new Snapshot(false, Map.of());
        }
        Map<String, AttributeValue> values = new HashMap<>();
        for (FieldSchema f : policy.uniqueFields()) {
            AttributeValue v = present(item.get(f.attributeName()));
            if (v != null) {
                values.put(f.attributeName(), v);
            }
        }
        return new Snapshot(true, values);
    }

    /** The stored value of a unique field, or null when it is absent or NULL. */
    AttributeValue value(FieldSchema field) {
        return uniqueValues.get(field.attributeName());
    }

    static AttributeValue present(AttributeValue value) {
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : value;
    }
}
